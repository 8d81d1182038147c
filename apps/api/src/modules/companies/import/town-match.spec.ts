import { matchTown, type TownCandidate } from './town-match';

const towns: TownCandidate[] = [
  { ags: '08119079', name: 'Waiblingen', lat: 48.83, lon: 9.32, postalCodes: ['71332', '71334', '71336'] },
  { ags: '08119001', name: 'Alfdorf', lat: 48.84, lon: 9.72, postalCodes: ['73553', '73655'] },
  { ags: '08119037', name: 'Kaisersbach', lat: 48.93, lon: 9.64, postalCodes: ['73553', '73642', '73667'] },
  {
    ags: '08119084',
    name: 'Welzheim',
    lat: 48.87,
    lon: 9.63,
    postalCodes: ['73553', '73635', '73642', '73667'],
  },
  { ags: '08119083', name: 'Weissach im Tal', lat: 48.92, lon: 9.48, postalCodes: ['71554'] },
];

describe('matchTown', () => {
  it('finds the town by its postal code', () => {
    expect(matchTown(towns, '71334', 'Waiblingen-Neustadt')?.ags).toBe('08119079');
    expect(matchTown(towns, '71336', null)?.ags).toBe('08119079');
  });

  it('picks among towns sharing a postal code by the place name, else the lowest AGS', () => {
    expect(matchTown(towns, '73553', 'Welzheim')?.ags).toBe('08119084');
    expect(matchTown(towns, '73553', 'Kaisersbach-Ebni')?.ags).toBe('08119037');
    expect(matchTown(towns, '73553', 'Irgendwo')?.ags).toBe('08119001');
  });

  it('falls back to the exact name, with ß and ss treated alike', () => {
    expect(matchTown(towns, '99999', 'Weißach im Tal')?.ags).toBe('08119083');
    expect(matchTown(towns, null, 'waiblingen')?.ags).toBe('08119079');
  });

  it('returns null for places outside the list', () => {
    expect(matchTown(towns, '90537', 'Berlin')).toBeNull();
    expect(matchTown(towns, null, null)).toBeNull();
  });
});
