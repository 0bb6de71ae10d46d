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
import { bodySignature, foldText } from './body-signature.ts';
import { canonicalUrl } from './canonical-url.ts';
import { atsKeyOf, type PostingSource, requisitionsOf } from './posting-ids.ts';
import { titleReadings, titleWords } from './title-keys.ts';

export interface PayFigures {
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: string | null;
  readonly period: string | null;
}

/** What identity reads of a posting or a listing; `blocks` (the description) when there is one. */
export interface IdentityRecord {
  readonly source: PostingSource;
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

/** The texts identity reads ids from: the title and the first 200 blocks (no block over 5,000 chars). */
function idTexts(record: IdentityRecord): string[] {
  return [record.title, ...(record.blocks ?? []).slice(0, 200).map((b) => b.text)].filter(
    (t) => t.length <= 5_000,
  );
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
  const ats = atsKeyOf(record.source, texts);
  const url = canonicalUrl(record.source.url);
  const blocks = titleReadings(record.title, record.company);
  const requisitions = requisitionsOf(record.source, texts);
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
