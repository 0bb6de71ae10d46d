/**
 * Jobs kept as data: an array of job records as public job APIs, scrapers and site data files
 * write them (`position`/`title`/`headline`, `company`, `location`, `salary_min`/`salary_max`,
 * `description`, `url`), found by structure wherever it sits: the document itself, an envelope
 * (`{"jobs": […]}`, USAJOBS' `SearchResult.SearchResultItems[].MatchedObjectDescriptor`), a list
 * inside a list (`["ok", "v1", […]]`), lists grouped by team or day, an object of records keyed by
 * id, or JSON Lines (one record a line). Keys are matched by
 * one table of synonyms (`JOB_FIELDS`) without case or punctuation (`PositionTitle`,
 * `position_title`). A record is a job when it has a title-like key and at least one other field
 * a job has; anything else in the list (a notice such as Remote OK's `{"legal": …}`, terms of
 * use, a draft or unpublished record) is skipped, and a job listed twice (same link and
 * title, or without a link the same title, employer and place) is read once.
 */
import { asRecord, asString, normalizeEmploymentType, toIsoDate } from '../../fields.ts';
import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';
import { foldedKeys, foldKey, JOB_FIELDS, type JobField, pick } from './job-fields.ts';
import { jobDetail } from './json-detail.ts';
import { assertPostingCount, MAX_JSON_DEPTH } from './limits.ts';
import { buildLocation, looksLikeLocation } from './location.ts';
import { namesRole } from './markdown-headings.ts';
import { hasMarkup, markupText, unescapeMarkup } from './markup.ts';
import { namesRoleInOtherLanguage } from './offer-language.ts';
import { buildRawPosting, type ParseContext } from './posting.ts';
import { recordPay } from './record-pay.ts';
import { nameBeforeBars } from './title-line.ts';
import { ROLE_WORD } from './title-split.ts';

export { fieldOfKey, JOB_FIELDS, type JobField } from './job-fields.ts';

type JsonRecord = Record<string, unknown>;

/** Title keys that name anything (a city, a tag, a benefit): beside them a place or a date is not enough. */
const WEAK_TITLES: ReadonlySet<string> = new Set(['name', 'role', 'job', 'jobs', 'text']);

/** Fields of a thing for sale: beside a `name` that names no role, a product, not a job. */
const GOODS_FIELDS: readonly string[] = ['price', 'sku', 'stock', 'instock', 'quantity', 'isbn', 'oldprice'];
/**
 * Fields of a course, a lesson or a talk (its teacher, its credits, its students): beside a title
 * that names no role, and with no employer or pay, a course catalogue's entry, not a job.
 */
const COURSE_FIELDS: readonly string[] = [
  'instructor',
  'instructors',
  'teacher',
  'lecturer',
  'credits',
  'lessons',
  'students',
  'enrolled',
  'curriculum',
  'syllabus',
  'speaker',
  'speakers',
];

/** Fields that, beside a title, make a record a job rather than any named thing. */
const JOB_EVIDENCE: readonly JobField[] = [
  'company',
  'location',
  'description',
  'url',
  'document',
  'min',
  'salary',
  'date',
];
const STRONG_EVIDENCE: readonly JobField[] = ['company', 'description', 'url', 'document', 'min', 'salary'];

/** Lists that a job record keeps beside its description, written under their heading. */
const SECTIONS: readonly (readonly [string, readonly string[]])[] = [
  ['Responsibilities', ['responsibilities', 'responsabilities', 'duties', 'tasks', 'whatyouwilldo']],
  ['Requirements', ['requirements', 'qualifications', 'musthave', 'whatyouneed', 'requiredskills']],
  ['Nice to have', ['nicetohave', 'preferred', 'preferredqualifications', 'bonuspoints', 'additionalskills']],
  ['Benefits', ['benefits', 'perks']],
];

/** Whether a folded key names one of the lists a job keeps (duties, requirements, benefits). */
export const namesSection = (key: string): boolean => SECTIONS.some(([, names]) => names.includes(key));

/** A job description kept as a file: a document, not an image. */
const DOCUMENT_FILE = /\.(?:pdf|docx?|odt|rtf)$/i;

/** A value that says nothing ("not stated", "N/A"): scrapers write it where a field is empty. */
const PLACEHOLDER =
  /^-*(?:not (?:stated|specified|available|provided|found)|n\/?a|nan|none|null|undefined|unknown|tb[ad])?-*$/i;

/** A value as one line of text: a string, a number, `{name}`, or the first of a list of those. */
function textOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') {
    // A list written into one cell by a scraper (Python's "['Wien', 'Graz']"): its first item.
    const listed = /^\[\s*(['"])(.*?)\1\s*(?:,|\])/s.exec(value.trim());
    if (listed) return listed[2]?.trim() || null;
    return value.trim() === '' ? null : value.trim();
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth > 2) return null;
  if (Array.isArray(value)) return textOf(value[0], depth + 1);
  const record = asRecord(value);
  if (!record) return null;
  const keys = foldedKeys(record);
  return textOf(
    pick(keys, [
      'name',
      'displayname',
      'locationname',
      'cityname',
      'municipality',
      'title',
      'text',
      'label',
      'value',
      // A list item kept as `- li: '…'` (an HTML list written as data).
      'li',
    ]),
    depth + 1,
  );
}

/** A field's text, a placeholder ("not stated") read as nothing, a separator left at its end ("Houya Arrow -") dropped. */
function fieldText(value: unknown): string | null {
  const text = textOf(value)?.replace(/\s+[-–—|·:]+$/u, '') ?? null;
  return text === null || PLACEHOLDER.test(text) ? null : text;
}

/** What a job record says, by field, read through `JOB_FIELDS`: one line of text per field (or null). */
export type JobFields = { readonly [field in JobField]: string | null };

/** The fields of a record, each as one line of text; own keys only, whatever the record's keys are. */
export function jobFieldsOf(record: JsonRecord): JobFields {
  const keys = foldedKeys(record);
  const out: Partial<Record<JobField, string | null>> = {};
  for (const field of Object.keys(JOB_FIELDS) as JobField[])
    out[field] = fieldText(pick(keys, JOB_FIELDS[field]));
  return out as JobFields;
}

/**
 * A record the list itself does not publish: a draft, hidden, unpublished or inactive entry (a
 * site's data keeps it, its pages leave it out). A closed, filled or expired opening is still a
 * posting (a job archive lists them), so those stay.
 */
function isUnpublished(keys: Map<string, unknown>): boolean {
  const no = (value: unknown) =>
    value === false || (typeof value === 'string' && /^(?:false|no)$/i.test(value));
  const yes = (value: unknown) =>
    value === true || (typeof value === 'string' && /^(?:true|yes)$/i.test(value));
  if (['active', 'isactive', 'published', 'ispublished', 'visible', 'isvisible'].some((k) => no(keys.get(k))))
    return true;
  if (['draft', 'isdraft', 'hidden', 'ishidden', 'unpublished'].some((k) => yes(keys.get(k)))) return true;
  const status = keys.get('status') ?? keys.get('state');
  return typeof status === 'string' && /^(?:draft|hidden|inactive|unpublished)$/i.test(status.trim());
}

/** A record whose fields name a job: a title and at least one other field a job has. */
function isJob(record: JsonRecord): boolean {
  const keys = foldedKeys(record);
  const titleKey = JOB_FIELDS.title.find((name) => {
    const value = keys.get(name);
    return value !== undefined && value !== null && value !== '';
  });
  const title = titleKey === undefined ? undefined : keys.get(titleKey);
  // A comment that names its company and says what it hires for, with no title field: a job
  // board's thread kept as data; its title is read from its first line (`untitledTitle`).
  if (titleKey === undefined) return untitledTitle(keys) !== null;
  if (typeof title !== 'string' || title.trim() === '') return false;
  // Lists a job keeps (duties, requirements) beside a title: a job, whatever else it lacks.
  if (SECTIONS.some(([, names]) => partText(pick(keys, names)) !== null)) return true;
  // `name` or `text` names anything (a city, a tag): beside them, a place or a date is not enough,
  // and a thing for sale (a price, a stock count) is no job, whatever its description.
  const weak = WEAK_TITLES.has(titleKey ?? '');
  if (weak && GOODS_FIELDS.some((name) => keys.has(name)) && !namesRole(title)) return false;
  if (
    COURSE_FIELDS.some((name) => keys.has(name)) &&
    !namesRole(title) &&
    pick(keys, JOB_FIELDS.company) === undefined &&
    pick(keys, JOB_FIELDS.salary) === undefined
  )
    return false;
  const evidence = weak ? STRONG_EVIDENCE : JOB_EVIDENCE;
  return evidence.some((field) => {
    const value = pick(keys, JOB_FIELDS[field]);
    if (value === undefined || (typeof value === 'string' && PLACEHOLDER.test(value.trim()))) return false;
    // A file beside the list is a job's description when it is a document (not a photo).
    return field !== 'document' || (typeof value === 'string' && DOCUMENT_FILE.test(value.trim()));
  });
}

/** The first line of a description, markup and entities aside. */
function firstLine(text: string): string {
  const tagless = text
    .slice(0, 4_000)
    .replace(/<(?:p|br|div|li|h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  // The entities decoded by the tokenizer the other readers use.
  const line = markupText(tagless)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .find((l) => l !== '');
  return line ?? '';
}

/**
 * The title of a record that has a company and a description but no title field (a "Who is
 * hiring?" comment): the segment of its first line, `Company | Role | Place | …`, that names a
 * role; else the first line itself, when it is short (the comment's own heading). Null when the
 * record names no company or says nothing.
 */
function untitledTitle(keys: Map<string, unknown>): string | null {
  const company = fieldText(pick(keys, JOB_FIELDS.company));
  const body = pick(keys, JOB_FIELDS.description);
  if (!company || typeof body !== 'string' || body.trim().length < 40) return null;
  const line = firstLine(body).slice(0, 400);
  const segments = line.split(/\s+\|\s+/).map((s) => s.trim());
  const role =
    segments.length >= 2 ? segments.slice(1).find((s) => ROLE_WORD.test(s) && s.length <= 120) : undefined;
  if (role) return role;
  if (line.length < 3) return null;
  // A long first line (heading and first sentence run together): its opening words.
  return line.length <= 150 ? line : `${line.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}

/** The job a list element holds: the element, or the one nested object of it that is a job (USAJOBS' descriptor; with two, it is a group). */
function jobIn(item: unknown): { job: JsonRecord; outer: JsonRecord } | null {
  const record = asRecord(item);
  if (!record) return null;
  if (isJob(record)) return { job: record, outer: record };
  let found: JsonRecord | null = null;
  for (const value of Object.values(record).slice(0, 50)) {
    const inner = asRecord(value);
    if (!inner || !isJob(inner)) continue;
    // Two jobs inside: a group of jobs, not one job's wrapper.
    if (found) return null;
    found = inner;
  }
  return found ? { job: found, outer: record } : null;
}

/** Elements of a list looked at to tell what it holds (a notice or two may come first). */
const SAMPLE = 10;

/**
 * The list of jobs in a JSON value: itself, an object of jobs keyed by id, or the longest list
 * of jobs under it (a few levels down, through objects and lists).
 */
export function findJobList(value: unknown, depth = 0): unknown[] | null {
  if (depth > Math.min(4, MAX_JSON_DEPTH)) return null;
  if (Array.isArray(value)) {
    if (value.slice(0, SAMPLE).some((item) => jobIn(item) !== null)) return value;
    // A list that holds the list (`["ok", "v1", [jobs]]`, `[{"jobs": […]}]`), or pages of lists.
    return grouped(value.slice(0, 100)) ?? longest(value.slice(0, SAMPLE), depth);
  }
  const record = asRecord(value);
  if (!record) return null;
  // A site's index names itself (a title, a link, a description) over the list of its jobs: the
  // list is what it publishes. A job that is only a job has no list of jobs under it.
  if (depth === 0 && isJob(record)) return listedUnder(record) ?? [record];
  // Records keyed by id (`{"4211": {title, url}, "4212": {…}}`): most of its members are jobs.
  const keyed = ownJobs(record);
  if (keyed) return keyed;
  const values = Object.values(record);
  // Lists of jobs grouped by team, place or day (`{"Engineering": […], "Design": […]}`): all of them.
  const list = grouped(values.slice(0, 100)) ?? longest(values.slice(0, 100), depth);
  if (depth > 0 || (list && namedList(record))) return list;
  // One job's detail answer (`{jobPostingInfo: {…}, similarJobs: […]}`): its job, not the jobs beside it,
  // unless what it holds names no role and a list is there.
  const detail = jobDetail(record, isJob);
  if (!detail) return list;
  const title = jobFieldsOf(detail).title;
  return list && !(title && namesRole(title)) ? list : [detail];
}

/** Whether an object keeps a list of jobs under a key that names one (`jobs`, `postings`), or a level down. */
function namedList(record: JsonRecord, depth = 0): boolean {
  return Object.entries(record)
    .slice(0, 100)
    .some(([key, value]) => {
      if (Array.isArray(value)) return LIST_KEYS.has(foldKey(key)) && ownJobs(value) !== null;
      const inner = asRecord(value);
      return depth === 0 && inner !== null && namedList(inner, 1);
    });
}

/** Fewest jobs a list under a job-like object must hold to be the index's own list, unless its key says so. */
const INDEX_JOBS = 3;

/** The longest list of jobs directly under an object, when its key names a job list or it holds several. */
function listedUnder(record: JsonRecord): unknown[] | null {
  let best: unknown[] | null = null;
  for (const [key, value] of Object.entries(record).slice(0, 100)) {
    if (!Array.isArray(value)) continue;
    const list = ownJobs(value);
    if (!list || list.length < 2 || (!LIST_KEYS.has(foldKey(key)) && list.length < INDEX_JOBS)) continue;
    if (!best || list.length > best.length) best = list;
  }
  return best;
}

/** The jobs a value holds itself: a list with jobs in its first elements, or an object of jobs keyed by id. */
function ownJobs(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value.slice(0, SAMPLE).some((x) => jobIn(x) !== null) ? value : null;
  const record = asRecord(value);
  if (!record) return null;
  const values = Object.values(record);
  const jobs = values.slice(0, 50).filter((item) => jobIn(item) !== null).length;
  return jobs >= 2 && jobs * 2 > Math.min(values.length, 50) ? values : null;
}

/** Two or more lists of jobs side by side (groups by team or day, pages): one list of all their jobs. */
function grouped(values: readonly unknown[]): unknown[] | null {
  const lists = values.map(ownJobs).filter((list): list is unknown[] => list !== null);
  return lists.length >= 2 ? lists.flat() : null;
}

/** Keys that name a list of jobs (not `results` or `items`: those name lists of anything). */
const LIST_KEYS: ReadonlySet<string> = new Set([
  'jobs',
  'positions',
  'vacancies',
  'openings',
  'postings',
  'jobpostings',
  'listings',
  'careers',
  'jobresults',
]);

/**
 * Whether a JSON value is a job list with nothing in it (`{"jobs": [], "note": "No open
 * positions"}`, a level or two down): a document that lists no job, not a document of unknown shape.
 */
export function isEmptyJobList(value: unknown, depth = 0): boolean {
  const record = asRecord(value);
  if (!record || depth > 2) return false;
  return Object.keys(record)
    .slice(0, 50)
    .some((key) => {
      const inner = record[key];
      return (
        (Array.isArray(inner) && inner.length === 0 && LIST_KEYS.has(foldKey(key))) ||
        isEmptyJobList(inner, depth + 1)
      );
    });
}

function longest(values: readonly unknown[], depth: number): unknown[] | null {
  let best: unknown[] | null = null;
  for (const item of values) {
    if (typeof item !== 'object' || item === null) continue;
    const list = findJobList(item, depth + 1);
    if (list && (!best || list.length > best.length)) best = list;
  }
  return best;
}

/** Text of a description-like value: a string, or a list of lines (`description: [duty, duty]`). */
function partText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (!Array.isArray(value)) return null;
  const lines = value
    .slice(0, 100)
    .map((line) => (typeof line === 'string' ? line.trim().slice(0, 4_000) : textOf(line)))
    .filter((line): line is string => !!line);
  return lines.length === 0 ? null : lines.map((line) => `- ${line}`).join('\n');
}

/** Nested `{…: {Details: {JobSummary}}}`: the first description-like field a few levels down. */
function deepDescription(record: JsonRecord, depth: number): string | null {
  const keys = foldedKeys(record);
  const direct = partText(pick(keys, JOB_FIELDS.description));
  if (direct) return direct;
  if (depth >= 3) return null;
  for (const value of keys.values()) {
    const inner = asRecord(value);
    const found = inner ? deepDescription(inner, depth + 1) : null;
    if (found) return found;
  }
  return null;
}

const MAX_DESCRIPTION_CHARS = 200_000;
const squash = (text: string) =>
  text
    .replace(/<[^>]*>|\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * A record's description: each distinct description-like field (a summary and an overview; a
 * snippet that begins the full text once), then its lists of duties, requirements and benefits
 * under their headings, as HTML when any part is markup.
 */
function descriptionOf(job: JsonRecord): RawPosting['description'] {
  const keys = foldedKeys(job);
  const parts: string[] = [];
  const seen: string[] = [];
  const add = (text: string | null) => {
    if (!text) return;
    const key = squash(text).slice(0, 120);
    if (key === '' || seen.some((s) => s.includes(key) || key.includes(s))) return;
    seen.push(key);
    parts.push(unescapeMarkup(text));
  };
  for (const name of JOB_FIELDS.description) add(partText(keys.get(name)));
  if (parts.length === 0) add(deepDescription(job, 0));
  const sections: [string, string][] = [];
  for (const [heading, names] of SECTIONS) {
    const text = partText(pick(keys, names));
    if (text) sections.push([heading, text]);
  }
  const markup = parts.some(hasMarkup);
  if (!markup) {
    const text = [...parts, ...sections.map(([heading, body]) => `${heading}:\n${body}`)].join('\n\n');
    return { text: text.slice(0, MAX_DESCRIPTION_CHARS) };
  }
  const esc = (s: string) => s.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  const html = [
    ...parts.map((part) => (hasMarkup(part) ? part : `<p>${esc(part)}</p>`)),
    ...sections.map(
      ([heading, body]) =>
        `<h3>${heading}</h3><ul>${body
          .split('\n')
          .map((line) => `<li>${esc(line.replace(/^- /, ''))}</li>`)
          .join('')}</ul>`,
    ),
  ].join('\n');
  return { html: html.slice(0, MAX_DESCRIPTION_CHARS) };
}

function remoteOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string')
    return /^(yes|true|remote|full(y)?)$/i.test(value) ? true : /^(no|false)$/i.test(value) ? false : null;
  return null;
}

/** Words that name a kind of organisation: the first part of a place that is one names the employer. */
export const ORGANISATION =
  /\b(?:university|universit[éeä]t?|college|institute|institut|laborator(?:y|ies)|lab|cent(?:er|re)|school|hospital|clinic|foundation|council|agency|department|ministry|museum|library|observatory|society|association|inc|llc|ltd|gmbh|corp(?:oration)?|company)\b/i;

/**
 * The employer a record names at the start of its place, as research job boards write it
 * ("Lawrence Berkeley National Lab, Berkeley, CA"): the first part, when it is an organisation's
 * name and not itself a place.
 */
export function employerInPlace(place: string | null): string | null {
  const parts = (place ?? '').split(',').map((part) => part.trim());
  const first = parts[0] ?? '';
  if (parts.length < 2 || first.length < 3 || first.length > 120) return null;
  return ORGANISATION.test(first) && !looksLikeLocation(first) ? first : null;
}

/** A record's title as a person reads the job's name (notes after bars aside). */
function nameOf(title: string | null): string | null {
  return title === null ? null : nameBeforeBars(title);
}

function postingFrom(job: JsonRecord, outer: JsonRecord, ctx: ParseContext): RawPosting | null {
  const keys = foldedKeys(job);
  const outerKeys = outer === job ? keys : foldedKeys(outer);
  if (isUnpublished(keys) || (outer !== job && isUnpublished(outerKeys))) return null;
  const fields = jobFieldsOf(job);
  // `{job: {title, …}, company: {name: 'Flyp'}}`: the wrapper names the employer of the job it holds.
  const wrapped =
    fields.company === null && outer !== job ? fieldText(pick(outerKeys, JOB_FIELDS.company)) : null;
  const placed = fields.company === null && !wrapped ? employerInPlace(fields.location) : null;
  return buildRawPosting(
    {
      title: nameOf(textOf(pick(keys, JOB_FIELDS.title))) ?? untitledTitle(keys),
      company: fields.company ?? wrapped ?? placed,
      ...(placed ? { provenance: { company: 'inferred' as const } } : {}),
      location: buildLocation(fields.location, fields.country, remoteOf(pick(keys, JOB_FIELDS.remote))),
      employmentType: normalizeEmploymentType(fields.type),
      postedAt: toIsoDate(pick(keys, JOB_FIELDS.date)),
      description: descriptionOf(job),
      pay: recordPay(keys, {
        country: fields.country,
        location: fields.location,
        url: fields.url,
        title: fields.title,
        company: fields.company,
      }),
      url: fields.url,
      externalId: asString(pick(outerKeys, JOB_FIELDS.id)) ?? fields.id,
    },
    ctx,
  );
}

/**
 * What makes two records of one list the same job: the same title and link, or without a link
 * the same title and id, or without either the same title, employer, place and opening words
 * (two jobs may share a board's link; two openings may share a title and a place).
 */
export function jobListKey(posting: RawPosting): string {
  const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const title = fold(posting.title);
  if (posting.source.url) return `${title}|${posting.source.url}`;
  // Records with their own ids are their own openings, whatever they share.
  if (posting.source.externalId) return `${title}|#${posting.source.externalId}`;
  const d = posting.description;
  const body = 'text' in d ? d.text : 'html' in d ? d.html : d.blocks.map((b) => b.text).join(' ');
  return `${title}|${fold(posting.company)}|${fold(posting.location.text)}|${fold(body).slice(0, 200)}`;
}

/** Fields that tie a record to an opening: who offers it, where, a link to it, when, its id. */
const ANCHORS: readonly JobField[] = ['company', 'location', 'country', 'url', 'document', 'id', 'date'];
/** Fewest records of a list read as a catalogue: one or two bare records may be a site's short list. */
const CATALOGUE_RECORDS = 3;
/** A description this long is an opening's own text (a scraped job's body), not a survey's note. */
const OWN_DESCRIPTION_CHARS = 200;

/**
 * Whether a record is tied to an opening: an employer, a place, a link, a date or an id of its
 * own, the lists an offer keeps (duties, requirements) or a body of its own. A survey's list of kinds of work
 * ("AI / ML Engineer" with a salary spread and the skills asked) has none of them.
 */
function anchored(item: unknown): boolean {
  const found = jobIn(item);
  if (!found) return false;
  const keys = foldedKeys(found.job);
  if (SECTIONS.some(([, names]) => partText(pick(keys, names)) !== null)) return true;
  const fields = jobFieldsOf(found.job);
  if ((fields.description ?? '').length >= OWN_DESCRIPTION_CHARS) return true;
  return ANCHORS.some((field) => fields[field] !== null && !PLACEHOLDER.test(fields[field] ?? ''));
}

/**
 * Whether a record says nothing but a title and a text: no employer, place, link, date, id, pay
 * or the lists a job keeps. A list of those is a job list only when its titles name roles; a
 * scraper's news items ("QCon北京2019| 算法和人工智能的应用实践专场") are articles.
 */
function bodyOnly(item: unknown): boolean {
  const found = jobIn(item);
  if (!found) return false;
  const keys = foldedKeys(found.job);
  if (SECTIONS.some(([, names]) => partText(pick(keys, names)) !== null)) return false;
  const fields = jobFieldsOf(found.job);
  const anchors: readonly JobField[] = [...ANCHORS, 'min', 'max', 'salary'];
  return anchors.every((field) => fields[field] === null || PLACEHOLDER.test(fields[field] ?? ''));
}

const titleNamesRole = (item: unknown): boolean => {
  const found = jobIn(item);
  const title = found ? jobFieldsOf(found.job).title : null;
  return !!title && (namesRole(title) || ROLE_WORD.test(title) || namesRoleInOtherLanguage(title));
};

/** Postings from a plain JSON list of jobs (or an envelope around one); `seen` dedupes across calls. */
export function parseJsonJobs(json: unknown, ctx: ParseContext, seen = new Set<string>()): RawPosting[] {
  const list = findJobList(json) ?? [];
  assertPostingCount(list.length);
  // Records of no employer, place, link, date or id, each: a catalogue of kinds of work, not openings.
  if (list.length >= CATALOGUE_RECORDS && !list.some(anchored))
    throw new NotAPostingError(
      `not-a-posting: a list of ${list.length} kinds of work with no employer, place, link, date or id of their own (a catalogue or a survey, not openings)`,
    );
  const sample = list.slice(0, 20);
  if (
    list.length >= CATALOGUE_RECORDS &&
    sample.every(bodyOnly) &&
    sample.filter(titleNamesRole).length * 2 < sample.length
  )
    throw new NotAPostingError(
      `not-a-posting: a list of ${list.length} entries of a title and a text with no employer, place, link, date or pay, whose titles name no role (articles, not openings)`,
    );
  const out: RawPosting[] = [];
  for (const item of list) {
    const found = jobIn(item);
    const posting = found ? postingFrom(found.job, found.outer, ctx) : null;
    if (!posting) continue;
    const key = jobListKey(posting);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(posting);
  }
  return out;
}
