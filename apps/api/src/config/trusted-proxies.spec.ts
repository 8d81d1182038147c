import { loadConfig } from './app-config';

describe('TRUSTED_PROXIES', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: ' ' }).trustedProxies).toEqual([]);
  });

  it('reads IP addresses and CIDR ranges of both families', () => {
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.5, 192.168.0.0/16,::1,fd00::/8' }).trustedProxies).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
    ]);
  });

  it('names the variable and the wrong entries', () => {
    expect(() =>
      loadConfig({ TRUSTED_PROXIES: 'loopback,10.0.0.0/33,10.0.0.1,::1/129,1.2.3.4/8/1' }),
    ).toThrow(
      /TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges \(wrong: "loopback", "10.0.0.0\/33", "::1\/129", "1.2.3.4\/8\/1"\)/,
    );
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.1,' })).toThrow(/TRUSTED_PROXIES/);
  });
});
