/**
 * Amounts in a block of text: numbers found from their digits (a cheap scan), then the currency
 * mark just before and the multiplier ("k", lakh), "+" and mark just after, read with anchored
 * regexes. What the amounts mean (pay or not, period, range) is salary-text.ts's business.
 */
import {
  CODE_PATTERN,
  type CurrencyMark,
  mergeMarks,
  PREFIX_SYMBOL_PATTERN,
  parseAmount,
  readCurrencyMark,
  SUFFIX_SYMBOL_PATTERN,
} from './money.ts';
import { LETTER, PERIOD_AFTER, PLUS_ADDS } from './pay-cues.ts';

const MAX_AMOUNTS_PER_BLOCK = 200;

/** A space between a number and its mark: plain, no-break, narrow no-break ("4 500 €") or thin. */
const SP = '[ \\u00a0\\u202f\\u2009]';
const NUMBER = [
  '\\d{1,2}(?:,\\d\\d)+,\\d{3}(?!\\d)',
  "\\d{1,3}([,.'’\\u00a0\\u202f\\u2009 ])\\d{3}(?:\\1\\d{3}){0,4}(?:[.,]\\d{1,2})?(?!\\d)",
  '\\d{1,12}(?:[.,]\\d{1,2})?(?!\\d)',
].join('|');
const NL = `(?![${LETTER}])`;
/**
 * "k", "Tsd.", lakh/crore and the Japanese and Chinese 千 (thousand: "6千元") and 万 (ten thousand:
 * "1,200万円") scale a salary;
 * million and billion, in any language (億), mark a budget or a revenue. "mil" is a thousand in
 * Portuguese and Spanish ("R$ 15 mil") and a million in English.
 */
/**
 * The million that is the everyday unit of pay where a month's pay runs to millions: Indonesian
 * "juta" / "jt" ("Rp 3.5 juta", "8jt") and Vietnamese "triệu" / a glued "tr" ("10 – 15 triệu",
 * "10–15tr"). Unlike "million" in English, these scale a salary, not a budget.
 */
const PAY_MILLION = `[Jj]uta${NL}|[Jj]t\\.?(?![${LETTER}])|[Tt]ri\u1ec7u|(?<=\\d)tr(?![${LETTER}\u00e0-\u1ef9])`;
// "42-48KEUR": a "k" glued to a currency code is still the thousand.
const MULT =
  `[Kk](?:${NL}|(?=(?:${CODE_PATTERN})${NL}))|[Tt]housand|[Tt]sd\\.?|[Ll]akhs?|[Ll]acs?|LPA|[Cc]rores?|${PAY_MILLION}|[Mm]{1,2}${NL}|[Mm]n${NL}|[Mm]io\\.?|[千万萬億亿만억]` +
  `|[Mm]il(?:lion(?:s|en|e)?|liard(?:s|e|en)?|h(?:ões|ão)|lones|lón)?${NL}|[Mm]ils${NL}|[Bb]n?${NL}|[Bb]illion|[Mm]rd\\.?` +
  `|[Bb]ill(?:ones|ón)${NL}|[Bb]ilh(?:ões|ão)${NL}`;
/*
 * Amounts are found from their digits (a cheap scan), then the currency mark is looked for just
 * before the number and the multiplier, "+" and mark just after it, with anchored regexes: one
 * big regex tried at every character costs ten times more on ordinary prose. Groups are numbered,
 * not named, on these hot paths: a named group builds an object on every match.
 */
const NUMBER_SCAN = new RegExp(NUMBER, 'g');
const PREFIX_BEFORE = new RegExp(
  `(?<![${LETTER}\\d])((?:${CODE_PATTERN})(?:${SP}?\\$)?|${PREFIX_SYMBOL_PATTERN})${SP}{0,2}$`,
);
const PREFIX_LOOKBACK = 12;
const AFTER_NUMBER = new RegExp(
  `(?:[.,][-–](?!\\d))?(?:${SP}?(${MULT}))?(\\+(?!\\d))?` +
    // A mark with a number right after it is that number's prefix: "Step 1 $136,908", not "1 $".
    `(?:${SP}?((?:${CODE_PATTERN}|${SUFFIX_SYMBOL_PATTERN})(?![${LETTER}])(?!${SP}?\\d)))?`,
  'y',
);
const WORD_CHAR = new RegExp(`[${LETTER}\\d]`);
/** Every prefix mark ends in one of these, before optional spaces: a cheap test before the real one. */
const MAY_END_IN_MARK = /[$£€¥₹₪₩₱A-Z.rsph/][ \u00a0\u202f\u2009]{0,2}$/;
/** A bare "k" (not "thousand"), which a figure already grouped in thousands does not take again. */
const REDUNDANT_K = /^[Kk]$/;
const GROUPED = /\d[,.'’\u00a0\u202f\u2009 ]\d{3}/;
/** Dots between groups of three, with no other separator: "2.400.000", "32.268" (not "1,234.56"). */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/;
/**
 * The rand's bare "R" must touch an amount that reads as pay ("R780 000", "R45k", "R25000"), not a
 * model or a release ("R2", "R 2.0", "R2024a"), and R&D is no number at all.
 */
const RAND_PREFIX = /^R$/;
const LETTER_NEXT = new RegExp(`^[${LETTER}]`);
const MIN_BARE_RAND = 10_000;
/** Currencies whose postings write "mil" for a thousand: "R$ 15 mil", "MXN 40 mil". */
const MIL_THOUSAND_CURRENCIES = new Set(['BRL', 'MXN']);
export interface Amount {
  readonly start: number;
  readonly end: number;
  value: number;
  readonly mark: CurrencyMark | null;
  readonly mult: number;
  /** Million / billion: a budget, a revenue, never a salary. */
  readonly big: boolean;
  readonly perAnnum: boolean;
  readonly plus: boolean;
  /** Written with a thousands separator or a "k": looks like money even without a mark. */
  readonly grouped: boolean;
  /** Thousands grouped with dots ("2.400.000", "32.268"): the notation of pesos, never of a dollar. */
  readonly dotGrouped: boolean;
  /** Thousands written with a "k" ("$80k"): the notation of dollars, never of pesos. */
  readonly kNotation: boolean;
}

interface Multiplier {
  readonly mult: number;
  readonly big: boolean;
  readonly perAnnum: boolean;
}
const ONE: Multiplier = { mult: 1, big: false, perAnnum: false };
const THOUSAND: Multiplier = { mult: 1000, big: false, perAnnum: false };
const LAKH: Multiplier = { mult: 100_000, big: false, perAnnum: false };
const LAKH_PER_ANNUM: Multiplier = { mult: 100_000, big: false, perAnnum: true };
const CRORE: Multiplier = { mult: 10_000_000, big: false, perAnnum: false };
const MAN: Multiplier = { mult: 10_000, big: false, perAnnum: false };
const PAY_MILLIONS: Multiplier = { mult: 1_000_000, big: false, perAnnum: false };
const BIG: Multiplier = { mult: 1, big: true, perAnnum: false };
/** The million in the languages postings use ("million", "millones", "millón", "milhões", "mn", "m"), not a billion. */
const MILLION = /^(?:[Mm]{1,2}|[Mm]n|[Mm]io\.?|[Mm]il(?:lion(?:s|en|e)?|h(?:ões|ão)|lones|lón)?)$/;

/**
 * `milThousand`: the amount is in a currency that writes "mil" for a thousand, or its mark follows
 * "mil" ("15 mil €", "15 mil euros"), which English never writes.
 */
function readMultiplier(mult: string | undefined, milThousand: boolean): Multiplier {
  if (!mult) return ONE;
  const m = mult.toLowerCase();
  if (m === 'k' || m === 'thousand' || m.startsWith('tsd') || (m === 'mil' && milThousand)) return THOUSAND;
  if (m === 'lpa') return LAKH_PER_ANNUM;
  if (m.startsWith('la')) return LAKH;
  if (m.startsWith('cr')) return CRORE;
  if (m === '万' || m === '萬' || m === '만') return MAN;
  if (m.startsWith('jt') || m === 'juta' || m.startsWith('tri') || m === 'tr') return PAY_MILLIONS;
  if (m === '千') return THOUSAND;
  return BIG;
}

/**
 * The currency a multiplier names when no mark does: lakh and crore are India's, "juta" Indonesia's,
 * "triệu" Vietnam's, 만 Korea's ("20-35 LPA", "8 jt", "3,000만").
 */
function impliedCurrency(mult: string | undefined): CurrencyMark | null {
  if (!mult) return null;
  const m = mult.toLowerCase();
  if (m === 'lpa' || m.startsWith('la') || m.startsWith('cr')) return 'INR';
  if (m === 'juta' || m.startsWith('jt')) return 'IDR';
  if (m.startsWith('tri') || m === 'tr') return 'VND';
  if (m === '만') return 'KRW';
  return null;
}

/** "R" before digits is the rand only glued to them, on an amount the size of pay, not a model's name. */
function isRandAmount(
  written: string,
  num: string,
  base: number | null,
  tail: RegExpExecArray | null,
  text: string,
  end: number,
): boolean {
  if (base === null || written.length !== 1) return false;
  const big = tail?.[1] !== undefined || GROUPED.test(num) || base >= MIN_BARE_RAND;
  return big && !LETTER_NEXT.test(text.slice(end, end + 1));
}

/**
 * A count of ten thousands written in Chinese numerals, without digits: "百萬" (a million), "八十萬",
 * "兩百万". The coefficient is read from 一..九, 兩/两, 十, 百, 千.
 */
const HAN_MYRIAD = /(?<![\d一二兩两三四五六七八九十百千])([一二兩两三四五六七八九十百千]{1,6})([萬万])/g;
const HAN_DIGIT: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The value of Chinese numerals under ten thousand ("八十" 80, "百" 100, "兩百五十" 250); null if malformed. */
export function hanNumeral(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    const d = HAN_DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const unit = HAN_UNIT[ch];
    if (unit === undefined || unit >= lastUnit) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  total += digit ?? 0;
  return total > 0 ? total : null;
}

/** Amounts written in Chinese numerals and 萬/万 ("保證百萬年薪"), in text order. */
function readHanMyriads(text: string): Amount[] {
  const out: Amount[] = [];
  HAN_MYRIAD.lastIndex = 0;
  for (let m = HAN_MYRIAD.exec(text); m !== null; m = HAN_MYRIAD.exec(text)) {
    const n = hanNumeral(m[1] as string);
    if (n === null) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: n * 10_000,
      mark: null,
      mult: 10_000,
      big: false,
      perAnnum: false,
      plus: false,
      grouped: true,
      dotGrouped: false,
      kNotation: false,
    });
  }
  return out;
}

export function readAmounts(text: string): Amount[] {
  const amounts = readDigitAmounts(text);
  if (!(text.includes('萬') || text.includes('万'))) return amounts;
  const han = readHanMyriads(text).filter((h) => !amounts.some((a) => h.start < a.end && h.end > a.start));
  return han.length === 0 ? amounts : [...amounts, ...han].sort((a, b) => a.start - b.start);
}

function readDigitAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  NUMBER_SCAN.lastIndex = 0;
  for (let m = NUMBER_SCAN.exec(text); m !== null; m = NUMBER_SCAN.exec(text)) {
    const at = m.index;
    const num = m[0];
    const lead = at > 0 ? text.slice(Math.max(0, at - PREFIX_LOOKBACK), at) : '';
    let prefix = lead && MAY_END_IN_MARK.test(lead) ? PREFIX_BEFORE.exec(lead) : null;
    const base = parseAmount(num);
    AFTER_NUMBER.lastIndex = at + num.length;
    const tail = base === null ? null : AFTER_NUMBER.exec(text);
    const end = at + num.length + (tail ? tail[0].length : 0);
    if (prefix && RAND_PREFIX.test(prefix[1] ?? '') && !isRandAmount(prefix[0], num, base, tail, text, end))
      prefix = null;
    // A number glued to a word ("M365", "H2O", "x2") is not an amount, unless the word is a mark ("RM5,000").
    if (!prefix && lead && WORD_CHAR.test(lead.charAt(lead.length - 1))) continue;
    if (base === null) continue;
    NUMBER_SCAN.lastIndex = end;
    const preText = prefix?.[1];
    const pre = preText ? readCurrencyMark(preText) : null;
    const post = tail?.[3] ? readCurrencyMark(tail[3]) : null;
    const mark = mergeMarks(pre, post);
    const milThousand = post !== null || (!!mark && MIL_THOUSAND_CURRENCIES.has(mark));
    const said = readMultiplier(tail?.[1], milThousand);
    // "Rs. 1 million per month", "tres millones mensuales": a million with a pay period after it
    // is a salary's unit, not a budget's (a budget or a revenue is not stated per month).
    const read =
      said.big && MILLION.test(tail?.[1] ?? '') && PERIOD_AFTER.test(text.slice(end, end + 40))
        ? PAY_MILLIONS
        : said;
    // "$140,000k": a "k" after a figure already written in thousands is a slip, not a thousandfold.
    const { mult, big, perAnnum } =
      read.mult === 1000 && REDUNDANT_K.test(tail?.[1] ?? '') && base >= 1000 && GROUPED.test(num)
        ? ONE
        : read;
    const written = mark === undefined ? pre : mark;
    amounts.push({
      // "1k USD $136,908": a mark read as the last amount's suffix is not read again as this one's.
      start: prefix ? Math.max(at - lead.length + prefix.index, amounts.at(-1)?.end ?? 0) : at,
      end,
      value: base * mult,
      mark: written ?? impliedCurrency(tail?.[1]),
      mult,
      big,
      perAnnum,
      plus: tail?.[2] !== undefined && !PLUS_ADDS.test(text.slice(end, end + 20)),
      grouped: mult > 1 || GROUPED.test(num),
      dotGrouped: DOT_GROUPED.test(num),
      kNotation: mult === 1000 && REDUNDANT_K.test(tail?.[1] ?? ''),
    });
    if (amounts.length >= MAX_AMOUNTS_PER_BLOCK) break;
  }
  return amounts;
}

/**
 * The currency mark of the first marked amount in a short pay text ("16 000-22 000 PLN + VAT"),
 * as written ("PLN", "DOLLAR"); null when no amount in it has one.
 */
export function firstCurrencyMark(text: string): CurrencyMark | null {
  return readAmounts(text.slice(0, 300)).find((a) => a.mark !== null)?.mark ?? null;
}
