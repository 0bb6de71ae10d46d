/**
 * Sets a posted salary against its tier's band, in annual US dollars.
 */
import type { Tier } from '../../../taxonomy/schema.ts';
import type { Band, BandPosition, Salary } from '../types.ts';

function positionOf(lo: number | null, hi: number | null, min: number, max: number): BandPosition {
  if (lo !== null && hi !== null) {
    if (hi < min) return 'below';
    if (lo > max) return 'above';
    if (lo >= min && hi <= max) return 'within';
    return 'overlaps';
  }
  // One-sided pay: "X+" can only be told above, "up to X" only below.
  if (lo !== null) return lo > max ? 'above' : 'overlaps';
  if (hi !== null) return hi < min ? 'below' : 'overlaps';
  return 'unknown';
}

/**
 * Compares a salary with a tier's band: `below` (posted max under the band's min), `above`
 * (posted min over its max, open-ended bands included), `within`, `overlaps`, or `unknown` when
 * there is no salary or no US-dollar figure. `compaRatio` is the posted midpoint (or the one
 * figure of an "up to X" / "X+" salary) over the band's midpoint, to two decimals.
 * @example
 * compareToBand(salary190to230k, directorTier)
 * // → { tier: 'director', min: 175000, max: 240000, position: 'within', compaRatio: 1.01, ... }
 */
export function compareToBand(salary: Salary | null, tier: Tier): Band {
  const { min, max, openEnded, source } = tier.band;
  const lo = salary?.annualUsd?.min ?? null;
  const hi = salary?.annualUsd?.max ?? null;
  const position = positionOf(lo, hi, min, max);
  const posted = lo !== null && hi !== null ? (lo + hi) / 2 : (lo ?? hi);
  const bandMid = (min + max) / 2;
  const compaRatio =
    position === 'unknown' || posted === null ? null : Math.round((posted / bandMid) * 100) / 100;
  return { tier: tier.id, min, max, openEnded, currency: 'USD', position, compaRatio, source };
}
