/**
 * Job identity: whether two records, from any sources, are the same job to a recruiter.
 *
 * Evidence, strongest first:
 * 1. The ATS's own job id (canonical-url.ts `atsKeyOfUrl`, or a board format's own id): equal ids
 *    are one job, different ids of one ATS are two (a re-opened role gets a new id).
 * 2. A requisition id the posting states ("Req ID: R-12345", a Workday `_R12345` link) at the
 *    same employer: different is two jobs; equal is one unless the title (a seniority), the city
 *    or the stated pay differs (a requisition re-opened with other pay, or advertised per city).
 * 3. The canonical posting URL (tracking parameters removed): equal is one job (an ATS id and
 *    a URL name one posting, updated: a stale copy's pay does not split it).
 * 4. A fingerprint: the same employer and normalised title (one of the record's readings, see
 *    `titleReadings`), a compatible location (the same city and country; unknown on one side is
 *    allowed only with near-identical bodies and the same stated pay), compatible pay (both
 *    stated and different is two jobs) and near-duplicate descriptions (MinHash similarity at
 *    least {@link SAME_JOB_MIN_BODY_SIMILARITY}).
 *
 * Precision before recall: a wrong merge hides a job, a missed one counts it twice. Anything
 * that tells two jobs apart (a city, a seniority word, a requisition, a pay range) wins over
 * anything that says they are alike.
 */
import { squash } from '../fields.ts';
import { bodySignature, foldText, signatureSimilarity } from './body-signature.ts';
import { atsKeyOfUrl, canonicalUrl, normalizeRequisition } from './canonical-url.ts';

/**
 * Least estimated Jaccard similarity of two descriptions' 3-word shingles for a fingerprint
 * match (same employer, title, city, compatible pay). Named so the labelled pair set
 * (`eval/pairs.mjs`) can move it; the value is the one its authored pairs and the property tests
 * support until then.
 */
export const SAME_JOB_MIN_BODY_SIMILARITY = 0.5;
/** The same, when one record's location is unknown (an aggregator that dropped it). */
export const SAME_JOB_MIN_BODY_SIMILARITY_UNKNOWN_LOCATION = 0.7;
/** Relative difference under which two stated pay figures are the same figure (rounding). */
export const PAY_TOLERANCE = 0.01;

interface PayFigures {
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: string | null;
  readonly period: string | null;
}

/** What identity reads of a posting or a listing; `blocks` (the description) when there is one. */
export interface IdentityRecord {
  readonly source: {
    readonly format: string;
    readonly url: string | null;
    readonly externalId: string | null;
  };
  readonly title: string;
  readonly company: string | null;
  readonly location: {
    readonly text: string | null;
    readonly country: string | null;
    readonly remote: boolean | null;
  };
  /** A listing's salary (preferred) or a posting's structured pay. */
  readonly salary?: PayFigures | null;
  readonly pay?: PayFigures | null;
  readonly blocks?: readonly { readonly text: string }[];
}

/** A job's identity: plain JSON, so a store can keep it and compare later records with it. */
export interface JobIdentity {
  /** Exact keys, strongest first: `gh:4012345`, `req:<employer>:<REQ>`, `url:<canonical url>`. */
  readonly keys: string[];
  /**
   * `<employer>|<title words>` readings of the record; the last is the most specific (an
   * employer the title names wins over a feed's channel name), the one a store indexes.
   */
  readonly blocks: string[];
  /** `<country>:<city>`, either part possibly empty; null when the record says nothing. */
  readonly location: string | null;
  /** `<currency>/<period>/<min>-<max>`; null when no pay is stated. */
  readonly pay: string | null;
  readonly requisitions: string[];
  /** The ATS's job key (`gh:…`, `lever:…`), or null. */
  readonly ats: string | null;
  readonly url: string | null;
  /** The description's MinHash signature (body-signature.ts), or null. */
  readonly body: string | null;
}

const ROLE_WORD =
  /\b(manager|mgr|director|head|lead|leader|engineer|administrator|admin|analyst|officer|chief|vp|vice president|president|specialist|technician|developer|architect|consultant|coordinator|supervisor|designer|scientist|associate|assistant|executive|intern|cio|cto|ciso|principal|advisor|adviser|strategist|controller|programmer|tester|operator|planner|owner|partner|superintendent)\b/i;

/** Words that say how or where a job is worked, not which job it is. */
const ARRANGEMENT =
  /\b(?:remote|hybrid|on-?site|in-office|full[- ]time|permanent|m\/[fw]\/[dx]|f\/m\/[dx]|h\/f|all genders)\b/gi;
/** Title tails that qualify the job rather than name an employer: "IT Manager - Infrastructure". */
const QUALIFIER_TAIL =
  /^(?:remote|hybrid|on-?site|contract|temporary|temp|interim|part[- ]time|full[- ]time|permanent|senior|junior|urgent|new|us|usa|uk|emea|apac|eu|it|infrastructure|operations|security|cloud|network|networks|applications|enterprise|corporate|digital|data|support|service desk|end user|platform|systems|technology|ii|iii|iv|[a-z]{2,3}\d?)(?:\s+(?:and|&|\/)\s+\S+)?$/i;

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bsr\b\.?/g, 'senior'],
  [/\bsnr\b\.?/g, 'senior'],
  [/\bjr\b\.?/g, 'junior'],
  [/\bmgr\b\.?/g, 'manager'],
  [/\bdir\b\.?/g, 'director'],
  [/\bassoc\b\.?/g, 'associate'],
  [/\bmngr\b\.?/g, 'manager'],
  [/&/g, ' and '],
  [/\bvice president\b/g, 'vp'],
];

/** A title as words: case, typography, abbreviations, word order and arrangement words do not count. */
export function normalizeTitle(title: string): string {
  let t = squash(
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\([^)]*\)/g, (p) => (ARRANGEMENT.test(p) ? ' ' : p)),
  );
  ARRANGEMENT.lastIndex = 0;
  t = t.replace(ARRANGEMENT, ' ');
  for (const [from, to] of ABBREVIATIONS) t = t.replace(from, to);
  const words = foldText(t)
    .split(' ')
    .filter((w) => w !== '' && w !== 'and' && w !== 'the' && w !== 'of');
  return [...new Set(words)].sort().join(' ').slice(0, 160);
}

/** An employer as a key: "ACME, Inc." and "Acme" are one (legal forms and punctuation dropped). */
export function employerKey(name: string | null | undefined): string {
  if (!name) return '';
  return foldText(name)
    .replace(
      /\b(?:inc|incorporated|llc|l l c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|sa|s a|bv|nv|pty|pte|llp|lp)\b/g,
      ' ',
    )
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 100);
}

/**
 * The record's `<employer>|<title>` readings: the company with the title as given, and, when
 * the title ends in an employer ("IT Manager - Harbourline Freight", "IT Manager at Acme"), that
 * employer with the rest of the title. The most specific reading is last.
 */
export function titleReadings(title: string, company: string | null): string[] {
  const readings: string[] = [];
  const own = employerKey(company);
  const whole = normalizeTitle(title);
  if (own && whole) readings.push(`${own}|${whole}`);
  const split = /^(.*\S)\s+(?:[-–—|@·:]|at)\s+(.+)$/u.exec(squash(title.normalize('NFKC')));
  if (split) {
    const head = split[1] as string;
    const tail = (split[2] as string).trim();
    const tailKey = employerKey(tail);
    if (
      ROLE_WORD.test(head) &&
      !ROLE_WORD.test(tail) &&
      !QUALIFIER_TAIL.test(tail) &&
      tail.length <= 80 &&
      tailKey !== ''
    ) {
      const reading = `${tailKey}|${normalizeTitle(head)}`;
      if (!readings.includes(reading)) readings.push(reading);
    }
  }
  return readings;
}

/** `<country>:<city>` of a location; null when it says nothing. */
export function locationKey(location: IdentityRecord['location']): string | null {
  const country = (location.country ?? '').toUpperCase();
  const first = (location.text ?? '').split(/[,;/(]|\s[-–—|]\s/)[0] ?? '';
  let city = foldText(first);
  if (/^(?:remote|anywhere|worldwide|hybrid)\b/.test(city)) city = 'remote';
  if (city === '' && location.remote === true) city = 'remote';
  if (city === '' && country === '') return null;
  return `${country}:${city}`;
}

function payKey(pay: PayFigures | null | undefined): string | null {
  if (!pay || (pay.min === null && pay.max === null)) return null;
  const n = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : String(Math.round(v)));
  return `${(pay.currency ?? '').toUpperCase()}/${pay.period ?? ''}/${n(pay.min)}-${n(pay.max)}`;
}

const REQUISITION_IN_TEXT =
  /\b(?:req(?:uisition)?|job\s*(?:id|req(?:uisition)?|code|ref(?:erence)?|number|no)|reference|posting\s*(?:id|number))\b\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*([A-Z]{0,4}[-_]?\d[A-Z0-9-]{2,19})\b/gi;
const WORKDAY_REQ = /\b((?:JR|R)-?\d{4,8})\b/g;

function requisitionsOf(record: IdentityRecord): string[] {
  const found = new Set<string>();
  const texts = [record.title, ...(record.blocks ?? []).slice(0, 200).map((b) => b.text)];
  for (const text of texts) {
    if (text.length > 5_000) continue;
    for (const m of text.matchAll(REQUISITION_IN_TEXT)) found.add(normalizeRequisition(m[1] as string));
    for (const m of text.matchAll(WORKDAY_REQ)) found.add(normalizeRequisition(m[1] as string));
  }
  const wd = atsKeyOfUrl(record.source.url);
  if (wd?.startsWith('wd:')) found.add(wd.split(':')[2] as string);
  return [...found].sort().slice(0, 8);
}

const BOARD_FORMATS: Readonly<Record<string, string>> = { greenhouse: 'gh', lever: 'lever', ashby: 'ashby' };

function atsKeyOf(record: IdentityRecord): string | null {
  const fromUrl = atsKeyOfUrl(record.source.url);
  if (fromUrl) return fromUrl;
  const vendor = BOARD_FORMATS[record.source.format];
  const id = record.source.externalId?.trim();
  if (vendor && id && /^[\w-]{1,80}$/.test(id)) return `${vendor}:${id.toLowerCase()}`;
  return null;
}

const MAX_BODY_CHARS = 200_000;
const LOCATION_LINE =
  /^(?:(?:job\s+)?location\s*:\s*)?(\p{Lu}[\p{L} .'-]{1,40}),\s*(?:[A-Z]{2}|\p{Lu}[\p{L} ]{2,30})$/u;

/**
 * The location a description states on a line of its own near the top ("Portland, OR",
 * "Location: Leeds, United Kingdom"), for a record whose source gave none (an aggregator's RSS).
 */
function locationFromBody(blocks: IdentityRecord['blocks']): IdentityRecord['location'] | null {
  for (const b of (blocks ?? []).slice(0, 6)) {
    const text = squash(b.text);
    if (text.length <= 60 && LOCATION_LINE.test(text))
      return { text: text.replace(/^[^:]*:\s*/, ''), country: null, remote: null };
  }
  return null;
}

/** The identity of a posting or listing (pure; the same record always gives the same identity). */
export function jobIdentity(record: IdentityRecord): JobIdentity {
  const ats = atsKeyOf(record);
  const url = canonicalUrl(record.source.url);
  const blocks = titleReadings(record.title, record.company);
  const requisitions = requisitionsOf(record);
  const employer = blocks.at(-1)?.split('|')[0] ?? '';
  const keys: string[] = [];
  if (ats) keys.push(ats);
  if (employer) for (const r of requisitions) keys.push(`req:${employer}:${r}`);
  if (url) keys.push(`url:${url}`);
  let text = '';
  for (const b of record.blocks ?? []) {
    if (text.length > MAX_BODY_CHARS) break;
    text += `${b.text}\n`;
  }
  return {
    keys,
    blocks,
    location:
      locationKey(record.location) ??
      (() => {
        const found = locationFromBody(record.blocks);
        return found ? locationKey(found) : null;
      })(),
    pay: payKey(record.salary ?? record.pay),
    requisitions,
    ats,
    url,
    body: text === '' ? null : bodySignature(text),
  };
}

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
    | 'body';
  /** The descriptions' estimated similarity, when both have one. */
  readonly similarity: number | null;
}

const vendorOf = (key: string) => key.split(':')[0];

function samePay(a: string, b: string): boolean {
  const [ca, pa, ra = ''] = a.split('/');
  const [cb, pb, rb = ''] = b.split('/');
  if (ca !== cb || pa !== pb) return false;
  const [amin, amax] = ra.split('-');
  const [bmin, bmax] = rb.split('-');
  const close = (x = '', y = '') =>
    x === y ||
    (x !== '' &&
      y !== '' &&
      Math.abs(Number(x) - Number(y)) <= PAY_TOLERANCE * Math.max(Number(x), Number(y)));
  return close(amin, bmin) && close(amax, bmax);
}

function sameLocation(a: string, b: string): boolean {
  const [ca = '', xa = ''] = a.split(':');
  const [cb = '', xb = ''] = b.split(':');
  if (ca !== '' && cb !== '' && ca !== cb) return false;
  if (xa === '' || xb === '') return ca !== '' && ca === cb && xa === xb;
  return xa === xb;
}

/** Whether two identities are one job, and on what evidence. */
export function compareJobs(a: JobIdentity, b: JobIdentity): JobComparison {
  const similarity = signatureSimilarity(a.body, b.body);
  const verdict = (same: boolean, reason: JobComparison['reason']): JobComparison => ({
    same,
    reason,
    similarity,
  });
  if (a.ats && b.ats && vendorOf(a.ats) === vendorOf(b.ats)) return verdict(a.ats === b.ats, 'ats');
  const employers = new Set(a.blocks.map((k) => k.split('|')[0]));
  const sharedEmployer = b.blocks.some((k) => employers.has(k.split('|')[0]));
  const locationKnown = a.location !== null && b.location !== null;
  const locationDiffers = locationKnown && !sameLocation(a.location as string, b.location as string);
  const payKnown = a.pay !== null && b.pay !== null;
  const payDiffers = payKnown && !samePay(a.pay as string, b.pay as string);
  if (a.requisitions.length > 0 && b.requisitions.length > 0 && sharedEmployer) {
    // One requisition retitled, re-opened with other pay, or advertised per city: another job.
    if (!a.requisitions.some((r) => b.requisitions.includes(r))) return verdict(false, 'requisition');
    if (!a.blocks.some((k) => b.blocks.includes(k))) return verdict(false, 'title-or-employer');
    if (locationDiffers) return verdict(false, 'location');
    if (payDiffers) return verdict(false, 'pay');
    return verdict(true, 'requisition');
  }
  // The same posting URL is the same posting, whatever a stale copy says about its pay.
  if (a.url !== null && a.url === b.url) return verdict(true, 'url');
  if (!a.blocks.some((k) => b.blocks.includes(k))) return verdict(false, 'title-or-employer');
  if (locationDiffers) return verdict(false, 'location');
  if (payDiffers) return verdict(false, 'pay');
  if (!locationKnown) {
    // An aggregator that dropped the location: the same city cannot be checked, so only a copy
    // of the description with the same stated pay is taken for the same job.
    const ok = payKnown && similarity !== null && similarity >= SAME_JOB_MIN_BODY_SIMILARITY_UNKNOWN_LOCATION;
    return verdict(ok, ok ? 'fingerprint' : 'location');
  }
  if (similarity === null) return verdict(payKnown, payKnown ? 'fingerprint' : 'body');
  return verdict(
    similarity >= SAME_JOB_MIN_BODY_SIMILARITY,
    similarity >= SAME_JOB_MIN_BODY_SIMILARITY ? 'fingerprint' : 'body',
  );
}

/** Whether two records (or their identities) are the same job. */
export function sameJob(a: IdentityRecord | JobIdentity, b: IdentityRecord | JobIdentity): boolean {
  const ida = 'keys' in a ? a : jobIdentity(a);
  const idb = 'keys' in b ? b : jobIdentity(b);
  return compareJobs(ida, idb).same;
}
