/**
 * Whether two job identities are one job, and on what evidence (job identity, issue 18). The
 * order of evidence and the precision-before-recall rule are in job-identity.ts.
 */
import { signatureSimilarity } from './body-signature.ts';
import { type IdentityRecord, type JobIdentity, jobIdentity } from './job-identity.ts';
import { atsVerdict, distinctive, seriesOf } from './posting-ids.ts';
import { compatibleTitles, normalizeTitle } from './title-keys.ts';

/**
 * Least estimated Jaccard similarity of two descriptions' 3-word shingles for a fingerprint
 * match (same employer, title, city, compatible pay). Not fitted, and why
 * (`node eval/pairs.mjs --core --sweep`): with ids the labelled set never reaches this threshold
 * (flat); with every id taken off ("the fingerprint alone") its fit part accepts only 0.9
 * (precision 1.000, recall 0.211; held-out 0.844 / 0.267), because its different jobs are roles
 * re-opened word for word (similarity 0.9-1.0: no body threshold parts them, only an id or a
 * date) and it holds no id-less aggregator copy. 0.9 would split what the issue requires to be
 * one job: an aggregator's copy of a board posting (0.67 on test/fixtures/identity) and a
 * posting with its sections reordered. At 0.5 the fingerprint alone scores fit 0.923 / 0.254,
 * held-out 0.805 / 0.327.
 */
export const SAME_JOB_MIN_BODY_SIMILARITY = 0.5;
/**
 * Least overlap of the skills two postings name (when each names 3 or more) for a fingerprint
 * match: one employer's postings share a description's boilerplate, not the systems the job runs.
 */
export const SAME_JOB_MIN_SKILL_OVERLAP = 0.6;
/**
 * The same, when one record's location is unknown (an aggregator that dropped it). This and the
 * next are floors under SAME_JOB_MIN_BODY_SIMILARITY (the larger applies); the pair set does not
 * constrain them (flat in the sweep).
 */
export const SAME_JOB_MIN_BODY_SIMILARITY_UNKNOWN_LOCATION = 0.7;
/**
 * The same, when one or both records name no employer (an aggregator copy, a site's own page with
 * the employer only in its chrome): the title and the description are all that is left.
 */
export const SAME_JOB_MIN_BODY_SIMILARITY_NO_EMPLOYER = 0.8;
/**
 * Least description similarity for an announcement or requisition number shared by two records
 * whose employers are spelled differently (an office and its parent agency; a site's name taken
 * for the employer): the number and a description alike, not the number alone.
 */
export const SAME_JOB_MIN_BODY_SIMILARITY_SHARED_ID = 0.3;
/** Relative difference under which two stated pay figures are the same figure (rounding). */
export const PAY_TOLERANCE = 0.01;

/** The thresholds compareJobs decides on; eval/pairs.mjs moves them to choose them on the fit half. */
export interface SameJobThresholds {
  readonly body: number;
  readonly bodyUnknownLocation: number;
  readonly bodyNoEmployer: number;
  readonly bodySharedId: number;
  readonly skillOverlap: number;
}

export const SAME_JOB_THRESHOLDS: SameJobThresholds = {
  body: SAME_JOB_MIN_BODY_SIMILARITY,
  bodyUnknownLocation: SAME_JOB_MIN_BODY_SIMILARITY_UNKNOWN_LOCATION,
  bodyNoEmployer: SAME_JOB_MIN_BODY_SIMILARITY_NO_EMPLOYER,
  bodySharedId: SAME_JOB_MIN_BODY_SIMILARITY_SHARED_ID,
  skillOverlap: SAME_JOB_MIN_SKILL_OVERLAP,
};

/** Why two identities are, or are not, one job. */
export interface JobComparison {
  readonly same: boolean;
  readonly reason:
    | 'ats'
    | 'requisition'
    | 'url'
    | 'fingerprint'
    | 'title-or-employer'
    | 'location'
    | 'pay'
    | 'requirements'
    | 'body';
  /** The descriptions' estimated similarity, when both have one. */
  readonly similarity: number | null;
}

/**
 * The Jaccard overlap of two skill lists; 1 when either has fewer than 3 (too few to tell):
 * postings of one employer share boilerplate, not the systems the job runs.
 */
function skillOverlap(a: string | null | undefined, b: string | null | undefined): number {
  const x = new Set((a ?? '').split(',').filter((v) => v !== ''));
  const y = new Set((b ?? '').split(',').filter((v) => v !== ''));
  if (x.size < 3 || y.size < 3) return 1;
  let shared = 0;
  for (const v of x) if (y.has(v)) shared += 1;
  return shared / (x.size + y.size - shared);
}

function parsePay(key: string) {
  const [currency = '', period = '', range = ''] = key.split('/');
  const [min = '', max = ''] = range.split('-');
  const num = (v: string) => (v === '' ? null : Number(v));
  return { currency, period, min: num(min), max: num(max) };
}

function samePay(a: string, b: string): boolean {
  const x = parsePay(a);
  const y = parsePay(b);
  if (x.currency !== y.currency || x.period !== y.period) return false;
  const close = (p: number | null, q: number | null) =>
    p === q || (p !== null && q !== null && Math.abs(p - q) <= PAY_TOLERANCE * Math.max(p, q));
  return close(x.min, y.min) && close(x.max, y.max);
}

/**
 * Whether two pay statements of one requisition say another job: in one currency and period,
 * ranges that do not meet (another grade or band). A revised pay table of the same band overlaps
 * the old one and is a repost; figures in another period or currency cannot be set side by side.
 */
function payConflicts(a: string, b: string): boolean {
  const x = parsePay(a);
  const y = parsePay(b);
  if (x.currency !== y.currency || x.period !== y.period) return false;
  const lo = (p: typeof x) => p.min ?? p.max ?? 0;
  const hi = (p: typeof x) => p.max ?? p.min ?? 0;
  return hi(x) * (1 + PAY_TOLERANCE) < lo(y) || hi(y) * (1 + PAY_TOLERANCE) < lo(x);
}

/** Two city names of one place: equal, or one the other with a state or district after it. */
function sameCity(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short !== '' && long.startsWith(`${short} `) && /^[a-z]{2}$/.test(long.slice(short.length + 1));
}

/** Whether two location keys share a place (a multi-city posting and a copy naming one of them). */
function sameLocation(a: string, b: string): boolean {
  const places = (k: string) =>
    k.split('|').map((p) => {
      const at = p.indexOf(':');
      return [p.slice(0, at), p.slice(at + 1)] as const;
    });
  for (const [ca, xa] of places(a))
    for (const [cb, xb] of places(b)) {
      if (ca !== '' && cb !== '' && ca !== cb) continue;
      if (xa === '' || xb === '') {
        if (ca !== '' && ca === cb && xa === xb) return true;
        continue;
      }
      if (sameCity(xa, xb)) return true;
    }
  return false;
}

/** A stored identity without `title`/`employer` (written before them): read from its blocks. */
const titleOf = (id: JobIdentity) => id.title ?? id.blocks.at(-1)?.split('|')[1] ?? '';
const employerOf = (id: JobIdentity) => id.employer ?? id.blocks.at(-1)?.split('|')[0] ?? '';

/** Whether two identities are one job, and on what evidence. */
export function compareJobs(
  a: JobIdentity,
  b: JobIdentity,
  thresholds: SameJobThresholds = SAME_JOB_THRESHOLDS,
): JobComparison {
  const similarity = signatureSimilarity(a.body, b.body);
  const verdict = (same: boolean, reason: JobComparison['reason']): JobComparison => ({
    same,
    reason,
    similarity,
  });
  if (a.ats && b.ats) {
    const same = atsVerdict(a.ats, b.ats);
    if (same !== null) return verdict(same, 'ats');
  }
  const employers = new Set(a.blocks.map((k) => k.split('|')[0]));
  const sharedEmployer = b.blocks.some((k) => employers.has(k.split('|')[0]));
  const locationKnown = a.location !== null && b.location !== null;
  const locationDiffers = locationKnown && !sameLocation(a.location as string, b.location as string);
  const payKnown = a.pay !== null && b.pay !== null;
  const payDiffers = payKnown && !samePay(a.pay as string, b.pay as string);
  // Requisitions of one series (labelled numbers; USAJOBS control numbers) on both sides.
  const series = ['', 'usajobs'].map((name) => {
    const ra = a.requisitions.filter((r) => seriesOf(r) === name);
    const rb = b.requisitions.filter((r) => seriesOf(r) === name);
    return { ra, rb, shared: ra.filter((r) => rb.includes(r)) };
  });
  // Another number: another opening (a re-opened role, another team's), whatever else matches.
  for (const { ra, rb, shared } of series)
    if (
      ra.length > 0 &&
      rb.length > 0 &&
      shared.length === 0 &&
      (sharedEmployer || (ra.every(distinctive) && rb.every(distinctive)))
    )
      return verdict(false, 'requisition');
  for (const { shared } of series) {
    if (shared.length === 0 || (!sharedEmployer && !shared.some(distinctive))) continue;
    // One announcement may recruit for several positions: the titles must name one of them.
    if (!compatibleTitles(titleOf(a), titleOf(b))) return verdict(false, 'title-or-employer');
    if (locationDiffers) return verdict(false, 'location');
    if (payKnown && payConflicts(a.pay as string, b.pay as string)) return verdict(false, 'pay');
    // An employer spelled another way (an office and its agency, a site's name): the number and
    // a description alike, not the number alone.
    if (!sharedEmployer && !(similarity !== null && similarity >= thresholds.bodySharedId))
      return verdict(false, 'body');
    return verdict(true, 'requisition');
  }
  // The same posting URL is the same posting, whatever a stale copy says about its pay.
  if (a.url !== null && a.url === b.url) return verdict(true, 'url');
  const employerA = employerOf(a);
  const employerB = employerOf(b);
  const noEmployer = employerA === '' || employerB === '';
  if (noEmployer) {
    // A copy that names no employer: the title as a whole and a near-copy of the description.
    if (normalizeTitle(titleOf(a)) !== normalizeTitle(titleOf(b))) return verdict(false, 'title-or-employer');
  } else if (!a.blocks.some((k) => b.blocks.includes(k))) return verdict(false, 'title-or-employer');
  if (locationDiffers) return verdict(false, 'location');
  if (payDiffers) return verdict(false, 'pay');
  // Two postings alike but for the experience or the certification they require: two jobs (an
  // employer's boilerplate makes its postings' descriptions alike).
  if (a.requires && b.requires && a.requires !== b.requires) return verdict(false, 'requirements');
  if (skillOverlap(a.skills, b.skills) < thresholds.skillOverlap) return verdict(false, 'requirements');
  if (similarity === null) return verdict(false, 'body');
  const least = Math.max(
    thresholds.body,
    noEmployer ? thresholds.bodyNoEmployer : 0,
    // An aggregator that dropped the location: the same city cannot be checked, so only a copy
    // of the description with the same stated pay is taken for the same job.
    locationKnown ? 0 : thresholds.bodyUnknownLocation,
  );
  if (!locationKnown && !payKnown) return verdict(false, 'location');
  return verdict(similarity >= least, similarity >= least ? 'fingerprint' : 'body');
}

/** Whether two records (or their identities) are the same job. */
export function sameJob(a: IdentityRecord | JobIdentity, b: IdentityRecord | JobIdentity): boolean {
  const ida = 'keys' in a ? a : jobIdentity(a);
  const idb = 'keys' in b ? b : jobIdentity(b);
  return compareJobs(ida, idb).same;
}
