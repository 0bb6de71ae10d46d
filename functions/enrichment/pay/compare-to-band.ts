/**
 * Sets a posted salary against its tier's band, only where the two are on the same basis: the
 * band's country, currency and salaried pay. Anything else is not compared, and says why.
 */
import type { Tier } from '../../../taxonomy/schema.ts';
import type { Band, BandPosition, BandReason, Salary } from '../types.ts';

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
 * Why a salary cannot be set against a band of this basis, or null when it can. The order is
 * what a recruiter should hear first: no pay, another labour market, another currency, a rate.
 */
export function incomparableReason(
  salary: Salary | null,
  basis: { readonly country: string; readonly currency: string },
  country: string | null,
): BandReason | null {
  if (salary === null || (salary.annual.min === null && salary.annual.max === null)) return 'no-pay';
  if (country !== null && country !== basis.country) return 'country';
  if (salary.currency !== basis.currency) return 'currency';
  if (salary.contract) return 'contract-rate';
  return null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Compares a salary with a tier's band. The posting is compared only when its pay is on the
 * band's basis (its country, currency, and a salary rather than a contract rate); otherwise
 * `comparable` is false, `reason` says why, and position, compa-ratio and penetration are
 * `unknown`/null. `compaRatio` is the posted midpoint (or the one figure of an "up to X" / "X+"
 * salary) over the band's midpoint; `penetration` is where that figure falls between the band's
 * min (0) and max (1), beyond them for pay outside the band. Both to two decimals.
 * @example
 * compareToBand(salary190to230kUsd, directorTier, 'US')
 * // → { position: 'within', comparable: true, reason: null, compaRatio: 1.01, penetration: 0.54, ... }
 * compareToBand(salary85to95kGbp, directorTier, 'GB')
 * // → { position: 'unknown', comparable: false, reason: 'country', compaRatio: null, ... }
 */
export function compareToBand(salary: Salary | null, tier: Tier, country: string | null = null): Band {
  const { min, max, openEnded, basis, source } = tier.band;
  const reason = incomparableReason(salary, basis, country);
  const lo = reason === null ? (salary?.annual.min ?? null) : null;
  const hi = reason === null ? (salary?.annual.max ?? null) : null;
  const position = positionOf(lo, hi, min, max);
  const posted = lo !== null && hi !== null ? (lo + hi) / 2 : (lo ?? hi);
  const compaRatio = posted === null ? null : round2(posted / ((min + max) / 2));
  const penetration = posted === null || max === min ? null : round2((posted - min) / (max - min));
  return {
    tier: tier.id,
    min,
    max,
    openEnded,
    currency: 'USD',
    basis: { ...basis },
    comparable: reason === null,
    reason,
    position,
    compaRatio,
    penetration,
    source: { title: source.title, publisher: source.publisher, year: source.year },
  };
}
