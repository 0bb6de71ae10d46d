/**
 * Sets a posted salary against its tier's band, only where the two are on the same basis: the
 * band's country, currency and salaried pay. Anything else is not compared, and says why. A tier
 * may carry a band per country and currency (an operator's own taxonomy); the posting's pick.
 */
import type { BandDef, LocalBandDef, Tier } from '../../../taxonomy/schema.ts';
import type { Band, BandPosition, BandReason, Salary } from '../types.ts';
import { ANNUAL_FACTOR } from './extract-salary.ts';

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
 * The band of `tier` on the posting's basis: the one of its country (when known) and its pay's
 * currency; else the one of its country, so the reason says "currency" rather than "country";
 * else the tier's reference band, whose basis then gives the reason.
 */
export function bandFor(tier: Tier, salary: Salary | null, country: string | null): BandDef | LocalBandDef {
  const extra = tier.bands;
  if (!extra?.length) return tier.band;
  const all = [tier.band, ...extra];
  const inCountry = (b: BandDef | LocalBandDef) => country === null || b.basis.country === country;
  return (
    (salary ? all.find((b) => inCountry(b) && b.basis.currency === salary.currency) : undefined) ??
    (country === null ? undefined : all.find((b) => b.basis.country === country)) ??
    tier.band
  );
}

/**
 * Compares a salary with its tier's band for the posting's country and currency (`bandFor`).
 * The posting is compared only when its pay is on the band's basis (its country, currency, and a salary rather than a contract rate); otherwise
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
  const { min, max, openEnded, currency, basis, source } = bandFor(tier, salary, country);
  const reason = incomparableReason(salary, basis, country);
  // The salary is annual; a band stated per month (or hour...) is annualised alike.
  const factor = ANNUAL_FACTOR[basis.period];
  const [bandLo, bandHi] = [min * factor, max * factor];
  const lo = reason === null ? (salary?.annual.min ?? null) : null;
  const hi = reason === null ? (salary?.annual.max ?? null) : null;
  const position = positionOf(lo, hi, bandLo, bandHi);
  const posted = lo !== null && hi !== null ? (lo + hi) / 2 : (lo ?? hi);
  const compaRatio = posted === null ? null : round2(posted / ((bandLo + bandHi) / 2));
  const penetration = posted === null || max === min ? null : round2((posted - bandLo) / (bandHi - bandLo));
  return {
    tier: tier.id,
    min,
    max,
    openEnded,
    currency,
    basis: { ...basis },
    comparable: reason === null,
    reason,
    position,
    compaRatio,
    penetration,
    source: { title: source.title, publisher: source.publisher, year: source.year },
  };
}
