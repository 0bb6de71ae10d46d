/**
 * Salary percentiles from a histogram, so a benchmark costs the same at a thousand listings as
 * at ten million. Bins are 2 % wide on a log scale (a salary's neighbours are relative, not
 * absolute) and keep the sum of their values next to their count: a bin whose listings all
 * state the same midpoint (postings cluster on round numbers) answers exactly, and any other
 * bin is off by at most its width.
 */

/** Lower edge of bin 0, in USD per year. Midpoints below it land in bin 0. */
export const HISTOGRAM_FLOOR_USD = 1_000;
/** Each bin's upper edge over its lower edge. */
export const HISTOGRAM_RATIO = 1.02;
/** Midpoints above the last bin's edge (about $100M) land in it. */
export const HISTOGRAM_BINS = 582;

const LOG_RATIO = Math.log(HISTOGRAM_RATIO);

/** The bin of an annual USD amount. */
export function salaryBin(annualUsd: number): number {
  if (!(annualUsd > HISTOGRAM_FLOOR_USD)) return 0;
  const bin = Math.floor(Math.log(annualUsd / HISTOGRAM_FLOOR_USD) / LOG_RATIO);
  return Math.min(bin, HISTOGRAM_BINS - 1);
}

/** The midpoint of a listing's annual USD range: the mean of min and max, or the one stated. */
export function salaryMidpoint(
  annualUsd: { min: number | null; max: number | null } | null | undefined,
): number | null {
  if (!annualUsd) return null;
  const { min, max } = annualUsd;
  const mid = min !== null && max !== null ? (min + max) / 2 : (min ?? max);
  return mid !== null && Number.isFinite(mid) && mid > 0 ? mid : null;
}

/** One histogram bin: how many midpoints fell in it and their sum. */
export interface HistogramBin {
  readonly count: number;
  readonly sum: number;
}

/**
 * The p-th percentile (0..1) of the midpoints a histogram holds, interpolating linearly between
 * order statistics as numpy's default does, each bin's values taken at the bin's mean.
 * Null when the histogram is empty.
 *
 * @example percentileOf(new Map([[salaryBin(150_000), { count: 3, sum: 450_000 }]]), 0.5) // 150000
 */
export function percentileOf(histogram: ReadonlyMap<number, HistogramBin>, p: number): number | null {
  const bins = [...histogram.entries()].filter(([, b]) => b.count > 0).sort(([a], [b]) => a - b);
  const n = bins.reduce((total, [, b]) => total + b.count, 0);
  if (n === 0) return null;
  const rank = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = valueAtRank(bins, Math.floor(rank));
  const upper = valueAtRank(bins, Math.ceil(rank));
  return Math.round(lower + (upper - lower) * (rank - Math.floor(rank)));
}

function valueAtRank(bins: ReadonlyArray<readonly [number, HistogramBin]>, rank: number): number {
  let seen = 0;
  for (const [, bin] of bins) {
    seen += bin.count;
    if (rank < seen) return bin.sum / bin.count;
  }
  const last = bins[bins.length - 1]?.[1];
  return last ? last.sum / last.count : 0;
}
