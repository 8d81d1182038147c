import { signInDelayMs, signInSource } from './sign-in-throttle';

describe('sign-in throttle', () => {
  it('answers the first failures at once and then ever more slowly, up to a cap', () => {
    expect([0, 1, 4].map((n) => signInDelayMs(n, n))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => signInDelayMs(n, n))).toEqual([100, 200, 400, 800, 1600]);
    expect(signInDelayMs(12, 12)).toBe(3000);
  });

  it('slows a source without failures of its own only during a spread-out attack, and only a little', () => {
    expect(signInDelayMs(0, 19)).toBe(0);
    expect(signInDelayMs(0, 20)).toBe(1000);
    expect(signInDelayMs(0, 5000)).toBe(1000);
  });

  it('counts IPv4 clients by address and IPv6 clients by their /64 network', () => {
    expect(signInSource('203.0.113.7')).toBe('203.0.113.7');
    expect(signInSource('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(signInSource('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(signInSource('2001:db8:1:2::99')).toBe('2001:db8:1:2::/64');
    expect(signInSource('2001:0db8:0001:0002:ffff::1')).toBe('2001:db8:1:2::/64');
    expect(signInSource('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(signInSource('::1')).toBe('0:0:0:0::/64');
    expect(signInSource(undefined)).toBe('unknown');
  });
});
