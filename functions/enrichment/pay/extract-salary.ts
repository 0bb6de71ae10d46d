/**
 * A posting's salary: read from structured pay first, from the text otherwise, then annualised
 * and set in US dollars with the taxonomy's dated rate table. Figures that cannot be told (no
 * currency, no period, an absurd amount) give no salary rather than a wrong one.
 */
import type { CurrencyRates } from '../../../taxonomy/schema.ts';
import {
  type Block,
  type Period,
  type PostedPay,
  type Salary,
  type SalaryKind,
  SalaryKindSchema,
  type SalarySource,
  SalarySourceSchema,
} from '../types.ts';
import {
  type CurrencyMark,
  countryFromHint,
  DOT_GROUPED_DOLLARS,
  FULL_WRITTEN_PESOS,
  isAmbiguousMark,
  localCurrency,
  readCurrencyMark,
  readPeriodWord,
  resolveCurrency,
} from './money.ts';
import {
  payCountryOf,
  placeCountryOf,
  type SalaryCandidate,
  scanSalaryText,
  scriptCountryOf,
} from './scan-salary-text.ts';

export interface SalaryInput {
  readonly blocks: readonly Block[];
  readonly pay: PostedPay | null;
  /** ISO 3166 alpha-2, or a country name from the location: settles "$", "¥", "kr" and bare numbers. */
  readonly countryHint?: string | null;
  readonly title?: string;
  /**
   * The country a pay word anywhere in the posting names ("superannuation": AU), when the caller
   * found it already (enrichment does, in its one pass over the text); read from the blocks if absent.
   */
  readonly payCountry?: string | null;
  /** The employer's name: its legal form may name a country ("Acme Pty Limited": AU). */
  readonly company?: string | null;
}

/** Working hours, days, weeks and months in a year, as the taxonomy spec states them. */
export const ANNUAL_FACTOR: Readonly<Record<Period, number>> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};
/** A salary whose annual USD figure falls outside this window is a misreading, not pay. */
export const MIN_ANNUAL_USD = 5_000;
export const MAX_ANNUAL_USD = 5_000_000;
/** The same check for currencies the rate table lacks, in local units (loose: no rate to compare). */
const MIN_ANNUAL_LOCAL = 1_000;
const MAX_ANNUAL_LOCAL = 1e11;
const MAX_CANDIDATES_TRIED = 8;
/** Reversed ends ("$205K - $170K") are swapped only when they are this close: otherwise not one range. */
const MAX_SWAP_RATIO = 2;
/** Day rates are a UK and European contract habit; elsewhere a 200–2,500 figure could be a week. */
const DAY_RATE_CURRENCIES = new Set(['GBP', 'EUR', 'CHF']);
const CONTRACT =
  /\b(?:contract(?:or|ing)?|interim|freelance(?:r)?|day rate|daily rate|IR35|umbrella|temp(?:orary)?|fixed[- ]term|consult(?:ant|ancy|ing)|locum|per diem)\b/i;
const MAX_CONTEXT_BLOCKS = 200;

interface Reading {
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: string;
  readonly period: Period;
  readonly kind: SalaryKind;
  readonly source: SalarySource;
  /** The text as posted; empty for structured pay without one (a rendering is made). */
  readonly raw: string;
}

interface Context {
  readonly country: string | null;
  /** The country a pay word in the posting names ("superannuation": AU); computed on first use. */
  readonly payCountry: () => string | null;
  readonly rates: CurrencyRates;
  /** The posting reads as contract work (interim, IR35, day rate); computed on first use. */
  readonly contract: () => boolean;
}

function toAmount(v: unknown): number | null {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/[,\s]/g, '')) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The period a figure must be when the posting does not say: ≥ 20,000 (local, and about 12,000
 * USD) is a year; with a pay cue, under 200 USD is an hour, and 200–2,500 GBP/EUR/CHF in a
 * contract posting is a day. Anything else cannot be told: null.
 */
/**
 * Currencies whose postings give a month's pay when they state no period ("R$ 4.000,00", "16 000
 * PLN", Lagou's "16k-25k" yuan, "月給 300,000円", karriere.at's "5000.0" euros): a year's pay
 * in them is a figure the first rule already reads as a year.
 */
const MONTHLY_BY_CUSTOM = new Set([
  'BRL',
  'MXN',
  'PLN',
  'CNY',
  'JPY',
  'KRW',
  'EUR',
  'CZK',
  'HUF',
  // Taiwan's boards ("TWD50000 - TWD75000"), Indonesia's ("Rp 8 juta") and Vietnam's ("15 triệu") too.
  'TWD',
  'IDR',
  'VND',
  'THB',
  // Latin America's pesos and sol ("Renta bruta $2.939.170", "S/ 5,700.00") and the rouble, hryvnia
  // and tenge (hh.ru's "от 100 000 руб.") are stated by the month.
  'CLP',
  'COP',
  'ARS',
  'UYU',
  'PEN',
  'RUB',
  'UAH',
  'KZT',
]);
/**
 * Currencies where a month's pay is commonly under 150 USD (Indonesia's "Rp 2.5 juta", Vietnam's "6
 * triệu") and a year's under 5,000: the floors below which an amount is not read as pay are lower.
 */
const LOW_WAGE_CURRENCIES = new Set([
  'IDR',
  'VND',
  'INR',
  'PKR',
  'LKR',
  'NPR',
  'PHP',
  'THB',
  'KES',
  // A minimum wage of 150–350 USD a month ("170 руб/час" is about 2 USD an hour).
  'COP',
  'ARS',
  'PEN',
  'RUB',
  'UAH',
  'KZT',
]);
const MIN_MONTHLY_USD = 150;
const MIN_MONTHLY_USD_LOW_WAGE = 60;
const MIN_ANNUAL_USD_LOW_WAGE = 700;

export function inferPeriod(
  min: number | null,
  max: number | null,
  currency: string,
  rates: CurrencyRates,
  opts: { cued: boolean; contract: () => boolean },
): Period | null {
  const rep = max ?? min;
  const rate = rates.usdPerUnit[currency];
  if (rep === null || rate === undefined) return null;
  const usd = rep * rate;
  if (rep >= 20_000 && usd >= 12_000) return 'year';
  if (!opts.cued) return null;
  // Pay beside a pay word that no one earns a month or an hour: "£18,500 - £19,900" is a year's.
  if (rep >= 15_000 && usd >= 15_000) return 'year';
  // Brazilian, Mexican, Chinese, Japanese and euro postings state pay by the month when they name no period.
  const monthFloor = LOW_WAGE_CURRENCIES.has(currency) ? MIN_MONTHLY_USD_LOW_WAGE : MIN_MONTHLY_USD;
  if (MONTHLY_BY_CUSTOM.has(currency) && usd >= monthFloor && usd < 15_000) return 'month';
  if (usd >= 5 && usd < 200) return 'hour';
  if (
    DAY_RATE_CURRENCIES.has(currency) &&
    rep >= 200 &&
    rep <= 2_500 &&
    (min ?? rep) >= 100 &&
    opts.contract()
  )
    return 'day';
  return null;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function renderPay(min: number | null, max: number | null, currency: string, period: Period): string {
  const amount =
    min !== null && max !== null
      ? min === max
        ? fmt(min)
        : `${fmt(min)}–${fmt(max)}`
      : min !== null
        ? `${fmt(min)}+`
        : `up to ${fmt(max ?? 0)}`;
  return `${currency} ${amount} per ${period}`;
}

/** How a rate per period became a year's pay, in words; null for yearly pay. */
export const ANNUAL_ASSUMPTION: Readonly<Record<Period, string | null>> = {
  hour: '2,080 hours a year (40 hours × 52 weeks)',
  day: '260 working days a year',
  week: '52 weeks a year',
  month: '12 months a year',
  year: null,
};

/**
 * A contract rate rather than a salary: hourly and day rates are, and so is weekly or monthly pay
 * in a posting that reads as contract work; a yearly figure is a salary whatever the contract.
 */
function isContractRate(period: Period, contract: () => boolean): boolean {
  return period === 'hour' || period === 'day' || (period !== 'year' && contract());
}

/** Validates, annualises and converts a reading; null when it is not believable pay. */
function toSalary(r: Reading, ctx: Pick<Context, 'rates' | 'contract'>): Salary | null {
  const { rates } = ctx;
  let min = toAmount(r.min);
  let max = toAmount(r.max);
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) {
    if (min > max * MAX_SWAP_RATIO) return null;
    [min, max] = [max, min];
  }
  const factor = ANNUAL_FACTOR[r.period];
  const annual = {
    min: min === null ? null : Math.round(min * factor),
    max: max === null ? null : Math.round(max * factor),
    assumption: ANNUAL_ASSUMPTION[r.period],
  };
  const rate = rates.usdPerUnit[r.currency];
  const annualUsd =
    rate === undefined
      ? null
      : {
          min: min === null ? null : Math.round(min * factor * rate),
          max: max === null ? null : Math.round(max * factor * rate),
          rateDate: rates.rateDate,
        };
  const floor = LOW_WAGE_CURRENCIES.has(r.currency) ? MIN_ANNUAL_USD_LOW_WAGE : MIN_ANNUAL_USD;
  const [lo, hi] = annualUsd ? [floor, MAX_ANNUAL_USD] : [MIN_ANNUAL_LOCAL, MAX_ANNUAL_LOCAL];
  const figures = annualUsd ?? annual;
  for (const v of [figures.min, figures.max]) if (v !== null && (v < lo || v > hi)) return null;
  return {
    min: min === null ? null : round2(min),
    max: max === null ? null : round2(max),
    currency: r.currency,
    period: r.period,
    kind: r.kind,
    annual,
    contract: isContractRate(r.period, ctx.contract),
    annualUsd,
    source: r.source,
    raw: r.raw || renderPay(min, max, r.currency, r.period),
  };
}

/**
 * Structured pay is trusted for what it states and checked like text: amounts must be positive
 * numbers, the currency a known code or mark (else the one its raw text or the country gives),
 * the period a known unit (else its raw text, else inferred as from text). Its kind is `base`
 * unless the source or its raw text says OTE: schema.org `baseSalary` and job boards' salary
 * fields state base pay.
 */
function fromPostedPay(pay: PostedPay, ctx: Context): Salary | null {
  const min = toAmount(pay.min);
  const max = toAmount(pay.max);
  if (min === null && max === null) return null;
  const raw = typeof pay.raw === 'string' ? pay.raw.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
  const fromRaw: SalaryCandidate | undefined = raw
    ? scanSalaryText([{ kind: 'paragraph', text: raw, section: 'Salary' }])[0]
    : undefined;
  const mark = typeof pay.currency === 'string' ? readCurrencyMark(pay.currency) : null;
  const country = countryFor(fromRaw, mark ?? fromRaw?.mark ?? null, ctx);
  const resolved =
    resolveCurrency(mark, country) ??
    resolveCurrency(fromRaw?.mark ?? null, country) ??
    localCurrency(country);
  if (!resolved) return null;
  // A board's "$80k - $100k" for a job in Montevideo: the peso is never written with a "k".
  const dollarMark = (mark ?? fromRaw?.mark ?? null) === 'DOLLAR';
  const currency = dollarMark && fromRaw?.kNotation && FULL_WRITTEN_PESOS.has(resolved) ? 'USD' : resolved;
  const period =
    readPeriodWord(pay.period) ??
    fromRaw?.period ??
    inferPeriod(min, max, currency, ctx.rates, { cued: true, contract: ctx.contract });
  if (!period) return null;
  const kind = SalaryKindSchema.safeParse(pay.kind);
  const source = SalarySourceSchema.safeParse(pay.source);
  // A field's lone figure that its own text bounds on one side: "Up to $190,000" is a maximum,
  // "From $90,000" a minimum, not a point.
  const point = min !== null && min === max;
  const openBelow = point && fromRaw?.min === null && fromRaw.max === max;
  const openAbove = point && fromRaw?.max === null && fromRaw.min === min;
  return toSalary(
    {
      min: openBelow ? null : min,
      max: openAbove ? null : max,
      currency,
      period,
      kind: kind.success ? kind.data : fromRaw?.kind === 'ote' ? 'ote' : 'base',
      source: source.success ? source.data : 'feed-field',
      raw,
    },
    ctx,
  );
}

/**
 * The country that settles a bare "$" or an unmarked amount: a pay word beside the amount ("+ super")
 * first, then the location, then a pay word elsewhere in the posting ("superannuation").
 */
function countryFor(c: SalaryCandidate | undefined, mark: CurrencyMark | null, ctx: Context): string | null {
  if (mark !== null && !isAmbiguousMark(mark)) return ctx.country;
  // The location decides when it names a country; pay words beside the amount only fill a gap.
  return ctx.country ?? c?.country ?? ctx.payCountry();
}

function fromCandidate(c: SalaryCandidate, ctx: Context): Salary | null {
  const country = countryFor(c, c.mark, ctx);
  const currency = c.mark === null ? localCurrency(country) : resolveCurrency(c.mark, country);
  if (!currency) return null;
  // "$2.400.000": dots between thousands are a peso's notation, no dollar's. Where the country does
  // not say which peso, the figure is not read as dollars: no salary rather than a wrong one.
  if (c.mark === 'DOLLAR' && c.dotGrouped && !DOT_GROUPED_DOLLARS.has(currency)) return null;
  const peso = c.mark === 'DOLLAR' && FULL_WRITTEN_PESOS.has(currency);
  // "$80k - $100k" in Montevideo: pesos are never written with a "k"; this is the dollar.
  if (peso && c.kNotation) return readCandidate(c, 'USD', ctx);
  const salary = readCandidate(c, currency, ctx);
  // "$90,000 per year" in Bogotá is no year's pesos (22 USD): a figure not in the peso's notation
  // that cannot be pesos is the dollar.
  return salary ?? (peso && !c.dotGrouped ? readCandidate(c, 'USD', ctx) : null);
}

function readCandidate(c: SalaryCandidate, currency: string, ctx: Context): Salary | null {
  // A range is pay-like enough to be read as hours or days by its size; a lone figure is only
  // with a pay word right before it ("Rate: $45"), not for sitting in a pay section or sentence
  // ("$145 million in funding", "saves $11 a week").
  const range = c.min !== null && c.max !== null && c.min !== c.max;
  const cued = c.cued || range;
  let period = c.period ?? inferPeriod(c.min, c.max, currency, ctx.rates, { cued, contract: ctx.contract });
  if (!c.period && !range && !c.payWord && period !== null && period !== 'year' && period !== 'month')
    period = null;
  if (!period) return null;
  return toSalary(
    { min: c.min, max: c.max, currency, period, kind: c.kind, source: 'text', raw: c.raw },
    ctx,
  );
}

/** A location hint that names a place (not nothing, not only "Remote"): its text's places are not the job's. */
const namesPlace = (hint: string | null | undefined): boolean =>
  !!hint && !/^\s*(?:remote|anywhere|worldwide)\b[\s\p{P}]*$/iu.test(hint);

function payCountryCheck(input: SalaryInput): () => string | null {
  let known: string | null | undefined = input.payCountry;
  let scripted = false;
  let placed = false;
  let named = false;
  return () => {
    if (known === undefined) known = payCountryOf(input.blocks, MAX_CONTEXT_BLOCKS);
    else if (known === null && !scripted) {
      // The pay words name no country: a Chinese posting's script still does.
      scripted = true;
      known = scriptCountryOf(input.blocks, MAX_CONTEXT_BLOCKS);
    }
    // The employer's legal form, which a board prints apart from the text ("Bluefin Resources Pty
    // Limited"), or the country its name carries ("Walmart Chile S.A.").
    if (known === null && !named && input.company) {
      named = true;
      const company: Block = { kind: 'paragraph', text: input.company, section: null };
      known = payCountryOf([company], 1) ?? placeCountryOf([company], 1);
    }
    // Nor its script: the places a posting with no location names, when all are one country's.
    if (known === null && !placed && !namesPlace(input.countryHint)) {
      placed = true;
      // The title is the posting's first line ("Coordinador PDTI Lautaro, región de La Araucanía"),
      // which the blocks no longer hold once it is read as the title.
      const title: readonly Block[] = input.title
        ? [{ kind: 'paragraph', text: input.title, section: null }]
        : [];
      known = placeCountryOf([...title, ...input.blocks], MAX_CONTEXT_BLOCKS + title.length);
    }
    return known;
  };
}

function contractCheck(input: SalaryInput): () => boolean {
  let known: boolean | undefined;
  return () => {
    if (known === undefined) {
      known = CONTRACT.test(input.title ?? '');
      const n = Math.min(input.blocks.length, MAX_CONTEXT_BLOCKS);
      for (let i = 0; i < n && !known; i++)
        known = CONTRACT.test((input.blocks[i] as Block).text.slice(0, 2_000));
    }
    return known;
  };
}

/**
 * A range the text states of which structured pay's lone figure is one end ("Compensation:
 * $286,600" over "$286,600—$395,000 USD"): the fuller statement of the same pay, in the same
 * currency and period. Null when the text has none.
 */
function fullerInText(posted: Salary, candidates: readonly SalaryCandidate[], ctx: Context): Salary | null {
  if (posted.min === null || posted.min !== posted.max) return null;
  for (const c of candidates.slice(0, MAX_CANDIDATES_TRIED)) {
    if (c.min === null || c.max === null || c.min >= c.max) continue;
    if (c.min !== posted.min && c.max !== posted.min) continue;
    const salary = fromCandidate(c, ctx);
    if (salary && salary.currency === posted.currency && salary.period === posted.period) return salary;
  }
  return null;
}

/** How far apart two statements' yearly figures may be and still be the same pay (2,080 vs 2,088 hours). */
const SAME_PAY_TOLERANCE = 0.03;

function sameFigure(x: number | null, y: number | null): boolean {
  if (x === null || y === null) return x === y;
  return Math.abs(x - y) <= SAME_PAY_TOLERANCE * Math.max(x, y);
}

/**
 * The yearly statement of the same pay ("As Hourly $26.96 - $41.80 / As Annual $56,077 - $86,944"):
 * a person quotes the year's figure when the posting gives one. Null when the posting states the
 * pay in one period only, or its yearly figure is some other amount.
 */
function yearlyStatement(
  chosen: Salary,
  candidates: readonly SalaryCandidate[],
  ctx: Context,
): Salary | null {
  if (chosen.period === 'year') return null;
  for (const c of candidates.slice(0, MAX_CANDIDATES_TRIED)) {
    if (c.period !== null && c.period !== 'year') continue;
    const salary = fromCandidate(c, ctx);
    if (
      salary?.period === 'year' &&
      salary.currency === chosen.currency &&
      sameFigure(salary.annual.min, chosen.annual.min) &&
      sameFigure(salary.annual.max, chosen.annual.max)
    )
      return salary;
  }
  return null;
}

/**
 * Reads a posting's salary: structured pay first, then the text. Returns null when the posting
 * states none ("competitive", "DOE"), or when what it states cannot be read for sure.
 * @example
 * extractSalary({ blocks: [{ kind: 'paragraph', text: 'Rate: £900 - £1,100 per day', section: null }], pay: null }, rates)
 * // → { min: 900, max: 1100, currency: 'GBP', period: 'day', annual: { min: 234000, max: 286000 }, ... }
 */
export function extractSalary(input: SalaryInput, rates: CurrencyRates): Salary | null {
  const ctx: Context = {
    country: countryFromHint(input.countryHint),
    payCountry: payCountryCheck(input),
    rates,
    contract: contractCheck(input),
  };
  const candidates = scanSalaryText(input.blocks, input.title);
  if (input.pay) {
    const posted = fromPostedPay(input.pay, ctx);
    if (posted) {
      const fuller = fullerInText(posted, candidates, ctx) ?? posted;
      return yearlyStatement(fuller, candidates, ctx) ?? fuller;
    }
  }
  const n = Math.min(candidates.length, MAX_CANDIDATES_TRIED);
  for (let i = 0; i < n; i++) {
    const salary = fromCandidate(candidates[i] as SalaryCandidate, ctx);
    if (salary) return yearlyStatement(salary, candidates, ctx) ?? salary;
  }
  return null;
}
