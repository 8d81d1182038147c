import { compareCefr, isCefrLevel } from './cefr';

describe('CEFR levels', () => {
  it('accepts A1 to C2 only', () => {
    expect(['A1', 'C2'].every(isCefrLevel)).toBe(true);
    expect(isCefrLevel('B7')).toBe(false);
    expect(isCefrLevel('b1')).toBe(false);
  });

  it('orders levels from low to high', () => {
    expect(compareCefr('A2', 'B1')).toBeLessThan(0);
    expect(compareCefr('C1', 'C1')).toBe(0);
  });
});
