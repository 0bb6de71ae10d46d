/**
 * The ids a posting carries (job identity, issue 18): the ATS's own job id (from its URL, a board
 * format's id, an ATS link or a labelled UUID in its text) and the requisition, announcement and
 * control numbers it states.
 */
import { atsKeyOfUrl, normalizeRequisition } from './canonical-url.ts';

/** Where a record came from, as identity reads it. */
export interface PostingSource {
  readonly format: string;
  readonly url: string | null;
  readonly externalId: string | null;
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
const HAS_DIGIT = /\d/;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()"'\]]{4,300}/gi;

/**
 * The opening's requisition, announcement and control numbers: plain for a number the posting
 * labels ("Req ID: R-12345", "Job announcement number: 21FASC255SBDHA"), `usajobs:<n>` for a
 * USAJOBS link's control number (a different series: a page may state one, the other or both).
 */
export function requisitionsOf(source: PostingSource, texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    // Each of the three patterns needs a digit: most paragraphs have none and are not scanned.
    if (!HAS_DIGIT.test(text)) continue;
    for (const m of text.matchAll(REQUISITION_IN_TEXT)) {
      const id = m[1] as string;
      // A UUID's first groups are not a requisition: the UUID is the posting's own id (atsKeyOf).
      if (/^[0-9a-f]{8}-[0-9a-f]{4}/i.test(text.slice(m.index + m[0].length - id.length))) continue;
      found.add(normalizeRequisition(id));
    }
    for (const m of text.matchAll(WORKDAY_REQ)) found.add(normalizeRequisition(m[1] as string));
    for (const m of text.matchAll(USAJOBS_LINK)) found.add(`usajobs:${m[1]}`);
  }
  const wd = atsKeyOfUrl(source.url);
  if (wd?.startsWith('wd:')) found.add(wd.split(':')[2] as string);
  return [...found].sort().slice(0, 8);
}

const BOARD_FORMATS: ReadonlyMap<string, string> = new Map([
  ['greenhouse', 'gh'],
  ['lever', 'lever'],
  ['ashby', 'ashby'],
]);

/**
 * The ATS's own id of the job: from the record's URL, a board format's id, else the one posting
 * id its text states: an ATS job link in the body (an apply link) or a UUID labelled as the
 * posting's id. A body that links two or more different ATS jobs names none of them for sure.
 */
export function atsKeyOf(source: PostingSource, texts: readonly string[]): string | null {
  const fromUrl = atsKeyOfUrl(source.url);
  if (fromUrl) return fromUrl;
  const vendor = BOARD_FORMATS.get(source.format);
  const id = source.externalId?.trim();
  if (vendor && id && /^[\w-]{1,80}$/.test(id)) return `${vendor}:${id.toLowerCase()}`;
  const linked = new Set<string>();
  const labelled = new Set<string>();
  for (const text of texts) {
    if (text.includes('://'))
      for (const m of text.matchAll(URL_IN_TEXT)) {
        const key = atsKeyOfUrl(m[0]);
        if (key) linked.add(key);
      }
    if (text.includes('-') && UUID_IN_TEXT.test(text))
      for (const m of text.matchAll(UUID_LABELLED)) labelled.add((m[1] as string).toLowerCase());
    UUID_IN_TEXT.lastIndex = 0;
  }
  if (linked.size === 1) return [...linked][0] as string;
  if (linked.size === 0 && labelled.size === 1) return `uuid:${[...labelled][0]}`;
  return null;
}

const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Whether two ATS keys can be compared, and whether they are equal: one vendor's keys, or two
 * UUIDs (Lever and Ashby posting ids, a UUID a page states as its posting id: unique everywhere).
 */
export function atsVerdict(a: string, b: string): boolean | null {
  const ida = a.slice(a.lastIndexOf(':') + 1);
  const idb = b.slice(b.lastIndexOf(':') + 1);
  if (UUID_KEY.test(ida) && UUID_KEY.test(idb)) return ida === idb;
  if (a.split(':')[0] !== b.split(':')[0]) return null;
  return a === b;
}

/** A requisition distinctive enough to name one opening whatever employer name sits beside it. */
export const distinctive = (r: string) => r.startsWith('usajobs:') || (r.length >= 8 && /\d/.test(r));
export const seriesOf = (r: string) => (r.startsWith('usajobs:') ? 'usajobs' : '');
