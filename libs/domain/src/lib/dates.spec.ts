import { addDays, districtDate, districtToday, isIsoDate } from './dates';

describe('district dates', () => {
  it('is the Berlin day, not the UTC or machine day', () => {
    // 23:30 UTC on 31 Dec is already New Year in Berlin (UTC+1 in winter).
    expect(districtDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Berlin (UTC+2 in summer).
    expect(districtDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    // Early morning in Kiritimati (UTC+14) is still the previous day in Berlin.
    expect(districtDate(new Date('2026-12-01T10:30:00Z'))).toBe('2026-12-01');
    expect(districtToday(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
  });

  it('checks and shifts calendar days without time zones', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
