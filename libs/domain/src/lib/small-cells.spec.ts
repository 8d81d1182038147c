import fc from 'fast-check';
import { SMALL_CELL_THRESHOLD, suppressColumn, suppressedText } from './small-cells';

const counts = fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 500 })), {
  maxLength: 12,
});

describe('suppressColumn', () => {
  it('shows large cells and their total unchanged', () => {
    expect(suppressColumn([12, 7, 30])).toEqual({ cells: [12, 7, 30], total: 49 });
  });

  it('suppresses every cell below 5, zero included', () => {
    expect(suppressColumn([0, 3, 2, 10, 20])).toEqual({ cells: [null, null, null, 10, 20], total: 35 });
  });

  it('suppresses a second cell when one small cell could be worked out from the total', () => {
    // 40 - 20 - 15 would give 3: the smallest shown cell (15) goes too.
    expect(suppressColumn([3, 20, 15, 6])).toEqual({ cells: [null, 20, 15, null], total: 44 });
    expect(suppressColumn([3, 20, 15])).toEqual({ cells: [null, 20, null], total: 38 });
  });

  it('suppresses more cells while the hidden sum is below 5', () => {
    // 1 + 2 = 3 would be known from the total: the 9 goes as well.
    expect(suppressColumn([1, 2, 9, 30])).toEqual({ cells: [null, null, null, 30], total: 42 });
  });

  it('suppresses the total when it is small, or when nothing is left to hide a cell behind', () => {
    expect(suppressColumn([1, 2])).toEqual({ cells: [null, null], total: null });
    expect(suppressColumn([4, 30])).toEqual({ cells: [null, null], total: 34 });
    expect(suppressColumn([4])).toEqual({ cells: [null], total: null });
    expect(suppressColumn([])).toEqual({ cells: [], total: null });
  });

  it('refuses counts that are not non-negative integers', () => {
    expect(() => suppressColumn([1.5])).toThrow(RangeError);
    expect(() => suppressColumn([-1])).toThrow(RangeError);
  });

  it('property: nothing below the threshold is ever shown', () => {
    fc.assert(
      fc.property(counts, (input) => {
        const out = suppressColumn(input);
        for (const c of out.cells) if (c !== null) expect(c).toBeGreaterThanOrEqual(SMALL_CELL_THRESHOLD);
        if (out.total !== null) expect(out.total).toBeGreaterThanOrEqual(SMALL_CELL_THRESHOLD);
      }),
    );
  });

  it('property: shown values are the true ones, every small cell is hidden', () => {
    fc.assert(
      fc.property(counts, (input) => {
        const out = suppressColumn(input);
        expect(out.cells).toHaveLength(input.length);
        input.forEach((c, i) => {
          if (c < SMALL_CELL_THRESHOLD) expect(out.cells[i]).toBeNull();
          if (out.cells[i] !== null) expect(out.cells[i]).toBe(c);
        });
        if (out.total !== null) expect(out.total).toBe(input.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('property: total minus the shown cells never singles out a cell nor reveals a small sum', () => {
    fc.assert(
      fc.property(counts, (input) => {
        const out = suppressColumn(input);
        if (out.total === null) return;
        const hidden = out.cells.filter((c) => c === null).length;
        if (hidden === 0) return;
        const shown = out.cells.reduce<number>((a, c) => a + (c ?? 0), 0);
        const difference = out.total - shown;
        expect(hidden).toBeGreaterThanOrEqual(2);
        expect(difference).toBeGreaterThanOrEqual(SMALL_CELL_THRESHOLD);
      }),
    );
  });

  it('property: applying the rule to what is shown hides nothing further', () => {
    fc.assert(
      fc.property(counts, (input) => {
        const out = suppressColumn(input);
        const shown = out.cells.filter((c): c is number => c !== null);
        for (const c of suppressColumn(shown).cells) expect(c).not.toBeNull();
      }),
    );
  });
});

describe('suppressedText', () => {
  it('writes suppressed cells as <5', () => {
    expect(suppressedText(null)).toBe('<5');
    expect(suppressedText(12)).toBe('12');
  });
});
