/**
 * Job identity: whether two records, from any sources, are the same job to a recruiter.
 *
 * Evidence, strongest first:
 * 1. The ATS's own job id (canonical-url.ts `atsKeyOfUrl` on the record's URL or the one ATS link
 *    its text carries, a board format's own id, a UUID the page labels as its posting id): equal
 *    ids are one job, different ids of one ATS (or two UUIDs) are two (a re-opened role gets a new id).
 * 2. A requisition, job announcement or USAJOBS control number the posting states ("Req ID:
 *    R-12345", "Job announcement number: 21FASC255SBDHA", an apply link to usajobs.gov/job/N, a
 *    Workday `_R12345` link): different numbers of one series are two jobs; an equal number is one
 *    unless the titles name two positions (one announcement may recruit several) or levels, the
 *    places do not meet or the pay bands do not meet. An employer spelled another way (an office
 *    and its agency) needs a distinctive number and a description alike too.
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
  /** A listing's reading of the requirements: years of experience and required certifications. */
  readonly role?: {
    readonly yearsExperience?: { readonly min: number | null; readonly max: number | null } | null;
  };
  readonly certifications?: readonly { readonly id: string; readonly requirement: string }[];
  readonly skills?: readonly { readonly id: string }[];
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
  /**
   * What the posting requires, as the classifier read it: `<min years>-<max years>|<required
   * certification ids>`; null when it states neither. Absent on identities stored before it.
   */
  readonly requires?: string | null;
  /** The skill ids the classifier found, sorted, comma-separated; null when none. */
  readonly skills?: string | null;
  /**
   * The title's words in their order (case, typography, abbreviations and arrangement words
   * folded); absent on identities stored before it.
   */
  readonly title?: string;
  /** The most specific employer key (`blocks`' last), '' when the record names none. */
  readonly employer?: string;
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

/** A title's words in order: case, typography, abbreviations and arrangement words folded. */
export function titleWords(title: string): string[] {
  let t = squash(
    title
      .slice(0, 1_000)
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\([^)]*\)/g, (p) => (ARRANGEMENT.test(p) ? ' ' : p)),
  );
  ARRANGEMENT.lastIndex = 0;
  t = t.replace(ARRANGEMENT, ' ');
  for (const [from, to] of ABBREVIATIONS) t = t.replace(from, to);
  return foldText(t)
    .split(' ')
    .filter((w) => w !== '' && w !== 'and' && w !== 'the' && w !== 'of');
}

/** A title as words: case, typography, abbreviations, word order and arrangement words do not count. */
export function normalizeTitle(title: string): string {
  return [...new Set(titleWords(title))].sort().join(' ').slice(0, 160);
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

const REMOTE_PLACE = /^(?:remote|anywhere|worldwide|virtual|nationwide|telework|work from home)\b/;

/**
 * `<country>:<city>` of a location, one per place it names ("Washington, DC; Chicago, IL;
 * Virtual" is three, joined by `|`, at most 8); null when it says nothing.
 */
export function locationKey(location: IdentityRecord['location']): string | null {
  const country = (location.country ?? '').toUpperCase();
  const places = new Set<string>();
  for (const part of (location.text ?? '').slice(0, 2_000).split(/[;/|]|\s(?:or|and|[-–—])\s/)) {
    let city = foldText(part.split(/[,(]/)[0] ?? '');
    if (REMOTE_PLACE.test(city)) city = 'remote';
    if (city !== '') places.add(city);
    if (places.size >= 8) break;
  }
  if (places.size === 0 && location.remote === true) places.add('remote');
  if (places.size === 0 && country === '') return null;
  if (places.size === 0) return `${country}:`;
  return [...places].map((city) => `${country}:${city}`).join('|');
}

function payKey(pay: PayFigures | null | undefined): string | null {
  if (!pay || (pay.min === null && pay.max === null)) return null;
  const n = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : String(Math.round(v)));
  return `${(pay.currency ?? '').toUpperCase()}/${pay.period ?? ''}/${n(pay.min)}-${n(pay.max)}`;
}

const REQUISITION_IN_TEXT =
  /\b(?:req(?:uisition)?|job\s*(?:id|req(?:uisition)?|code|ref(?:erence)?|number|no)|reference|posting\s*(?:id|number)|(?:job\s+)?announcement\s*(?:number|no|#)|vacancy\s*(?:id|number|no))\b\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*([A-Z]{0,4}[-_]?\d[A-Z0-9-]{2,19})\b/gi;
const WORKDAY_REQ = /\b((?:JR|R)-?\d{4,8})\b/g;
/** A USAJOBS posting link: its number is the announcement's control number. */
const USAJOBS_LINK = /\busajobs\.gov\/(?:job|GetJob\/ViewDetails)\/(\d{6,12})\b/gi;
const UUID_IN_TEXT = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** A UUID stated as the posting's id ("Requisition: 5368b30c-…", "Lever ID: …"). */
const UUID_LABELLED =
  /\b(?:req(?:uisition)?|job\s*id|posting\s*id|lever\s*id|ashby\s*id|opening\s*id)\b\s*[:#]?\s*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()"'\]]{4,300}/gi;

/** The texts identity reads ids from: the title and the first 200 blocks (no block over 5,000 chars). */
function idTexts(record: IdentityRecord): string[] {
  return [record.title, ...(record.blocks ?? []).slice(0, 200).map((b) => b.text)].filter(
    (t) => t.length <= 5_000,
  );
}

/**
 * The opening's requisition, announcement and control numbers: plain for a number the posting
 * labels ("Req ID: R-12345", "Job announcement number: 21FASC255SBDHA"), `usajobs:<n>` for a
 * USAJOBS link's control number (a different series: a page may state one, the other or both).
 */
function requisitionsOf(record: IdentityRecord, texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(REQUISITION_IN_TEXT)) {
      const id = m[1] as string;
      // A UUID's first groups are not a requisition: the UUID is the posting's own id (atsKeyOf).
      if (/^[0-9a-f]{8}-[0-9a-f]{4}/i.test(text.slice(m.index + m[0].length - id.length))) continue;
      found.add(normalizeRequisition(id));
    }
    for (const m of text.matchAll(WORKDAY_REQ)) found.add(normalizeRequisition(m[1] as string));
    for (const m of text.matchAll(USAJOBS_LINK)) found.add(`usajobs:${m[1]}`);
  }
  const wd = atsKeyOfUrl(record.source.url);
  if (wd?.startsWith('wd:')) found.add(wd.split(':')[2] as string);
  return [...found].sort().slice(0, 8);
}

const BOARD_FORMATS: Readonly<Record<string, string>> = { greenhouse: 'gh', lever: 'lever', ashby: 'ashby' };

/**
 * The ATS's own id of the job: from the record's URL, a board format's id, else the one posting
 * id its text states: an ATS job link in the body (an apply link) or a UUID labelled as the
 * posting's id. A body that links two or more different ATS jobs names none of them for sure.
 */
function atsKeyOf(record: IdentityRecord, texts: readonly string[]): string | null {
  const fromUrl = atsKeyOfUrl(record.source.url);
  if (fromUrl) return fromUrl;
  const vendor = BOARD_FORMATS[record.source.format];
  const id = record.source.externalId?.trim();
  if (vendor && id && /^[\w-]{1,80}$/.test(id)) return `${vendor}:${id.toLowerCase()}`;
  const linked = new Set<string>();
  const labelled = new Set<string>();
  for (const text of texts) {
    if (text.includes('://'))
      for (const m of text.matchAll(URL_IN_TEXT)) {
        const key = atsKeyOfUrl(m[0]);
        if (key) linked.add(key);
      }
    if (UUID_IN_TEXT.test(text))
      for (const m of text.matchAll(UUID_LABELLED)) labelled.add((m[1] as string).toLowerCase());
    UUID_IN_TEXT.lastIndex = 0;
  }
  if (linked.size === 1) return [...linked][0] as string;
  if (linked.size === 0 && labelled.size === 1) return `uuid:${[...labelled][0]}`;
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
  const texts = idTexts(record);
  const ats = atsKeyOf(record, texts);
  const url = canonicalUrl(record.source.url);
  const blocks = titleReadings(record.title, record.company);
  const requisitions = requisitionsOf(record, texts);
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
    requires: requirementsKey(record),
    skills: record.skills?.length ? [...new Set(record.skills.map((k) => k.id))].sort().join(',') : null,
    title: titleWords(record.title).join(' ').slice(0, 300),
    employer,
  };
}

function requirementsKey(record: IdentityRecord): string | null {
  const years = record.role?.yearsExperience;
  const certs = (record.certifications ?? [])
    .filter((c) => c.requirement === 'required')
    .map((c) => c.id)
    .sort();
  if ((!years || (years.min === null && years.max === null)) && certs.length === 0) return null;
  return `${years?.min ?? ''}-${years?.max ?? ''}|${[...new Set(certs)].join(',')}`;
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
    | 'requirements'
    | 'body';
  /** The descriptions' estimated similarity, when both have one. */
  readonly similarity: number | null;
}

const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Whether two ATS keys can be compared, and whether they are equal: one vendor's keys, or two
 * UUIDs (Lever and Ashby posting ids, a UUID a page states as its posting id: unique everywhere).
 */
function atsVerdict(a: string, b: string): boolean | null {
  const ida = a.slice(a.lastIndexOf(':') + 1);
  const idb = b.slice(b.lastIndexOf(':') + 1);
  if (UUID_KEY.test(ida) && UUID_KEY.test(idb)) return ida === idb;
  if (a.split(':')[0] !== b.split(':')[0]) return null;
  return a === b;
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

/** Words that make one title another job's: a level, a grade, a seniority, a supervisory role. */
const LEVEL_WORD =
  /^(?:senior|junior|lead|leader|principal|staff|head|chief|director|deputy|associate|assistant|intern|trainee|apprentice|graduate|manager|supervisor|supervisory|vp|svp|evp|executive|expert|fellow|i|ii|iii|iv|v|vi|entry|mid|gs\d{1,2}|grade|level|band|\d{1,2})$/;

/** A title's words without the plural's s: "Senior Developers" and "Senior Developer" are one. */
const singular = (w: string) => (w.length > 4 && /[^s]s$/.test(w) ? w.slice(0, -1) : w);

/**
 * Whether two titles of one opening (a shared requisition) name the same job: one title's words
 * are the other's plus words that only qualify it (an office, a series name such as "IT
 * Specialist", an acronym of words the other spells out), never a level or a grade.
 */
export function compatibleTitles(a: string, b: string): boolean {
  const wa = a.split(' ').filter(Boolean).map(singular);
  const wb = b.split(' ').filter(Boolean).map(singular);
  if (wa.length === 0 || wb.length === 0) return false;
  const sa = new Set(wa);
  const sb = new Set(wb);
  let onlyA = wa.filter((w) => !sb.has(w));
  let onlyB = wb.filter((w) => !sa.has(w));
  // "OA Oversight Branch Chief" and "Office of Acquisition Oversight Branch Chief".
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  if (onlyA.length === 1 && onlyB.length >= 2 && onlyA[0] === initials(onlyB)) onlyA = onlyB = [];
  if (onlyB.length === 1 && onlyA.length >= 2 && onlyB[0] === initials(onlyA)) onlyA = onlyB = [];
  if (onlyA.length > 0 && onlyB.length > 0) return false;
  const extra = [...onlyA, ...onlyB];
  const shared = wa.filter((w) => sb.has(w)).length;
  return shared > 0 && !extra.some((w) => LEVEL_WORD.test(w));
}

/** A stored identity without `title`/`employer` (written before them): read from its blocks. */
const titleOf = (id: JobIdentity) => id.title ?? id.blocks.at(-1)?.split('|')[1] ?? '';
const employerOf = (id: JobIdentity) => id.employer ?? id.blocks.at(-1)?.split('|')[0] ?? '';

/** A requisition distinctive enough to name one opening whatever employer name sits beside it. */
const distinctive = (r: string) => r.startsWith('usajobs:') || (r.length >= 8 && /\d/.test(r));
const seriesOf = (r: string) => (r.startsWith('usajobs:') ? 'usajobs' : '');

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
