/**
 * Pay kept as a data record inside text: a JSON, Python or JavaScript object under a pay key, as
 * job APIs return it and scrapers keep it in code, READMEs and notebooks ("salary": {"from": 55000,
 * "to": 90000, "currency": "RUR", "gross": false} from hh.ru; {'from': 100000, 'to': None, ...} in a
 * Python file). The parse step reads such records when the whole document is data; this reads
 * them when they sit in prose or code the parse step takes as text.
 */
import type { Period } from '../types.ts';
import { readCurrencyMark, readPeriodWord } from './money.ts';
import { currencyCode } from './posted-pay.ts';
import type { SalaryCandidate } from './scan-salary-text.ts';

/** A pay key opening an object: `"salary": {`, `'salary_range': {`, `salary = {`, `зарплата: {`. */
const PAY_OBJECT_KEY = /["']?(?:salary(?:_range)?|compensation|зарплата)["']?\s*[:=]\s*\{/gi;
/** How far into an object its fields are read: hh.ru's has a handful, with one nested `mode`. */
const MAX_OBJECT_CHARS = 600;
const MAX_OBJECTS_PER_BLOCK = 20;
/** One field: a key, then a number, a quoted string, a literal (None, null, True) or a nested `{id: …}`. */
const FIELD =
  /["']?([A-Za-z_]+)["']?\s*[:=]\s*(?:(-?\d+(?:\.\d+)?)|["']([^"'\n]{0,40})["']|(None|null|true|false|True|False)|\{[^{}]*?["']?id["']?\s*:\s*["']([A-Za-z]+)["'][^{}]*\})/g;

const LOW_KEYS = new Set(['from', 'min', 'minimum', 'salary_from', 'min_salary', 'low']);
const HIGH_KEYS = new Set(['to', 'max', 'maximum', 'salary_to', 'max_salary', 'high']);
const PERIOD_KEYS = new Set(['mode', 'period', 'unit', 'interval', 'per']);

/** The object's text from its opening brace to the brace that closes it (one level of nesting), or null. */
function objectText(text: string, open: number): string | null {
  let depth = 0;
  const stop = Math.min(text.length, open + MAX_OBJECT_CHARS);
  for (let k = open; k < stop; k++) {
    const ch = text.charAt(k);
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(open, k + 1);
  }
  return null;
}

/** The pay one object states, or null when it states no amount (hh.ru's `"salary": null` has none to read). */
function readObject(body: string): SalaryCandidate | null {
  let min: number | null = null;
  let max: number | null = null;
  let mark: string | null = null;
  let period: Period | null = null;
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(body); m !== null; m = FIELD.exec(body)) {
    const key = (m[1] as string).toLowerCase();
    const amount = m[2] === undefined ? null : Number(m[2]);
    if (LOW_KEYS.has(key)) min = amount !== null && amount > 0 ? amount : min;
    else if (HIGH_KEYS.has(key)) max = amount !== null && amount > 0 ? amount : max;
    else if (key === 'currency' && m[3]) {
      const code = currencyCode(m[3]);
      mark = code ? readCurrencyMark(code) : null;
    } else if (PERIOD_KEYS.has(key)) period = readPeriodWord(m[5] ?? m[3]) ?? period;
  }
  if (min === null && max === null) return null;
  return {
    min,
    max,
    mark,
    period,
    kind: 'unknown',
    raw: body.replace(/\s+/g, ' ').slice(0, 200),
    cued: true,
    // A record's own pay fields: as sure as a labelled range with its period.
    score: 2 + 4 + 2 + 1,
    payWord: true,
  };
}

/**
 * Every pay object in a block of text, in order. Cheap for text without one: a block must hold a
 * pay key and an opening brace before any regex runs.
 */
export function readPayObjects(text: string): SalaryCandidate[] {
  if (!text.includes('{') || !/alary|ompensation|зарплата/i.test(text)) return [];
  const out: SalaryCandidate[] = [];
  PAY_OBJECT_KEY.lastIndex = 0;
  for (
    let m = PAY_OBJECT_KEY.exec(text);
    m !== null && out.length < MAX_OBJECTS_PER_BLOCK;
    m = PAY_OBJECT_KEY.exec(text)
  ) {
    const body = objectText(text, m.index + m[0].length - 1);
    if (!body) continue;
    const candidate = readObject(body);
    if (candidate) out.push(candidate);
    PAY_OBJECT_KEY.lastIndex = m.index + m[0].length - 1 + body.length;
  }
  return out;
}
