/**
 * Finds pay in a posting's text: amounts with their currency marks, joined into ranges, read with
 * the words around them (pay cues, period, base or OTE, "up to", "from", "+"), and amounts that are
 * money but not pay (budgets, revenue, assets, bonuses, 401(k) matches) thrown out.
 *
 * Numbers are found with one cheap digit-led regex per block; everything else runs anchored on
 * small windows beside a number, and bare numbers far from any pay word are dropped before that.
 * Caps on the text read per block and on the amounts read per posting bound the work on huge or
 * hostile input.
 */

import type { Block, Period, SalaryKind } from '../types.ts';
import { CODE_PATTERN, type CurrencyMark, mergeMarks } from './money.ts';
import {
  ADDED_AFTER_EXCLUDED,
  ADDITIVE,
  AND_CONNECTOR,
  BASE_CUE,
  BEATS_COMPARISON,
  BETWEEN_BEFORE,
  BOARD_TERMS,
  COMPARISON_AFTER,
  COMPARISON_BEFORE,
  CONNECTOR,
  EXCLUDE,
  EXCLUDED_AFTER,
  EXCLUDED_AFTER_PERIOD,
  FROM_BEFORE,
  hanScriptCountry,
  LETTER,
  MONTHLY_PAY_WORD_BEFORE,
  NEGATED,
  NOT_MONEY_AFTER,
  OR_MORE_AFTER,
  OTE_CUE,
  PAY_COUNTRY,
  PAY_CUE,
  PAY_SECTION,
  PERIOD_AFTER,
  PERIOD_BEFORE,
  PERKS_SECTION,
  PURPOSE_AFTER,
  RANGE_LEAD,
  SCALE_CAP_BEFORE,
  SUPER_NEAR,
  UNIT_TEXT_AFTER,
  UP_TO_AFTER,
  UP_TO_BEFORE,
} from './pay-cues.ts';
import { dollarPlaceCountry } from './pay-vocabulary.ts';
import { type Amount, readAmounts } from './read-amounts.ts';
import { readPayObjects } from './salary-object.ts';

/** A pay figure read from text, before its currency is settled and it is annualised. */
export interface SalaryCandidate {
  readonly min: number | null;
  readonly max: number | null;
  /** The currency mark as written (an ISO code, or "DOLLAR" / "YEN" / "KRONE"); null when none. */
  readonly mark: CurrencyMark | null;
  /** The period the text states; null when it states none. */
  readonly period: Period | null;
  readonly kind: SalaryKind;
  readonly raw: string;
  /** The words around say this is pay (a pay word, a pay section, a period, base or OTE). */
  readonly cued: boolean;
  readonly score: number;
  /** The country the pay's own words name ("+ super": AU), which settles a bare "$"; absent when none. */
  readonly country?: string;
  /** A pay word stands right before the figure ("Salary: $45"): only then may a lone small one be an hourly rate. */
  readonly payWord?: boolean;
  /** Written with dots between thousands ("$2.400.000"): a peso's "$", not a dollar's. */
  readonly dotGrouped?: boolean;
  /** Written in thousands with a "k" ("$80k - $100k"): a dollar's "$", not a peso's. */
  readonly kNotation?: boolean;
}

/** Past this many characters a block is not read further: no pay line sits 20 KB into a paragraph. */
export const MAX_BLOCK_SCAN_CHARS = 20_000;
const MAX_AMOUNTS_PER_POSTING = 1_000;
/** The widest range read as one: "$60K–$300K" is one, "$20 - $150,000" is two amounts. */
const MAX_RANGE_RATIO = 6;
/** How far a range's first end may stand above its second and still be one range written high to low. */
const MAX_REVERSED_RATIO = 2;
/** A currency code in brackets after an amount's mark: "(JPY)", "（TWD）". */
const BRACKETED_CODE = new RegExp(`^\\s*[(（]\\s*(?:${CODE_PATTERN})\\s*[)）]`);
/**
 * A range's top written as a placeholder far below its bottom ("TWD130000 - TWD1", a board's
 * "130,000 and up"): the top is open. At most this value, and at most this share of the bottom.
 */
const PLACEHOLDER_TOP_MAX = 10;
const PLACEHOLDER_TOP_SHARE = 0.01;
const BARE_TOP_END = /^\s*(?:(?:per|a|an)\s+[A-Za-z]+|\/\s*[A-Za-z]+)?\s*(?:$|\n)/;
/** A slash between two figures ("60/65K€"). */
const SLASH_CONNECTOR = /^\s*\/\s*$/;
const WINDOW = 80;

/** A block with none of these and no pay word holds no pay: most blocks with digits ("5+ years"). */
const MAY_HOLD_MONEY = new RegExp(
  `[$£€¥₹₪₩₱円元원₫₽₴₸]|руб|грн|тенге|S\\/|(?<![${LETTER}])(?:${CODE_PATTERN}|Rs|Rp|RM|RMB|K[Ss][Hh][Ss]?|[Kk]r|S?Fr|zł|Kč|Ft|LPA|[Ll]akhs?|[Cc]rores?|[Ee]uros?|reais|[Jj]uta|[Jj]t|tri\u1ec7u)(?![${LETTER}])` +
    `|(?<![${LETTER}\\d])R(?=\\d)`,
);

/** A full stop that ends the sentence, not an abbreviation such as "p.a.". */
const TRAILING_STOP = new RegExp(`(?<![${LETTER}]\\.[${LETTER}])\\.$`);
const BOUNDARY = /[;|•。]|[.!?](?=\s+[A-Z(])/g;

/** Index after the last sentence boundary in `s` (0 when there is none). */
function afterLastBoundary(s: string): number {
  let at = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m !== null; m = BOUNDARY.exec(s)) at = m.index + 1;
  return at;
}

function beforeFirstBoundary(s: string): string {
  BOUNDARY.lastIndex = 0;
  const m = BOUNDARY.exec(s);
  return m ? s.slice(0, m.index + (m[0] === '.' ? 1 : 0)) : s;
}

/** The last match of a global regex in `s`, or null. */
function lastMatch(
  re: RegExp,
  s: string,
): { end: number; start: number; groups?: Record<string, string | undefined> } | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m;
  return last ? { start: last.index, end: last.index + last[0].length, groups: last.groups } : null;
}

function periodOf(groups: Record<string, string | undefined> | undefined): Period | null {
  if (!groups) return null;
  for (const p of ['hour', 'day', 'week', 'month', 'year'] as const) if (groups[p] !== undefined) return p;
  return null;
}

/**
 * The label of the next field of a form or header run into one line: "… Annually EDUCATION
 * ACCREDITATION: …", "… per year Bonus: 10%". What follows a label is another field, not what the
 * amount before it is for.
 */
const NEXT_FIELD_LABEL = /^[^\S\n]*(?:[A-Z][A-Za-z&/'-]*[^\S\n]+){0,3}[A-Z][A-Za-z&/'-]*[^\S\n]*:/;

/** Money that is not the salary: a budget word beside it, or a bonus or perk it pays for. */
function isExcluded(before: string, after: string, periodLength: number): boolean {
  const rest = after.slice(periodLength);
  // "$6,000 per year in tuition reimbursement": what the money is for may follow its period.
  if (
    (EXCLUDED_AFTER.test(after) && !NEXT_FIELD_LABEL.test(after)) ||
    PURPOSE_AFTER.test(rest) ||
    // ", annual bonus target 75%": after a comma, the period opens the next clause, about the bonus.
    (periodLength > 0 &&
      !/^\s*[,;]/.test(after) &&
      EXCLUDED_AFTER_PERIOD.test(rest) &&
      !NEXT_FIELD_LABEL.test(rest))
  )
    return true;
  const excl = lastMatch(EXCLUDE, before);
  if (!excl || before.length - excl.end > 40) return false;
  // "equity + BRL 5k–30k per month": the amount is added to the excluded thing, not spent on it.
  if (ADDED_AFTER_EXCLUDED.test(before.slice(excl.end))) return false;
  // "excluding bonus", "base + bonus": the word describes the pay, it is not what the amount pays for.
  const lead = before.slice(Math.max(0, excl.start - 40), excl.start);
  if (NEGATED.test(lead) || ADDITIVE.test(lead)) return false;
  const pay = lastMatch(PAY_CUE, before);
  return !pay || pay.start < excl.start;
}

/** A country named by a pay word beside a "$" or a bare amount: "$150k + super", "plus KiwiSaver". */
function payCountry(before: string, after: string): string | null {
  if (SUPER_NEAR.test(after) || SUPER_NEAR.test(before)) return 'AU';
  for (const [re, code] of PAY_COUNTRY) if (re.test(after) || re.test(before)) return code;
  return null;
}

/**
 * The country named anywhere in a posting by a pay word only it uses ("superannuation": AU), for a
 * bare "$" whose own sentence names none and whose location names no country.
 */
export function payCountryOf(blocks: readonly Block[], maxBlocks: number): string | null {
  const n = Math.min(blocks.length, maxBlocks);
  for (let i = 0; i < n; i++) {
    const text = (blocks[i] as Block).text.slice(0, 2_000);
    for (const [re, code] of PAY_COUNTRY) if (re.test(text)) return code;
  }
  return scriptCountryOf(blocks, maxBlocks);
}

/**
 * The country a posting with no location names by its places alone ("Brisbane CBD, hybrid
 * work"), when they are all of one dollar country; null otherwise.
 */
export function placeCountryOf(blocks: readonly Block[], maxBlocks: number): string | null {
  const n = Math.min(blocks.length, maxBlocks);
  let text = '';
  for (let i = 0; i < n && text.length < 20_000; i++)
    text += `${(blocks[i] as Block).text.slice(0, 2_000)}\n`;
  return dollarPlaceCountry(text);
}

/** The country a Chinese posting's script names (元 and a bare "$" follow it); null for other text. */
export function scriptCountryOf(blocks: readonly Block[], maxBlocks: number): string | null {
  const n = Math.min(blocks.length, maxBlocks);
  let han = '';
  let kana = 0;
  let hangul = 0;
  for (let i = 0; i < n && han.length < 4_000; i++) {
    const text = (blocks[i] as Block).text.slice(0, 2_000);
    if (KANA_CHAR.test(text)) kana++;
    if (HANGUL_CHAR.test(text)) hangul++;
    if (HAN_CHAR.test(text)) han += text;
  }
  // Japanese (kana) and Korean (Hangul) are each one country's script: 万 there is yen or won.
  if (kana > 0 || hangul > 0) return kana >= hangul ? 'JP' : 'KR';
  return han === '' ? null : hanScriptCountry(han);
}

const HAN_CHAR = /[\u3400-\u9fff]/;
const KANA_CHAR = /[\u3040-\u30ff]/;
const HANGUL_CHAR = /[\uac00-\ud7af]/;

function readKind(before: string, after: string, section: string | null): SalaryKind {
  const near = (re: RegExp) => {
    const b = lastMatch(re, before);
    re.lastIndex = 0;
    const a = re.exec(after.slice(0, 30));
    return Math.min(b ? before.length - b.end : Infinity, a ? a.index + 0.5 : Infinity);
  };
  const ote = near(OTE_CUE);
  const base = near(BASE_CUE);
  if (ote < base) return 'ote';
  if (base < Infinity) return 'base';
  if (section) {
    OTE_CUE.lastIndex = 0;
    if (OTE_CUE.test(section)) return 'ote';
    BASE_CUE.lastIndex = 0;
    if (BASE_CUE.test(section)) return 'base';
  }
  return 'unknown';
}

interface BlockContext {
  readonly section: string | null;
  readonly paySection: boolean;
  readonly perksSection: boolean;
  readonly sectionPeriod: Period | null;
  readonly penalty: number;
  /** The block has a pay word somewhere: without one, no bare number in it is pay. */
  readonly hasPayCue: () => boolean;
  /** The posting's title, or a heading line that names the job: "IT Data Manager - 100k." */
  readonly titleLike: boolean;
}

const looksLikeMoney = (x: Amount) => x.grouped || x.value >= 10_000;
/** "4k-8k", "15-25K": both ends in thousands ("k" on each, or lifted to the first) in Chinese text. */
const K_RANGE_TEXT = /^\s*\d{1,3}\s*[Kk]?\s*[-–~～至到]\s*\d{1,3}\s*[Kk](?![A-Za-z])/;
function isBoardKRange(text: string, a: Amount, b: Amount | null): boolean {
  if (!b) return false;
  if (b.mult !== 1000 || !K_RANGE_TEXT.test(text.slice(a.start, b.end + 1))) return false;
  // The board's summary line around it names the job's other terms: experience, education, hours.
  const from = text.lastIndexOf('\n', a.start) + 1;
  const to = text.indexOf('\n', b.end);
  return BOARD_TERMS.test(
    text.slice(Math.max(from, a.start - 60), Math.min(to < 0 ? text.length : to, b.end + 60)),
  );
}
/** A Chinese pay word right after a figure: "百萬年薪", "5萬月薪". */
const CJK_PAY_AFTER = /^\s?(年薪|月薪|时薪|時薪|日薪)/;
const CJK_PAY_PERIOD: Readonly<Record<string, Period>> = {
  年薪: 'year',
  月薪: 'month',
  时薪: 'hour',
  時薪: 'hour',
  日薪: 'day',
};

/** The job's name, then a separator, then the figure in thousands and nothing more: "… - 100k.". */
const TITLE_PAY_BEFORE = /[^\s\d][^\S\n]*[-–—|:,(][^\S\n]*$/;
const TITLE_PAY_AFTER = /^[^\S\n]*[.)!]?[^\S\n]*(?:$|\n|[-–—|,])/;
const RETIREMENT_PLAN = /^(?:401|403|457)\s?\(?[kb]\)?/i;
function isTitlePay(text: string, a: Amount, b: Amount | null): boolean {
  const top = b ?? a;
  if (top.mult !== 1000 || top.value < 10_000 || a.plus) return false;
  // Retirement plans named by their section of the tax code are not pay: "Benefits - 401k".
  if (RETIREMENT_PLAN.test(text.slice(a.start, a.start + 8))) return false;
  return (
    TITLE_PAY_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start)) &&
    TITLE_PAY_AFTER.test(text.slice(top.end, top.end + 12))
  );
}

function readUnit(
  text: string,
  a: Amount,
  b: Amount | null,
  prevEnd: number,
  ctx: BlockContext,
  openTop = false,
): SalaryCandidate | null {
  if (a.big || b?.big) return null;
  const mark = b ? mergeMarks(a.mark, b.mark) : a.mark;
  if (mark === undefined) return null;
  const start = a.start;
  const end = (b ?? a).end;
  // Most numbers in a posting carry no mark ("5+ years", "team of 12"): settle those cheaply first.
  // A bare number is pay only right after a pay word, and only if it looks like money.
  // Chinese boards print a month's pay as a range of thousands beside the title, with no pay word,
  // among the job's other terms: "PHP初级工程师 4k-8k 深圳 经验不限 学历不限 全职".
  const boardRange = mark === null && isBoardKRange(text, a, b);
  // A title gives its pay after the job's name, with no pay word: "IT Data Manager - 100k.".
  const titlePay = mark === null && !boardRange && ctx.titleLike && isTitlePay(text, a, b);
  if (mark === null && !boardRange && !titlePay) {
    if (!ctx.hasPayCue()) return null;
    if (!looksLikeMoney(a) && !(b && looksLikeMoney(b)) && !PERIOD_AFTER.test(text.slice(end, end + 30)))
      return null;
    PAY_CUE.lastIndex = 0;
    // Chinese writes the pay word after the figure as well: "百萬年薪" (a million a year).
    if (
      !PAY_CUE.test(text.slice(Math.max(prevEnd, start - 30), start)) &&
      !CJK_PAY_AFTER.test(text.slice(end, end + 4))
    )
      return null;
    if (NOT_MONEY_AFTER.test(text.slice(end, end + 20))) return null;
  }
  const rawBefore = text.slice(Math.max(prevEnd, start - WINDOW), start);
  const before = rawBefore.slice(afterLastBoundary(rawBefore));
  const after = beforeFirstBoundary(text.slice(end, end + WINDOW));
  const periodAfter = PERIOD_AFTER.exec(after) ?? UNIT_TEXT_AFTER.exec(after);
  if (isExcluded(before, after, periodAfter ? periodAfter[0].length : 0)) return null;
  if (isComparison(before, after.slice(periodAfter ? periodAfter[0].length : 0))) return null;
  // A Chinese pay word right after the figure says it is pay, and for what period ("百萬年薪").
  const cjkAfter = CJK_PAY_AFTER.exec(text.slice(end, end + 4));
  const payCue =
    lastMatch(PAY_CUE, before) ?? (cjkAfter ? { start: end, end: end + cjkAfter[0].length } : null);

  let period =
    periodOf(periodAfter?.groups) ?? (cjkAfter ? (CJK_PAY_PERIOD[cjkAfter[1] as string] ?? null) : null);
  if (!period && (a.perAnnum || b?.perAnnum)) period = 'year';
  const periodExplicit = period !== null;
  period ??= periodOf(lastMatch(PERIOD_BEFORE, before)?.groups) ?? ctx.sectionPeriod;
  // "Зарплата от 5000 $": a Russian or Ukrainian pay word states a month's pay.
  if (period === null && MONTHLY_PAY_WORD_BEFORE.test(before.slice(-60))) period = 'month';
  const kind = readKind(before, after, ctx.section);

  let min: number | null = b ? Math.min(a.value, b.value) : a.value;
  let max: number | null = b ? Math.max(a.value, b.value) : a.value;
  let rawStart = start;
  let rawEnd = end + (periodAfter ? periodAfter[0].length : 0);
  let bounded = false;
  // The top of a pay system or scale ("the maximum salary available for the GS pay system is
  // $166,500"): at most "up to", and below the posting's own range when it gives one.
  const scaleCap = !b && SCALE_CAP_BEFORE.test(before);
  if (b) {
    const lead = RANGE_LEAD.exec(before);
    if (lead) rawStart = start - (before.length - lead.index);
  } else {
    const upTo = UP_TO_BEFORE.exec(before);
    const from = a.plus ? null : FROM_BEFORE.exec(before);
    const orMore = OR_MORE_AFTER.exec(after);
    // "$190,000 max": a ceiling stated after the amount, as "up to" states it before.
    const upToAfter = UP_TO_AFTER.test(after.slice(periodAfter ? periodAfter[0].length : 0));
    if (a.plus || from || orMore || openTop) max = null;
    else if (upTo || scaleCap || upToAfter) min = null;
    bounded = max === null || min === null;
    const lead = upTo ?? from;
    if (lead) rawStart = start - (before.length - lead.index);
    if (orMore && !periodAfter) rawEnd = end + orMore[0].length;
  }

  // "$140k + super": superannuation is paid on a salary, so the amount it follows is one.
  const payNear =
    payCue !== null || boardRange || titlePay || (mark !== null && SUPER_NEAR.test(after.slice(0, 24)));
  const cued = payNear || ctx.paySection || period !== null || kind !== 'unknown';
  // A lone amount needs a cue; "up to X" and "X+" are pay-like enough to stand when X reads as a year.
  if (!cued && !b && !bounded) return null;
  const score =
    (b ? 2 : 0) +
    (payNear ? 4 : 0) +
    (ctx.paySection ? 2 : ctx.perksSection ? 1 : 0) +
    (periodExplicit ? 2 : 0) +
    // Base pay is the salary; an OTE figure beside it adds the variable part ("£120–140k base + variable (OTE ~£160k)").
    (kind === 'base' ? 1 : kind === 'ote' ? -2 : 0) +
    (mark !== null ? 1 : 0) -
    (scaleCap ? 6 : 0) -
    ctx.penalty;
  const raw = text
    .slice(Math.max(0, rawStart), rawEnd)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_STOP, '')
    .slice(0, 200);
  const country = mark === null || mark === 'DOLLAR' || mark === 'YUAN' ? payCountry(before, after) : null;
  return {
    min,
    max,
    mark,
    period,
    kind,
    raw,
    cued,
    score,
    ...(country ? { country } : {}),
    ...(payNear ? { payWord: true } : {}),
    ...(a.dotGrouped || b?.dotGrouped ? { dotGrouped: true } : {}),
    ...(a.kNotation || b?.kNotation ? { kNotation: true } : {}),
  };
}

/**
 * A market or survey figure quoted beside the offer ("the industry median salary is €75,000
 * according to Glassdoor"): never the offer, unless the posting says it pays above it.
 */
function isComparison(before: string, after: string): boolean {
  const cmp = COMPARISON_BEFORE.exec(before);
  if (cmp) return !BEATS_COMPARISON.test(before.slice(0, cmp.index + cmp[0].length));
  return COMPARISON_AFTER.test(after);
}

/** Joins "A - B" into one range when the ends agree; lifts the "k" of "120-140k" to both ends. */
function pairWith(
  text: string,
  a: Amount,
  b: Amount | undefined,
  prevEnd: number,
  from = a.end,
): Amount | null {
  if (!b || b.start - from > 24) return null;
  let between = text.slice(from, b.start);
  // "$40/hour - $50/hour": a period may sit on both ends.
  const period = PERIOD_AFTER.exec(between);
  if (period) between = between.slice(period[0].length);
  // "6,000,000 Japanese Yen (JPY)〜12,000,000": the code in brackets restates the first end's mark.
  between = between.replace(BRACKETED_CODE, '');
  // "60/65K€", "40/50 K€": a slash joins two figures only when the upper end carries the scale or
  // the mark, so "24/7", "9/80" and dates stay apart.
  const slash = SLASH_CONNECTOR.test(between) && (b.mult > 1 || b.mark !== null) && a.mark === null;
  if (!slash && !CONNECTOR.test(between)) return null;
  if (
    AND_CONNECTOR.test(between) &&
    !BETWEEN_BEFORE.test(text.slice(Math.max(prevEnd, a.start - 20), a.start))
  )
    return null;
  if (a.plus || mergeMarks(a.mark, b.mark) === undefined) return null;
  let av = a.value;
  let bv = b.value;
  // The "k" is lifted to the bare end when the two then come close, in either order: "45-40K€" is
  // a range written high to low, which toSalary puts back in order.
  if (a.mult === 1 && b.mult > 1 && av < 1000 && av * b.mult <= bv * MAX_REVERSED_RATIO) av *= b.mult;
  else if (b.mult === 1 && a.mult > 1 && bv < 1000 && bv * a.mult * MAX_REVERSED_RATIO >= av) bv *= a.mult;
  const lo = Math.min(av, bv);
  const hi = Math.max(av, bv);
  if (lo <= 0 || hi / lo > MAX_RANGE_RATIO) return null;
  a.value = av;
  b.value = bv;
  return b;
}

/**
 * The pay grade a scale's upper end is written with ("to GS-15, Step 10 - $172,500", "to Band 4,
 * Point 12: £48,000"): between two marked ends it stands where a plain range has nothing.
 */
const GRADE_BEFORE_END =
  /^\s*(?:\\?-{1,2}|[–—]|[Tt]o|[Tt]hrough|[Tt]hru)\s+(?:[A-Z]{1,4}[- ]?\d{1,2}[,\s]*(?:(?:[Ss]tep|[Ll]evel|[Gg]rade|[Bb]and|[Pp]oint)\s*\d{1,2})?|(?:[Ss]tep|[Ll]evel|[Gg]rade|[Bb]and|[Pp]oint|[Ss]cale)\s*\d{1,2}(?:[,\s]+(?:[Ss]tep|[Ll]evel|[Pp]oint)\s*\d{1,2})?)[,\s]*[-–—:]?\s*$/;

/**
 * The amount a marked amount pairs with: the next one, or past the grade numbers of a scale's
 * upper end ("$128,078 to GS-15, Step 10 - $172,500"), the next marked one. Returns the index.
 */
function upperEndPast(text: string, amounts: readonly Amount[], i: number): number {
  const a = amounts[i] as Amount;
  if (a.mark === null) return i + 1;
  for (let j = i + 1; j < Math.min(amounts.length, i + 4); j++) {
    const b = amounts[j] as Amount;
    if (b.mark === null) continue;
    return j > i + 1 && b.start - a.end <= 48 && GRADE_BEFORE_END.test(text.slice(a.end, b.start))
      ? j
      : i + 1;
  }
  return i + 1;
}

/** "MIN: $171,500", "Minimum $", "max.": the labels a pay table gives a range's two ends. */
const MIN_LABEL = /\b(?:min(?:imum)?|low(?:er)?|from)\.?\s*[:=]?\s*$/i;
const MAX_LABEL = /\b(?:max(?:imum)?|high(?:er)?|to)\.?\s*[:=]?\s*$/i;

/**
 * The labelled top end of a labelled bottom end ("MIN: $171,500 - MID: $245,000 - MAX: $294,000"):
 * the index of the amount after a "max" label within the next few, when `i` follows a "min" label.
 */
function labelledMaxEnd(text: string, amounts: readonly Amount[], i: number): number {
  const a = amounts[i] as Amount;
  if (!MIN_LABEL.test(text.slice(Math.max(0, a.start - 12), a.start))) return -1;
  for (let j = i + 1; j < Math.min(amounts.length, i + 4); j++) {
    const b = amounts[j] as Amount;
    if (b.start - a.end > 80) return -1;
    if (MAX_LABEL.test(text.slice(Math.max(a.end, b.start - 12), b.start))) return j;
  }
  return -1;
}

/** The furthest a bracketed gloss after a pay figure is followed to its closing bracket. */
const MAX_GLOSS_CHARS = 600;
const GLOSS_OPEN =
  /^[^\S\n]*(?:[～〜~+][^\S\n]*)?(?:(?:per|a|an)[^\S\n]+[A-Za-z]+\.?|\/[^\S\n]*[A-Za-z]+\.?)?[^\S\n]*[(（]/i;

/**
 * The index of the closing bracket of a gloss right after a pay figure ("$40,830.40 ($19.63/hr)",
 * "KES 1,500 Per Day (As specified …, where clerks earn KES 1,200-1,800 per day …)"), or -1. What
 * the brackets hold restates or comments on the figure: the same pay in another period, a market
 * rate, an estimate of the year's pay. It is never a second offer.
 */
function glossEnd(text: string, from: number): number {
  const open = GLOSS_OPEN.exec(text.slice(from, from + 40));
  if (!open) return -1;
  let depth = 0;
  const start = from + open[0].length - 1;
  const stop = Math.min(text.length, start + MAX_GLOSS_CHARS);
  for (let k = start; k < stop; k++) {
    const ch = text.charAt(k);
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && --depth === 0) return k;
  }
  return -1;
}

/** The first amount after index `i` that starts past `pos`; -1 when there is none. */
function firstAmountPast(amounts: readonly Amount[], i: number, pos: number): number {
  for (let k = i + 1; k < amounts.length; k++) if ((amounts[k] as Amount).start > pos) return k;
  return -1;
}

function scanBlock(text: string, ctx: BlockContext, out: SalaryCandidate[], budget: { left: number }): void {
  const amounts = readAmounts(text);
  let prevEnd = 0;
  let glossUntil = -1;
  for (let i = 0; i < amounts.length && budget.left > 0; i++) {
    const a = amounts[i] as Amount;
    // Inside the bracketed gloss of the pay figure before it: not a figure of its own.
    if (a.start < glossUntil) continue;
    const labelled = labelledMaxEnd(text, amounts, i);
    let j = labelled > i ? labelled : upperEndPast(text, amounts, i);
    let b =
      labelled > i
        ? pairPastGrade(a, amounts[j] as Amount)
        : j > i + 1
          ? pairPastGrade(a, amounts[j] as Amount)
          : pairWith(text, a, amounts[j], prevEnd);
    // "$40,830.40 ($19.63/hr) - $44,220.80": the range's ends stand on either side of a gloss.
    if (!b && labelled <= i) {
      const close = glossEnd(text, a.end);
      const k = close < 0 ? -1 : firstAmountPast(amounts, i, close);
      const across = k < 0 ? null : pairWith(text, a, amounts[k], prevEnd, close + 1);
      if (across) {
        b = across;
        j = k;
      }
    }
    budget.left--;
    const top = b ? undefined : placeholderTop(text, a, amounts[i + 1]);
    const candidate = readUnit(text, a, b, prevEnd, ctx, top !== undefined);
    if (top) {
      prevEnd = top.end;
      i++;
      if (candidate) out.push(candidate);
      continue;
    }
    if (candidate) {
      out.push(candidate);
      const close = glossEnd(text, (b ?? a).end);
      if (close > 0) glossUntil = close;
    }
    // A number that is not pay ("GS-15", "Step 1") does not take the pay word before it from the
    // amount that follows ("Base salary GS-15 - $106,595 to $138,572").
    if (candidate || b || a.mark !== null) prevEnd = (b ?? a).end;
    if (b) i = j;
  }
}

/**
 * The placeholder top of a range ("TWD130000 - TWD1"): joined by a range connector, in the same
 * mark, a single digit or so and a hundredth or less of the bottom. Undefined when `b` is a real end
 * or a separate amount.
 */
function placeholderTop(text: string, a: Amount, b: Amount | undefined): Amount | undefined {
  if (!b || a.mark === null || b.start - a.end > 8) return undefined;
  if (mergeMarks(a.mark, b.mark) === undefined || AND_CONNECTOR.test(text.slice(a.end, b.start)))
    return undefined;
  if (!CONNECTOR.test(text.slice(a.end, b.start))) return undefined;
  // A bare top must end the pay text ("TWD 130000 - 1 per month"), not count something ("- 5 days").
  if (b.mark === null && !BARE_TOP_END.test(text.slice(b.end, b.end + 24))) return undefined;
  return b.value <= PLACEHOLDER_TOP_MAX && b.value <= a.value * PLACEHOLDER_TOP_SHARE ? b : undefined;
}

/** The ends of a scale written with its grades: same currency, in order, no wider than a range. */
function pairPastGrade(a: Amount, b: Amount): Amount | null {
  if (a.plus || mergeMarks(a.mark, b.mark) === undefined) return null;
  return a.value > 0 && b.value >= a.value && b.value / a.value <= MAX_RANGE_RATIO ? b : null;
}

function blockContext(
  text: string,
  section: string | null,
  penalty: number,
  titleLike = false,
): BlockContext {
  let hasPayCue: boolean | undefined;
  const sectionPeriod = section ? periodOf(lastMatch(PERIOD_BEFORE, section)?.groups) : null;
  return {
    section,
    paySection: section !== null && PAY_SECTION.test(section),
    perksSection: section !== null && PERKS_SECTION.test(section),
    sectionPeriod,
    penalty,
    titleLike,
    hasPayCue: () => {
      PAY_CUE.lastIndex = 0;
      hasPayCue ??= PAY_CUE.test(text);
      return hasPayCue;
    },
  };
}

/** A short heading, or a short line that begins with the posting's title: the job's name line. */
function namesJob(block: Block, title: string | undefined): boolean {
  if (block.text.length > 200) return false;
  if (block.kind === 'heading') return true;
  if (!title || title.length < 4) return false;
  return block.text.replace(/^[\s#*_>]+/, '').startsWith(title);
}

/**
 * Reads every pay figure in a posting's blocks (and, last, its title) and returns them best first:
 * ranges beside a pay word, in a pay section, with a stated period, ahead of lone amounts.
 * Budgets, revenue, assets, funding, bonuses and perks are left out.
 * @example scanSalaryText([{ kind: 'paragraph', text: 'Salary: $150k-$180k + bonus', section: null }])
 *   // → [{ min: 150000, max: 180000, mark: 'DOLLAR', period: null, kind: 'base', ... }]
 */
export function scanSalaryText(blocks: readonly Block[], title?: string): SalaryCandidate[] {
  const out: SalaryCandidate[] = [];
  const budget = { left: MAX_AMOUNTS_PER_POSTING };
  // Digits, or a count of ten thousands in Chinese numerals ("百萬").
  const DIGIT = /\d|[一二兩两三四五六七八九十百千][萬万]/;
  for (const block of blocks) {
    if (budget.left <= 0) break;
    const text =
      block.text.length > MAX_BLOCK_SCAN_CHARS ? block.text.slice(0, MAX_BLOCK_SCAN_CHARS) : block.text;
    if (!DIGIT.test(text)) continue;
    // Pay kept as a record in the text: `"salary": {"from": 55000, "to": 90000, "currency": "RUR"}`.
    if (text.includes('{')) out.push(...readPayObjects(text));
    const ctx = blockContext(text, block.section, 0, namesJob(block, title));
    if (!MAY_HOLD_MONEY.test(text) && !ctx.hasPayCue() && !BOARD_TERMS.test(text) && !ctx.titleLike) continue;
    scanBlock(text, ctx, out, budget);
  }
  out.push(...rangesAcrossLines(blocks));
  if (title && DIGIT.test(title)) {
    const text = title.slice(0, 500);
    scanBlock(text, blockContext(text, null, 3, true), out, budget);
  }
  // Stable sort: equal scores keep the order the posting gives them.
  return withoutRestatedEnds(out).sort((x, y) => y.score - x.score);
}

/**
 * Drops a lone figure that is one end of a range the posting also states in the same currency:
 * a summary line's "Compensation: $286,600" is the bottom of "$286,600—$395,000 USD" below it, and
 * the fuller statement of the same pay is the one to read.
 */
function withoutRestatedEnds(candidates: readonly SalaryCandidate[]): SalaryCandidate[] {
  const ranges = candidates.filter((c) => c.min !== null && c.max !== null && c.min < c.max);
  if (ranges.length === 0) return [...candidates];
  return candidates.filter(
    (c) =>
      !(
        c.min !== null &&
        c.min === c.max &&
        ranges.some((r) => (r.min === c.min || r.max === c.min) && mergeMarks(r.mark, c.mark) !== undefined)
      ),
  );
}

/** A block that is one amount and little else ("170,000.00 USD", "$95,000 per year"). */
const LONE_AMOUNT_REST =
  /^[\s\p{P}\p{S}]*(?:(?:per|a|an|\/)\s*)?(?:year|annum|annual(?:ly)?|yr|month|hour|hr)?[\s\p{P}\p{S}]*$/iu;
/** A short line between two such blocks that joins them ("-", "to", "–"), or nothing. */
const RANGE_JOIN_LINE = /^\s*(?:-{1,2}|[–—]|to|and|bis|à|a|tot)?\s*$/i;
const MAX_LINES_APART = 4;

/**
 * The figure a short pay label on the line before names ("Renta Bruta" over "876.473", "Salary" over
 * "85 000"): a line that is one amount that looks like money and nothing else, under a label with no
 * figure of its own. Its period is the label's ("Renta bruta mensual"). Null for anything else.
 */
function labelledValue(label: Block, text: string, amount: Amount): SalaryCandidate | null {
  if (amount.big || !looksLikeMoney(amount) || /\d/.test(label.text)) return null;
  if (!LONE_AMOUNT_REST.test(text.slice(0, amount.start) + text.slice(amount.end))) return null;
  const period = periodOf(lastMatch(PERIOD_BEFORE, label.text)?.groups);
  return {
    min: amount.value,
    max: amount.value,
    mark: amount.mark,
    period,
    kind: 'unknown',
    raw: `${label.text.trim()} ${text.trim()}`.slice(0, 200),
    cued: true,
    score: 4 + 2 + (period ? 2 : 0),
    payWord: true,
    ...(amount.dotGrouped ? { dotGrouped: true } : {}),
  };
}

/**
 * A range whose ends stand on lines of their own ("170,000.00 USD", then "200,000.00 USD" a few
 * lines down) under a pay heading or after a pay word: read as one range, as the page shows it.
 */
function rangesAcrossLines(blocks: readonly Block[]): SalaryCandidate[] {
  const out: SalaryCandidate[] = [];
  let prev: { index: number; amount: Amount; text: string } | null = null;
  let cueAt = -Infinity;
  const n = Math.min(blocks.length, 400);
  for (let i = 0; i < n; i++) {
    const block = blocks[i] as Block;
    const text = block.text.length > 200 ? '' : block.text;
    const amounts = text === '' ? [] : readAmounts(text);
    const only = amounts.length === 1 ? (amounts[0] as Amount) : null;
    const lone =
      only !== null &&
      only.mark !== null &&
      !only.big &&
      LONE_AMOUNT_REST.test(text.slice(0, only.start) + text.slice(only.end))
        ? only
        : null;
    const paySection = block.section !== null && PAY_SECTION.test(block.section);
    // A form's label and its value on lines of their own: "Renta Bruta", then "876.473".
    const labelled =
      only !== null && !lone && cueAt === i - 1 ? labelledValue(blocks[i - 1] as Block, text, only) : null;
    if (labelled) {
      out.push(labelled);
      continue;
    }
    if (!lone) {
      PAY_CUE.lastIndex = 0;
      if (text.length <= 60 && PAY_CUE.test(text)) cueAt = i;
      else if (!RANGE_JOIN_LINE.test(block.text) && /\d/.test(block.text)) prev = null;
      continue;
    }
    if (prev && i - prev.index <= MAX_LINES_APART && (paySection || i - cueAt <= MAX_LINES_APART + 2)) {
      const a = prev.amount;
      const mark = mergeMarks(a.mark, lone.mark);
      const lo = Math.min(a.value, lone.value);
      const hi = Math.max(a.value, lone.value);
      if (mark !== undefined && lo > 0 && lo < hi && hi / lo <= MAX_RANGE_RATIO) {
        const periodAfter =
          PERIOD_AFTER.exec(text.slice(lone.end)) ?? PERIOD_AFTER.exec(prev.text.slice(a.end));
        out.push({
          min: lo,
          max: hi,
          mark,
          period: periodOf(periodAfter?.groups),
          kind: 'unknown',
          raw: `${prev.text.trim()} – ${text.trim()}`.slice(0, 200),
          cued: true,
          score: 2 + 4 + 2 + 1,
          payWord: true,
        });
        prev = null;
        continue;
      }
    }
    prev = { index: i, amount: lone, text };
    if (paySection) cueAt = Math.max(cueAt, i - 1);
  }
  return out;
}

/**
 * Whether a short line states pay (a range, or an amount beside a pay word or period): a header
 * line of fields ("Acme - Lead SWE - Toronto - $130,000 – $210,000 CAD") that the parser reads for
 * its title and company must still give its pay.
 */
export function holdsPay(line: string): boolean {
  const text = line.slice(0, 500);
  return (
    /\d/.test(text) &&
    scanSalaryText([{ kind: 'paragraph', text, section: null }]).some(
      (c) => c.cued || (c.min !== null && c.max !== null && c.min !== c.max),
    )
  );
}
