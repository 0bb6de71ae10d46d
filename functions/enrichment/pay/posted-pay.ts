/**
 * Structured pay as sources state it (schema.org MonetaryAmount, job-board salary fields) to
 * `PostedPay`. Amounts stay as posted; the salary module validates and annualises them.
 */

import { asList, asNumber, asRecord, asString, ownEntry, squash } from '../fields.ts';
import type { Period, PostedPay, SalaryKind, SalarySource } from '../types.ts';
import { BASE_CUE, NEGATED, OTE_CUE, PERIOD_BEFORE } from './pay-cues.ts';

const PERIOD_WORDS: readonly [RegExp, Period][] = [
  [/^(hour|hours|hourly|hr|per hour|h|1 hour)$/, 'hour'],
  [/^(day|days|daily|per day|d|1 day)$/, 'day'],
  [/^(week|weeks|weekly|wk|per week|1 week)$/, 'week'],
  [/^(month|months|monthly|mo|per month|1 month)$/, 'month'],
  [/^(year|years|yearly|annual|annually|yr|per year|per annum|p a|pa|1 year|annum)$/, 'year'],
];

/** `hour`…`year` from a schema.org unitText (HOUR, YEAR), an interval ("1 YEAR") or a word ("annual"). */
export function periodFromUnit(unit: unknown): Period | null {
  const text = asString(unit);
  if (!text) return null;
  const key = text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, period] of PERIOD_WORDS) {
    if (pattern.test(key)) return period;
  }
  return null;
}

/**
 * A lone "$" is any of a dozen dollars: it is kept as the ambiguous mark (DOLLAR), which the
 * posting's country settles ("$160k" in Perth is AUD), not read as USD here.
 */
const SYMBOLS: Readonly<Record<string, string>> = {
  $: 'DOLLAR',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
};

/**
 * Codes sources write that are not today's ISO 4217 code of their currency: hh.ru's "RUR" (the
 * rouble before 1998), "RMB" (renminbi) for the yuan, "NIS" for the shekel.
 */
const CODE_ALIASES: Readonly<Record<string, string>> = { RUR: 'RUB', RMB: 'CNY', NIS: 'ILS', BYR: 'BYN' };

/** Three letters that are words a currency field holds when it states none. */
const NOT_A_CODE = /^(?:NAN|NIL|N\/A|TBD|TBA|ANY|ALL|NON|YES|NOT)$/;

/** An ISO 4217 code from a code ("usd", "RUR") or a lone symbol ("£"); null otherwise. */
export function currencyCode(value: unknown): string | null {
  const text = asString(value)?.trim();
  if (!text) return null;
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = text.toUpperCase();
    return NOT_A_CODE.test(code) ? null : (ownEntry(CODE_ALIASES, code) ?? code);
  }
  return ownEntry(SYMBOLS, text) ?? null;
}

function formatAmount(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Readable text for a structured amount: "105,000 – 125,000 USD per year". */
export function describePay(
  min: number | null,
  max: number | null,
  currency: string | null,
  period: Period | null,
): string {
  const amounts =
    min !== null && max !== null && min !== max
      ? `${formatAmount(min)} – ${formatAmount(max)}`
      : formatAmount((min ?? max) as number);
  const prefix = min === null ? 'up to ' : max === null ? 'from ' : '';
  const mark = currency === 'DOLLAR' ? '$' : (currency ?? '');
  return squash(`${prefix}${amounts} ${mark} ${period ? `per ${period}` : ''}`);
}

export interface PayParts {
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: string | null;
  readonly period: Period | null;
  readonly source: SalarySource;
  readonly raw?: string | null;
  readonly kind?: SalaryKind;
}

/** A `PostedPay`, or null when neither amount is stated. `raw` defaults to a readable description. */
export function makePay(parts: PayParts): PostedPay | null {
  const { min, max, currency, period, source } = parts;
  if (min === null && max === null) return null;
  const raw = parts.raw ? squash(parts.raw) : describePay(min, max, currency, period);
  return {
    min,
    max,
    currency,
    period,
    source,
    raw: raw.slice(0, 300),
    ...(parts.kind ? { kind: parts.kind } : {}),
  };
}

/**
 * schema.org `baseSalary` (a MonetaryAmount whose `value` is a QuantitativeValue with
 * minValue/maxValue/value/unitText, or a bare number) to `PostedPay`. A MonetaryAmount list
 * gives its first usable entry.
 * @example payFromMonetaryAmount({currency:'USD', value:{minValue:105000, maxValue:125000, unitText:'YEAR'}}, 'jsonld')
 *   // → { min: 105000, max: 125000, currency: 'USD', period: 'year', source: 'jsonld', raw: '105,000 – 125,000 USD per year' }
 */
export function payFromMonetaryAmount(value: unknown, source: SalarySource): PostedPay | null {
  for (const item of asList(value).slice(0, 5)) {
    const amount = asRecord(item);
    if (!amount) {
      const n = asNumber(item);
      if (n !== null) return makePay({ min: n, max: n, currency: null, period: null, source });
      continue;
    }
    const currency = currencyCode(amount.currency ?? amount.salaryCurrency);
    const quantity = asRecord(Array.isArray(amount.value) ? amount.value[0] : amount.value);
    const unit = quantity?.unitText ?? amount.unitText;
    const period = periodFromUnit(unit);
    let min: number | null;
    let max: number | null;
    if (quantity) {
      const single = asNumber(quantity.value);
      min = asNumber(quantity.minValue) ?? single;
      max = asNumber(quantity.maxValue) ?? single;
    } else {
      const single = asNumber(amount.value);
      min = asNumber(amount.minValue) ?? single;
      max = asNumber(amount.maxValue) ?? single;
    }
    const pay = makePay({ min, max, currency, period, source });
    if (pay) return pay;
  }
  return null;
}

const AMOUNT = /(?:([$£€¥₹])\s*)?(\d{1,3}(?:[,.\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*([kK])?/g;

/**
 * Amounts and currency from a short pay text such as a job board's pay widget:
 * "$165,000 — $195,000 USD" → { min: 165000, max: 195000, currency: 'USD' }.
 */
export function parsePayText(text: string): {
  min: number | null;
  max: number | null;
  currency: string | null;
} {
  const amounts: number[] = [];
  let symbol: string | null = null;
  for (const match of text.matchAll(AMOUNT)) {
    const whole = Number((match[2] ?? '').replace(/[,.\s]/g, ''));
    if (!Number.isFinite(whole)) continue;
    const cents = match[3] ? Number(`0.${match[3]}`) : 0;
    amounts.push((whole + cents) * (match[4] ? 1000 : 1));
    symbol ??= match[1] ?? null;
    if (amounts.length === 2) break;
  }
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1] ?? null;
  const currency = code ?? (symbol ? (ownEntry(SYMBOLS, symbol) ?? null) : null);
  const [first = null, second = null] = amounts;
  return { min: first, max: second ?? first, currency };
}

/**
 * A pay period for a job-board range that states none, from its size: boards show annual
 * salaries or hourly wages, and the two never overlap in range.
 */
export function inferPeriod(min: number | null, max: number | null): Period | null {
  const n = max ?? min;
  if (n === null) return null;
  if (n >= 15_000) return 'year';
  if (n > 0 && n <= 300) return 'hour';
  return null;
}

/** What a pay label names besides the salary: variable pay, which alone is not the salary. */
const VARIABLE_PAY =
  /\b(?:bonus(?:es)?|commissions?|incentives?|variable(?:\s+(?:pay|comp\w*))?|sign[- ]?on|equity|stock|RSUs?)\b/i;

export interface PayLabel {
  /** The period the label names ("Monthly salary", "Salarisindicatie (bruto per maand)", "Hourly"). */
  readonly period: Period | null;
  /** `ote` for on-target or base-plus-variable pay, `base` for a base salary, null when it does not say. */
  readonly kind: SalaryKind | null;
  /** The label names variable pay alone ("Annual bonus", "Commission"): its range is not the salary. */
  readonly notSalary: boolean;
}

function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/**
 * Reads the title a job board gives a pay range (Greenhouse's pay-transparency widget): its period
 * and whether it is base pay, OTE, or variable pay alone.
 * @example readPayLabel('On-Target Earnings (OTE)') // → { period: null, kind: 'ote', notSalary: false }
 * @example readPayLabel('Salarisindicatie (bruto per maand)') // → { period: 'month', kind: null, notSalary: false }
 */
export function readPayLabel(label: string): PayLabel {
  const text = squash(label).slice(0, 200);
  const periodMatch = firstMatch(PERIOD_BEFORE, text);
  let period: Period | null = null;
  for (const p of ['hour', 'day', 'week', 'month', 'year'] as const)
    if (periodMatch?.groups?.[p] !== undefined) period = p;
  const base = firstMatch(BASE_CUE, text) !== null;
  if (firstMatch(OTE_CUE, text)) return { period, kind: 'ote', notSalary: false };
  const variable = VARIABLE_PAY.exec(text);
  if (variable && !NEGATED.test(text.slice(0, variable.index))) {
    // "Base + bonus" is the total on target; "Annual bonus" alone is not the salary.
    return base ? { period, kind: 'ote', notSalary: false } : { period, kind: null, notSalary: true };
  }
  return { period, kind: base ? 'base' : null, notSalary: false };
}
