/**
 * Statistical disclosure control for the district report: no count below a threshold is shown,
 * and no suppressed count can be worked out from what is shown.
 *
 * The report is a set of columns (one per measure), each a list of cells (one per town, field or
 * month) and a total. The rule for one column:
 *
 * 1. Primary suppression: every cell below `SMALL_CELL_THRESHOLD` (0 to 4) is suppressed. Zero is
 *    suppressed too, so that "<5" never tells "at least one" apart from "none".
 * 2. The total is the sum of all cells. It is suppressed when it is itself below the threshold.
 * 3. Secondary suppression (the total is shown): when cells are suppressed, the total minus the
 *    shown cells reveals the sum of the suppressed ones. That sum must not single out a cell: as
 *    long as fewer than two cells are suppressed, or their sum is below the threshold, the
 *    smallest shown cell is suppressed as well. When no shown cell is left, the total is
 *    suppressed.
 *
 * So from one column one can learn only a sum of at least two cells that is at least the
 * threshold, never a single small count.
 */
export const SMALL_CELL_THRESHOLD = 5;

export interface SuppressedColumn {
  /** The cells in input order; null where suppressed. */
  cells: Array<number | null>;
  /** The sum of all cells; null where suppressed. */
  total: number | null;
}

export function suppressColumn(
  counts: readonly number[],
  threshold = SMALL_CELL_THRESHOLD,
): SuppressedColumn {
  for (const c of counts)
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`counts must be non-negative integers, got ${c}`);
  const total = counts.reduce((a, b) => a + b, 0);
  const hidden = counts.map((c) => c < threshold);
  const hiddenSum = () => counts.reduce((sum, c, i) => (hidden[i] ? sum + c : sum), 0);
  const hiddenCount = () => hidden.filter(Boolean).length;
  let totalHidden = total < threshold;
  if (!totalHidden) {
    while (hiddenCount() > 0 && (hiddenCount() < 2 || hiddenSum() < threshold)) {
      // The smallest shown cell (first of equals) is suppressed in addition.
      let next = -1;
      counts.forEach((c, i) => {
        if (!hidden[i] && (next < 0 || c < counts[next]!)) next = i;
      });
      if (next < 0) {
        totalHidden = true;
        break;
      }
      hidden[next] = true;
    }
  }
  return { cells: counts.map((c, i) => (hidden[i] ? null : c)), total: totalHidden ? null : total };
}

/** A suppressed cell as text: the count, or "<5". */
export function suppressedText(value: number | null, threshold = SMALL_CELL_THRESHOLD): string {
  return value === null ? `<${threshold}` : String(value);
}
