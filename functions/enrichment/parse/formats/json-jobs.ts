/**
 * Plain JSON jobs as public job APIs return them: an array of job objects (`position`/`title`,
 * `company`, `location`, `salary_min`/`salary_max`, `description`, `url`), or such an array
 * inside an envelope (USAJOBS: `SearchResult.SearchResultItems[].MatchedObjectDescriptor`).
 * Keys are matched without case or punctuation (`PositionTitle`, `position_title`). An element
 * with no title (a notice, terms of use) is not a job and is skipped.
 */
import { asList, asNumber, asRecord, asString, normalizeEmploymentType, toIsoDate } from '../../fields.ts';
import { currencyCode, makePay, parsePayText, periodFromUnit } from '../../pay/index.ts';
import type { PostedPay, RawPosting } from '../../types.ts';
import { assertPostingCount, MAX_JSON_DEPTH } from './limits.ts';
import { buildLocation } from './location.ts';
import { hasMarkup, unescapeMarkup } from './markup.ts';
import { buildRawPosting, type ParseContext } from './posting.ts';

type JsonRecord = Record<string, unknown>;

const KEYS = {
  title: ['title', 'position', 'positiontitle', 'jobtitle', 'name', 'role', 'text'],
  company: [
    'company',
    'companyname',
    'organization',
    'organisation',
    'organizationname',
    'employer',
    'employername',
    'hiringorganization',
    'advertiser',
  ],
  location: [
    'location',
    'joblocation',
    'candidaterequiredlocation',
    'positionlocationdisplay',
    'positionlocation',
    'locations',
    'actualcity',
    'city',
    'address',
  ],
  country: ['country', 'countrycode'],
  description: [
    'description',
    'descriptionhtml',
    'content',
    'jobdescription',
    'body',
    'summary',
    'jobsummary',
    'details',
  ],
  url: [
    'url',
    'joburl',
    'positionuri',
    'applyurl',
    'applicationurl',
    'hostedurl',
    'absoluteurl',
    'redirecturl',
    'link',
  ],
  id: ['id', 'jobid', 'matchedobjectid', 'positionid', 'slug', 'reference'],
  date: [
    'dateposted',
    'date',
    'publicationdate',
    'publicationstartdate',
    'publishedat',
    'createdat',
    'created',
    'postedat',
    'posteddate',
  ],
  type: ['employmenttype', 'jobtype', 'positionschedule', 'contracttype'],
  remote: ['remote', 'isremote'],
  min: ['salarymin', 'minsalary', 'salaryfrom', 'annualsalaryfrom', 'minimumrange', 'payfrom', 'salarylow'],
  max: ['salarymax', 'maxsalary', 'salaryto', 'annualsalaryto', 'maximumrange', 'payto', 'salaryhigh'],
  currency: ['salarycurrency', 'currency', 'currencycode'],
  salary: ['salary', 'positionremuneration', 'compensation', 'pay'],
} as const;

/** Keys that, beside a title, make an object a job rather than any named thing. */
const JOB_EVIDENCE = ['company', 'location', 'description', 'url', 'min', 'salary', 'date'] as const;

const STRONG_EVIDENCE = ['company', 'description', 'url', 'min', 'salary'] as const;

const fold = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The record's own keys, folded, to their values (the first of each folded key). */
function foldedKeys(record: JsonRecord): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const key of Object.keys(record).slice(0, 200)) {
    const folded = fold(key);
    if (!out.has(folded)) out.set(folded, record[key]);
  }
  return out;
}

function pick(keys: Map<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = keys.get(name);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** A value as one line of text: a string, a number, `{name}`, or the first of a list of those. */
function textOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth > 2) return null;
  if (Array.isArray(value)) return textOf(value[0], depth + 1);
  const record = asRecord(value);
  if (!record) return null;
  const keys = foldedKeys(record);
  return textOf(pick(keys, ['name', 'locationname', 'cityname', 'title', 'text', 'value']), depth + 1);
}

/** A record whose fields name a job: a title and at least one other field a job has. */
function isJob(record: JsonRecord): boolean {
  const keys = foldedKeys(record);
  const title = pick(keys, KEYS.title);
  if (typeof title !== 'string' || title.trim() === '') return false;
  // `name` or `text` names anything (a city, a tag): beside them, a place or a date is not enough.
  const named = pick(keys, ['title', 'position', 'positiontitle', 'jobtitle']) !== undefined;
  const evidence = named ? JOB_EVIDENCE : STRONG_EVIDENCE;
  return evidence.some((field) => pick(keys, KEYS[field]) !== undefined);
}

/** The job a list element holds: the element, or the one nested object of it that is a job (USAJOBS' descriptor). */
function jobIn(item: unknown): { job: JsonRecord; outer: JsonRecord } | null {
  const record = asRecord(item);
  if (!record) return null;
  if (isJob(record)) return { job: record, outer: record };
  for (const value of Object.values(record)) {
    const inner = asRecord(value);
    if (inner && isJob(inner)) return { job: inner, outer: record };
  }
  return null;
}

/** The list of jobs in a JSON value: itself, or the longest list of jobs under it (a few levels down). */
export function findJobList(value: unknown, depth = 0): unknown[] | null {
  if (depth > Math.min(4, MAX_JSON_DEPTH)) return null;
  if (Array.isArray(value)) {
    return value.slice(0, 5).some((item) => jobIn(item) !== null) ? value : null;
  }
  const record = asRecord(value);
  if (!record) return null;
  if (depth === 0 && isJob(record)) return [record];
  let best: unknown[] | null = null;
  for (const key of Object.keys(record).slice(0, 100)) {
    const list = findJobList(record[key], depth + 1);
    if (list && (!best || list.length > best.length)) best = list;
  }
  return best;
}

/** Nested `{…: {Details: {JobSummary}}}`: the first description-like field a few levels down. */
function deepDescription(record: JsonRecord, depth: number): string | null {
  const keys = foldedKeys(record);
  const direct = pick(keys, KEYS.description);
  if (typeof direct === 'string' && direct.trim() !== '') return direct;
  if (depth >= 3) return null;
  for (const value of keys.values()) {
    const inner = asRecord(value);
    const found = inner ? deepDescription(inner, depth + 1) : null;
    if (found) return found;
  }
  return null;
}

function payOf(keys: Map<string, unknown>): PostedPay | null {
  const currency = currencyCode(textOf(pick(keys, KEYS.currency)));
  const min = asNumber(pick(keys, KEYS.min));
  const max = asNumber(pick(keys, KEYS.max));
  const annual = keys.has('annualsalaryfrom') || keys.has('annualsalaryto');
  if (min !== null || max !== null) {
    return makePay({ min, max, currency, period: annual ? 'year' : null, source: 'feed-field' });
  }
  const salary = pick(keys, KEYS.salary);
  const first = asRecord(asList(salary)[0]) ?? asRecord(salary);
  if (first) {
    const inner = foldedKeys(first);
    const interval = textOf(pick(inner, ['rateintervalcode', 'interval', 'period', 'unit']));
    return makePay({
      min: asNumber(pick(inner, [...KEYS.min, 'min'])),
      max: asNumber(pick(inner, [...KEYS.max, 'max'])),
      currency: currencyCode(textOf(pick(inner, KEYS.currency))) ?? currency,
      period: periodFromUnit(interval?.replace(/^per\s+/i, '').toLowerCase()),
      source: 'feed-field',
    });
  }
  const text = typeof salary === 'string' ? salary.slice(0, 300) : null;
  if (!text) return null;
  const parsed = parsePayText(text);
  return makePay({ ...parsed, period: null, source: 'feed-field', raw: text });
}

function remoteOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string')
    return /^(yes|true|remote|full(y)?)$/i.test(value) ? true : /^(no|false)$/i.test(value) ? false : null;
  return null;
}

function postingFrom(job: JsonRecord, outer: JsonRecord, ctx: ParseContext): RawPosting | null {
  const keys = foldedKeys(job);
  const outerKeys = outer === job ? keys : foldedKeys(outer);
  const description = deepDescription(job, 0) ?? '';
  const body = unescapeMarkup(description);
  return buildRawPosting(
    {
      title: textOf(pick(keys, KEYS.title)),
      company: textOf(pick(keys, KEYS.company)),
      location: buildLocation(
        textOf(pick(keys, KEYS.location)),
        textOf(pick(keys, KEYS.country)),
        remoteOf(pick(keys, KEYS.remote)),
      ),
      employmentType: normalizeEmploymentType(textOf(pick(keys, KEYS.type))),
      postedAt: toIsoDate(pick(keys, KEYS.date)),
      description: hasMarkup(body) ? { html: body } : { text: body },
      pay: payOf(keys),
      url: textOf(pick(keys, KEYS.url)),
      externalId: asString(pick(outerKeys, KEYS.id)) ?? textOf(pick(keys, KEYS.id)),
    },
    ctx,
  );
}

/** Postings from a plain JSON list of jobs (or an envelope around one). */
export function parseJsonJobs(json: unknown, ctx: ParseContext): RawPosting[] {
  const list = findJobList(json) ?? [];
  assertPostingCount(list.length);
  const out: RawPosting[] = [];
  for (const item of list) {
    const found = jobIn(item);
    const posting = found ? postingFrom(found.job, found.outer, ctx) : null;
    if (posting) out.push(posting);
  }
  return out;
}
