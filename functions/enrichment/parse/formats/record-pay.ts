/**
 * The pay a job record states in its fields, whatever the source calls them and however it nests
 * them: two bounds beside each other (`salary_min`/`salary_max`, JobSpy's `min_amount`/
 * `max_amount`), an object or a list of objects (USAJOBS' `PositionRemuneration: [{MinimumRange,
 * MaximumRange, RateIntervalCode}]`, hh.ru's `salary: {from, to, currency}`), or one line of text
 * ("16k-25k", "AUD 71,151 - 78,951 / Year"). A value is used only when it looks like what its key
 * means: an amount, a period word, a currency code. A record that names no currency pays in its
 * country's: its country field, the country of its place (also a nested one, USAJOBS'
 * `PositionLocation[].CountryCode`), the script its place is written in (上海), or its link's
 * country domain (`usajobs.gov`, `glassdoor.co.in`).
 */
import { asList, asNumber, asRecord } from '../../fields.ts';
import {
  currencyCode,
  hanScriptCountry,
  localCurrency,
  makePay,
  parsePayText,
  periodFromUnit,
} from '../../pay/index.ts';
import type { Period, PostedPay } from '../../types.ts';
import { foldedKeys, JOB_FIELDS, pick } from './job-fields.ts';
import { countryCode, inferCountry } from './location.ts';

/** Inside a pay object, its bounds and amount go by shorter names than beside a title. */
const INNER_MIN = [...JOB_FIELDS.min, 'min', 'minimum', 'from', 'low', 'lower', 'minvalue', 'start'];
const INNER_MAX = [...JOB_FIELDS.max, 'max', 'maximum', 'to', 'high', 'upper', 'maxvalue', 'end'];
const INNER_AMOUNT = ['amount', 'value', 'fixed', 'fixedsalary'];
/** A pay object's period goes by these; hh.ru's `mode: {id: 'MONTH'}` is one (its `frequency` is how often it is paid, not what a figure is of). */
const INNER_PERIOD = [...JOB_FIELDS.period, 'unit', 'unittext', 'per', 'mode'];

/** A value that is a period: a word ("yearly", "Per Year", "PA") or a coded object (`{id: 'MONTH'}`). */
function periodOf(value: unknown): Period | null {
  const record = asRecord(value);
  if (record) {
    for (const key of ['id', 'code', 'value', 'name']) {
      const period = periodOf(record[key]);
      if (period) return period;
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  return periodFromUnit(value.replace(/^\s*per\s+/i, '').toLowerCase());
}

/** The first value under `names` that reads as a period. */
function periodIn(keys: Map<string, unknown>, names: readonly string[]): Period | null {
  for (const name of names) {
    const period = periodOf(keys.get(name));
    if (period) return period;
  }
  return null;
}

/** An amount: a number or a numeric string ("139009.0", "1,200,000"); anything else is none. */
const amountOf = (value: unknown): number | null => {
  const n = asNumber(value);
  return n !== null && n > 0 ? n : null;
};

/** Country domains that name a country; `.io`, `.co`, `.ai`, `.me` and the like are sold to anyone. */
const VANITY_DOMAINS: ReadonlySet<string> = new Set([
  'io',
  'co',
  'ai',
  'me',
  'tv',
  'ly',
  'fm',
  'gg',
  'to',
  'sh',
  'so',
  'cc',
  'ws',
  'am',
  'app',
]);

/** The country a link's domain names: `.gov`/`.mil` the United States, a country domain its country. */
export function linkCountry(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const tld = host.split('.').pop() ?? '';
  if (tld === 'gov' || tld === 'mil') return 'US';
  if (!/^[a-z]{2}$/.test(tld) || VANITY_DOMAINS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

/** The country code a nested place states (`PositionLocation: [{CountryCode: 'United States'}]`). */
function nestedCountry(value: unknown): string | null {
  for (const item of asList(value).slice(0, 5)) {
    const record = asRecord(item);
    if (!record) continue;
    const keys = foldedKeys(record);
    const stated = pick(keys, JOB_FIELDS.country);
    const code = typeof stated === 'string' ? countryCode(stated) : null;
    if (code) return code;
  }
  return null;
}

/** Where a record is, for its currency: see the module comment. */
export interface RecordPlace {
  readonly country: string | null;
  readonly location: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly company: string | null;
}

/** The country a record's fields place it in, or null. */
export function recordCountry(keys: Map<string, unknown>, place: RecordPlace): string | null {
  return (
    countryCode(place.country) ??
    nestedCountry(pick(keys, JOB_FIELDS.location)) ??
    inferCountry(place.location) ??
    (place.location
      ? hanScriptCountry(`${place.location} ${place.title ?? ''} ${place.company ?? ''}`)
      : null) ??
    linkCountry(place.url)
  );
}

/** A bare number under the pay's key below this is a seed's placeholder or a score ("salary: 100"), not pay. */
const MIN_BARE_SALARY = 1_000;

/** The pay a record's fields state, or null (see the module comment). */
export function recordPay(keys: Map<string, unknown>, place: RecordPlace): PostedPay | null {
  const salary = pick(keys, JOB_FIELDS.salary);
  // rabota.ua's `salary: 2000` beside `salaryFrom: 0`: a bare number under the pay's own key is its amount.
  const salaryText =
    typeof salary === 'string' && /\d/.test(salary)
      ? salary.slice(0, 300)
      : typeof salary === 'number' && salary >= MIN_BARE_SALARY
        ? String(salary)
        : null;
  const stated = currencyCode(pick(keys, JOB_FIELDS.currency));
  const textCurrency = salaryText ? parsePayText(salaryText).currency : null;
  const placed = () => localCurrency(recordCountry(keys, place));
  const min = amountOf(pick(keys, JOB_FIELDS.min));
  const max = amountOf(pick(keys, JOB_FIELDS.max));
  const annual = keys.has('annualsalaryfrom') || keys.has('annualsalaryto');
  if (min !== null || max !== null) {
    return makePay({
      min,
      max,
      currency: stated ?? textCurrency ?? placed(),
      period: annual ? 'year' : periodIn(keys, JOB_FIELDS.period),
      source: 'feed-field',
    });
  }
  const inner = asRecord(asList(salary)[0]) ?? asRecord(salary);
  if (inner) {
    const innerKeys = foldedKeys(inner);
    const amount = amountOf(pick(innerKeys, INNER_AMOUNT));
    const low = amountOf(pick(innerKeys, INNER_MIN)) ?? amount;
    const high = amountOf(pick(innerKeys, INNER_MAX)) ?? amount;
    if (low === null && high === null) return null;
    // The period may sit in a sibling pay object (hh.ru: `salary` beside `salary_range.mode`).
    const siblings = JOB_FIELDS.salary.map((name) => asRecord(keys.get(name))).filter((r) => r !== null);
    const period =
      periodIn(innerKeys, INNER_PERIOD) ??
      siblings.map((r) => periodIn(foldedKeys(r), INNER_PERIOD)).find((p) => p !== null) ??
      periodIn(keys, JOB_FIELDS.period);
    return makePay({
      min: low,
      max: high,
      currency: currencyCode(pick(innerKeys, JOB_FIELDS.currency)) ?? stated ?? placed(),
      period,
      source: 'feed-field',
    });
  }
  if (!salaryText) return null;
  const parsed = parsePayText(salaryText);
  return makePay({
    ...parsed,
    currency: parsed.currency ?? stated ?? placed(),
    period: periodIn(keys, JOB_FIELDS.period),
    source: 'feed-field',
    raw: salaryText,
  });
}
