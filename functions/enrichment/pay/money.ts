/**
 * Money as postings write it: currency marks (symbols and ISO codes, before or after the number),
 * number formats (US, European, Swiss, space-grouped, Indian lakh) and the country a posting is in,
 * which decides what a bare "$", "¥" or "kr" means.
 */
import { ownEntry } from '../fields.ts';
import type { Period } from '../types.ts';
import {
  CURRENCY_WORD_MARKS,
  CURRENCY_WORD_SUFFIX_PATTERN,
  dollarPlaceCountry,
  PAY_VOCABULARY,
} from './pay-vocabulary.ts';

/** A currency mark that needs the posting's country to be read: "$", "¥", "kr", "pesos". */
export type AmbiguousCurrency = 'DOLLAR' | 'YEN' | 'KRONE' | 'YUAN' | 'PESO' | 'RUPEE';
/** An ISO 4217 code, or a mark that still needs the country. */
export type CurrencyMark = string;

/** ISO 4217 codes the scanner reads when written out ("USD", "150,000 AUD"). */
export const CURRENCY_CODES: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'JPY',
  'CNY',
  'INR',
  'SEK',
  'NOK',
  'DKK',
  'ISK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'ILS',
  'AED',
  'SAR',
  'QAR',
  'ZAR',
  'MXN',
  'BRL',
  'PHP',
  'MYR',
  'KRW',
  'TWD',
  'THB',
  'TRY',
  'JOD',
  'IDR',
  'VND',
  // Kenya's shilling ("KES 1,500 per day", "KSh 15,900", "Kshs. 1,000").
  'KES',
  // Russia's rouble (hh.ru's 'RUR' is read as RUB), Ukraine's hryvnia, Kazakhstan's tenge.
  'RUB',
  'UAH',
  'KZT',
  // The pesos of Chile, Colombia, Argentina and Uruguay (each written "$" at home) and Peru's sol ("S/").
  'CLP',
  'COP',
  'ARS',
  'UYU',
  'PEN',
  // The rupees of Pakistan, Sri Lanka and Nepal ("PKR 242,000"; a bare "Rs." is settled by the country).
  'PKR',
  'LKR',
  'NPR',
];
const CODE_SET = new Set(CURRENCY_CODES);

/** Regex source for written codes; callers add their own boundaries. */
export const CODE_PATTERN = CURRENCY_CODES.join('|');

/**
 * Regex source for symbols written before a number. Longer marks come first so that "US$" is not
 * read as "$" after a word.
 */
export const PREFIX_SYMBOL_PATTERN = [
  'US[ \\u00a0]?\\$',
  'U\\.S\\.[ \\u00a0]?\\$',
  'AU\\$',
  'A\\$',
  'CA\\$',
  'CDN\\$',
  'C\\$',
  'SG\\$',
  'S\\$',
  'NZ\\$',
  'HK\\$',
  'NT\\$',
  'MX\\$',
  'R\\$',
  'JP¥',
  'CN¥',
  'RMB',
  'NTD',
  '新[台臺]幣',
  '人民[币幣]',
  'Rs\\.?',
  // Indonesia's rupiah ("Rp 3.5 juta", "Rp15.000.000").
  'Rp\\.?',
  // Kenya's shilling: "KSh 15,900", "Kshs. 1,000", "Ksh1,500".
  'K[Ss][Hh][Ss]?\\.?',
  // Peru's sol: "S/ 5,700.00", "S/. 5,298.00".
  'S\\/\\.?',
  'RM',
  'SFr\\.?',
  'Fr\\.',
  '[Kk]r\\.?',
  '[$£€¥₹₪₩₱]',
  // South Africa's rand, glued to its digits ("R780 000"); salary-amounts.ts checks the amount.
  'R',
].join('|');

/** Regex source for marks written after a number ("65.000 €", "650 000 kr", "150 000 $"). */
export const SUFFIX_SYMBOL_PATTERN = [
  '€',
  '£',
  '\\$',
  '¥',
  '₹',
  '[Kk]r\\.?',
  'zł(?:otych)?',
  'Kč',
  'Ft',
  // Currency names as words ("45.000 euro", "120.000 Franken"): taxonomy/pay-vocabulary.json.
  CURRENCY_WORD_SUFFIX_PATTERN,
  '円',
  '元',
  '新[台臺]幣',
  '人民[币幣]',
  '港[元幣币]',
  // Korea's won after its myriads ("3,000만원"), Vietnam's dong ("15.000.000 ₫", "15 triệu đồng").
  '원',
  '₫',
  'đồng',
  // The rouble, hryvnia and tenge after the figure: "170 руб/час", "от 100 000 руб.", "50 000 ₽",
  // "30 000 грн", "300 000 ₸", "300 000 тенге".
  '₽',
  'руб(?:лей|ля|\\.)?',
  '₴',
  'грн\\.?',
  '₸',
  'тенге',
].join('|');

const SYMBOLS: Readonly<Record<string, CurrencyMark>> = {
  $: 'DOLLAR',
  US$: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  CDN$: 'CAD',
  CDN: 'CAD',
  S$: 'SGD',
  SG$: 'SGD',
  NZ$: 'NZD',
  HK$: 'HKD',
  MX$: 'MXN',
  R$: 'BRL',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'YEN',
  'JP¥': 'JPY',
  'CN¥': 'CNY',
  RMB: 'CNY',
  NT$: 'TWD',
  NTD: 'TWD',
  新台幣: 'TWD',
  新臺幣: 'TWD',
  人民币: 'CNY',
  人民幣: 'CNY',
  港元: 'HKD',
  港幣: 'HKD',
  港币: 'HKD',
  '₹': 'INR',
  // "Rs." is the rupee of Pakistan, Sri Lanka and Nepal as much as India's: the country settles it.
  RS: 'RUPEE',
  KR: 'KRONE',
  ZŁ: 'PLN',
  ZŁOTYCH: 'PLN',
  R: 'ZAR',
  円: 'JPY',
  // 元 ("yuan", "dollar") is the currency of the country the posting is in: TWD in Taiwan, HKD in
  // Hong Kong, CNY in mainland China (resolveCurrency), as a bare "$" is.
  元: 'YUAN',
  KČ: 'CZK',
  FT: 'HUF',
  '₪': 'ILS',
  '₩': 'KRW',
  원: 'KRW',
  RP: 'IDR',
  '₫': 'VND',
  ĐỒNG: 'VND',
  đồng: 'VND',
  '₱': 'PHP',
  RM: 'MYR',
  KSH: 'KES',
  KSHS: 'KES',
  FR: 'CHF',
  SFR: 'CHF',
  'S/': 'PEN',
  '₽': 'RUB',
  РУБ: 'RUB',
  РУБЛЕЙ: 'RUB',
  РУБЛЯ: 'RUB',
  '₴': 'UAH',
  ГРН: 'UAH',
  '₸': 'KZT',
  ТЕНГЕ: 'KZT',
};

/**
 * The currency a bare "$" is in each country that writes it for its own money: its dollar, or the
 * peso of Mexico, Chile, Colombia, Argentina and Uruguay ("$2.500.000" in Santiago is CLP).
 */
const DOLLAR_BY_COUNTRY: Readonly<Record<string, string>> = {
  AU: 'AUD',
  CA: 'CAD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  MX: 'MXN',
  TW: 'TWD',
  CL: 'CLP',
  CO: 'COP',
  AR: 'ARS',
  UY: 'UYU',
};
/**
 * The currencies whose "$" figures are grouped in thousands with dots ("$2.400.000", "$ 32.268"):
 * no dollar is written so, and a bare "$" figure written so is one of these or nothing.
 */
export const DOT_GROUPED_DOLLARS: ReadonlySet<string> = new Set(['CLP', 'COP', 'ARS', 'UYU', 'MXN']);
/**
 * The pesos a bare "$" names in their country and which are written only in full ("$2.400.000",
 * "$ 32.268"): a "$80k" there, or a "$90,000 per year" too small to be a year's pesos, is in dollars,
 * as international and remote postings from those countries pay.
 */
export const FULL_WRITTEN_PESOS: ReadonlySet<string> = new Set(['CLP', 'COP', 'ARS', 'UYU']);
const KRONE_BY_COUNTRY: Readonly<Record<string, string>> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' };

const EURO_COUNTRIES = [
  'IE',
  'DE',
  'FR',
  'NL',
  'BE',
  'LU',
  'AT',
  'ES',
  'PT',
  'IT',
  'FI',
  'GR',
  'EE',
  'LV',
  'LT',
  'SK',
  'SI',
  'HR',
  'MT',
  'CY',
];
const LOCAL_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  CH: 'CHF',
  IN: 'INR',
  PK: 'PKR',
  LK: 'LKR',
  NP: 'NPR',
  JP: 'JPY',
  CN: 'CNY',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  IL: 'ILS',
  AE: 'AED',
  SA: 'SAR',
  QA: 'QAR',
  ZA: 'ZAR',
  BR: 'BRL',
  PH: 'PHP',
  MY: 'MYR',
  KR: 'KRW',
  TW: 'TWD',
  ID: 'IDR',
  VN: 'VND',
  TH: 'THB',
  TR: 'TRY',
  JO: 'JOD',
  KE: 'KES',
  PE: 'PEN',
  RU: 'RUB',
  UA: 'UAH',
  KZ: 'KZT',
  ...DOLLAR_BY_COUNTRY,
  ...KRONE_BY_COUNTRY,
  ...Object.fromEntries(EURO_COUNTRIES.map((c) => [c, 'EUR'])),
};

/** Country names as locations write them; more specific names first ("New South Wales" is not Wales). */
const COUNTRY_NAMES: readonly (readonly [RegExp, string])[] = [
  [
    /\bnew south wales\b|\bnsw\b|\bqueensland\b|\baustralia\b|\btasmania\b|\bnorthern territory\b|\bvictoria\b(?!,?\s*(?:bc|b\.c\.|british columbia|tx|texas|canada|seychelles)\b)/,
    'AU',
  ],
  [/\bnew mexico\b|\bunited states\b|\busa?\b|\bu\.s\.a?\.?(?!\w)/, 'US'],
  [
    /\bnorthern ireland\b|\bunited kingdom\b|\bgreat britain\b|\bengland\b|\bscotland\b|\bwales\b|\buk\b/,
    'GB',
  ],
  [/\bnew zealand\b|\baotearoa\b/, 'NZ'],
  [/\bhong kong\b/, 'HK'],
  [/\bsingapore\b/, 'SG'],
  // Canada's provinces, and their postal codes after a comma ("Ottawa, ON"): none is a US state's.
  [
    /\bcanada\b|\bontario\b|\bquebec\b|\bquébec\b|\bbritish columbia\b|\balberta\b|\bmanitoba\b|\bsaskatchewan\b|\bnova scotia\b|\bnew brunswick\b|\bnewfoundland\b|,\s*(?:on|qc|bc|ab|mb|sk|ns|nb|nl|pe)\b/,
    'CA',
  ],
  [/\bmexico\b|\bméxico\b/, 'MX'],
  [/\bchile\b/, 'CL'],
  [/\bcolombia\b|\bbogot(?:a\b|á)|\bmedell[ií]n\b/, 'CO'],
  [/\bargentina\b|\bbuenos aires\b/, 'AR'],
  [/\buruguay\b|\bmontevideo\b/, 'UY'],
  [/\bper(?:u\b|ú)|\barequipa\b/, 'PE'],
  // Russia, Ukraine and Kazakhstan, in Latin and Cyrillic letters (\b knows only Latin words).
  [/\brussia\b|\bmoscow\b|россия|москва/, 'RU'],
  [/\bukraine\b|\bkyiv\b|україна|украина|київ|киев/, 'UA'],
  [/\bkazakhstan\b|\balmaty\b|\bastana\b|казахстан|алматы|астана/, 'KZ'],
  [/\bireland\b/, 'IE'],
  [/\bgermany\b|\bdeutschland\b/, 'DE'],
  [/\bfrance\b/, 'FR'],
  [/\bnetherlands\b|\bholland\b/, 'NL'],
  [/\bbelgium\b/, 'BE'],
  [/\bluxembourg\b/, 'LU'],
  [/\baustria\b|\bösterreich\b/, 'AT'],
  [/\bspain\b|\bespaña\b/, 'ES'],
  [/\bportugal\b/, 'PT'],
  [/\bitaly\b|\bitalia\b/, 'IT'],
  [/\bfinland\b/, 'FI'],
  [/\bgreece\b/, 'GR'],
  [/\bswitzerland\b|\bschweiz\b|\bsuisse\b/, 'CH'],
  [/\bsweden\b|\bsverige\b/, 'SE'],
  [/\bnorway\b|\bnorge\b/, 'NO'],
  [/\bdenmark\b|\bdanmark\b/, 'DK'],
  [/\biceland\b/, 'IS'],
  [/\bpoland\b|\bpolska\b/, 'PL'],
  [/\bczech/, 'CZ'],
  [/\bhungary\b/, 'HU'],
  [/\bromania\b/, 'RO'],
  [/\bisrael\b/, 'IL'],
  [/\bjordan\b/, 'JO'],
  [/\bunited arab emirates\b|\buae\b|\bdubai\b/, 'AE'],
  [/\bsaudi arabia\b/, 'SA'],
  [/\bsouth africa\b/, 'ZA'],
  [/\bbrazil\b|\bbrasil\b/, 'BR'],
  [/\bphilippines\b/, 'PH'],
  [/\bmalaysia\b/, 'MY'],
  [/\bsouth korea\b|\bkorea\b/, 'KR'],
  [/\bindia\b/, 'IN'],
  [/\bkenya\b|\bnairobi\b|\bmombasa\b/, 'KE'],
  [/\bindonesia\b|\bjakarta\b/, 'ID'],
  [/\bvietnam\b|\bviet nam\b|\bhanoi\b|\bho chi minh\b/, 'VN'],
  [/\btaiwan\b|\btaipei\b/, 'TW'],
  [/\bjapan\b/, 'JP'],
  [/\bchina\b/, 'CN'],
];

/**
 * Reads a country hint (ISO 3166 alpha-2, or a location such as "Sydney, Australia") as an
 * alpha-2 code, or null when it names no country we know.
 * @example countryFromHint('Sydney NSW, Australia') // 'AU'
 */
export function countryFromHint(hint: string | null | undefined): string | null {
  if (!hint) return null;
  const t = hint.trim();
  if (/^[A-Za-z]{2}$/.test(t)) {
    const code = t.toUpperCase();
    return code === 'UK' ? 'GB' : code;
  }
  const lower = t.slice(0, 200).toLowerCase();
  for (const [re, code] of COUNTRY_NAMES) if (re.test(lower)) return code;
  // A city or state with no country after it ("Perth, WA", "Brisbane CBD"): the places that settle a "$".
  return dollarPlaceCountry(lower);
}

/** The currency a country pays in, for amounts written without any mark. */
export function localCurrency(country: string | null): string | null {
  return country ? (ownEntry(LOCAL_CURRENCY, country) ?? null) : null;
}

/**
 * Reads a currency mark as written ("US$", "£", "AUD", "kr") as an ISO code, or as an ambiguous
 * mark ("DOLLAR", "YEN", "KRONE") that `resolveCurrency` settles with the country.
 */
export function readCurrencyMark(mark: string): CurrencyMark | null {
  // Currency names as words ("US Dollars", "euro", "Franken"): taxonomy/pay-vocabulary.json.
  const word = CURRENCY_WORD_MARKS.get(
    mark
      .trim()
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/’/g, "'"),
  );
  if (word) return word;
  const key = mark.replace(/[\s\u00a0.]/g, '').toUpperCase();
  if (CODE_SET.has(key)) return key;
  // ownEntry, not SYMBOLS[...]: the mark is the posting's text, and may be "constructor".
  const symbol = ownEntry(SYMBOLS, key) ?? ownEntry(SYMBOLS, mark.trim());
  if (symbol) return symbol;
  // "CAD$", "AUD$", "USD $": a code with a dollar sign after it.
  if (key.endsWith('$') && CODE_SET.has(key.slice(0, -1))) return key.slice(0, -1);
  return null;
}

const AMBIGUOUS = new Set<string>(['DOLLAR', 'YEN', 'KRONE', 'YUAN', 'PESO', 'RUPEE']);
/** The rupee "Rs." names in each country that writes it; India's elsewhere (the "₹" sign is India's alone). */
const RUPEE_BY_COUNTRY: Readonly<Record<string, string>> = { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR' };
/** The peso each country means by "pesos"; elsewhere nothing (the word alone names no country's). */
const PESO_BY_COUNTRY: Readonly<Record<string, string>> = {
  MX: 'MXN',
  PH: 'PHP',
  CL: 'CLP',
  CO: 'COP',
  AR: 'ARS',
  UY: 'UYU',
};

// Every currency the vocabulary names must be one the scanner knows, or a mark the country settles.
for (const entry of PAY_VOCABULARY.currencyWords)
  if (!CODE_SET.has(entry.currency) && !AMBIGUOUS.has(entry.currency))
    throw new Error(`pay-vocabulary.json: unknown currency ${entry.currency}`);
/** The currency 元 names in each country that writes it; mainland China's otherwise. */
const YUAN_BY_COUNTRY: Readonly<Record<string, string>> = { TW: 'TWD', HK: 'HKD', CN: 'CNY' };
const DOLLAR_CURRENCIES = new Set(['USD', ...Object.values(DOLLAR_BY_COUNTRY), 'BRL', 'TWD']);
const KRONE_CURRENCIES = new Set(Object.values(KRONE_BY_COUNTRY));

/** True for a mark that needs the country ("$", "¥", "kr"). */
export function isAmbiguousMark(mark: CurrencyMark): mark is AmbiguousCurrency {
  return AMBIGUOUS.has(mark);
}

/**
 * Merges the marks on the two ends of a range ("$150,000 - $170,000 AUD"): a code beside an
 * ambiguous mark settles it. Returns undefined when the ends disagree (then it is not one range).
 */
export function mergeMarks(a: CurrencyMark | null, b: CurrencyMark | null): CurrencyMark | null | undefined {
  if (a === null || a === b) return b;
  if (b === null) return a;
  const aAmb = isAmbiguousMark(a);
  const bAmb = isAmbiguousMark(b);
  if (aAmb && !bAmb) return fitsMark(a, b) ? b : undefined;
  if (bAmb && !aAmb) return fitsMark(b, a) ? a : undefined;
  return undefined;
}

function fitsMark(mark: AmbiguousCurrency, code: string): boolean {
  if (mark === 'DOLLAR') return DOLLAR_CURRENCIES.has(code);
  if (mark === 'YEN') return code === 'JPY' || code === 'CNY';
  if (mark === 'YUAN') return Object.values(YUAN_BY_COUNTRY).includes(code);
  if (mark === 'PESO') return Object.values(PESO_BY_COUNTRY).includes(code);
  if (mark === 'RUPEE') return Object.values(RUPEE_BY_COUNTRY).includes(code);
  return KRONE_CURRENCIES.has(code);
}

/**
 * Settles a mark to an ISO code: "$" is USD unless the posting is in a dollar country other than
 * the US; "¥" is JPY unless in China; "元" is CNY unless in Taiwan (TWD) or Hong Kong (HKD); "kr"
 * needs a Nordic country. Null when it cannot be told.
 */
export function resolveCurrency(mark: CurrencyMark | null, country: string | null): string | null {
  if (mark === null) return null;
  if (mark === 'DOLLAR') return (country && ownEntry(DOLLAR_BY_COUNTRY, country)) || 'USD';
  if (mark === 'YEN') return country === 'CN' ? 'CNY' : 'JPY';
  if (mark === 'YUAN') return (country && ownEntry(YUAN_BY_COUNTRY, country)) || 'CNY';
  if (mark === 'KRONE') return (country && ownEntry(KRONE_BY_COUNTRY, country)) || null;
  if (mark === 'PESO') return (country && ownEntry(PESO_BY_COUNTRY, country)) || null;
  if (mark === 'RUPEE') return (country && ownEntry(RUPEE_BY_COUNTRY, country)) || 'INR';
  return mark;
}

const PLAIN_DIGITS = /^\d{1,15}$/;
const LAKH_GROUPING = /^\d{1,2}(?:,\d\d)+,\d{3}$/;
const DECIMAL_TAIL = /[.,](\d{1,2})$/;

/**
 * Parses a number as postings write it: "150,000", "65.000", "1.234,56", "120'000", "120 000",
 * "24.50", "25,00,000" (lakh). A single separator followed by three digits groups thousands;
 * followed by one or two digits it is the decimal point.
 * @example parseAmount('1.234,56') // 1234.56
 */
export function parseAmount(text: string): number | null {
  if (PLAIN_DIGITS.test(text)) return Number(text);
  if (LAKH_GROUPING.test(text)) return Number(text.replace(/,/g, ''));
  const tail = DECIMAL_TAIL.exec(text);
  const intPart = (tail ? text.slice(0, tail.index) : text).replace(/\D/g, '');
  if (!intPart) return null;
  const value = Number(tail ? `${intPart}.${tail[1]}` : intPart);
  return Number.isFinite(value) ? value : null;
}

const PERIOD_WORDS: readonly (readonly [RegExp, Period])[] = [
  [/^(?:hour|hr|h|hourly|per[- ]?hour(?:[- ]wage)?|ph)$/, 'hour'],
  [/^(?:day|d|daily|per[- ]?day(?:[- ]wage)?|pd)$/, 'day'],
  [/^(?:week|wk|w|weekly|per[- ]?week(?:[- ]wage)?|pw)$/, 'week'],
  [/^(?:month|mo|mth|m|monthly|per[- ]?month(?:[- ]wage)?|pcm|pm)$/, 'month'],
  [
    /^(?:year|yr|y|yearly|annual|annually|annum|per[- ]?(?:year|annum)(?:[- ](?:salary|wage))?|pa|salary)$/,
    'year',
  ],
];

/**
 * Reads a period as structured sources spell it: schema.org unitText ("HOUR", "YEAR"), Lever's
 * "per-hour-wage", "yearly", "monthly"...; null for anything else.
 */
export function readPeriodWord(word: unknown): Period | null {
  if (typeof word !== 'string') return null;
  const key = word.trim().toLowerCase().replace(/[._]/g, '').replace(/\s+/g, ' ');
  for (const [re, period] of PERIOD_WORDS) if (re.test(key)) return period;
  return null;
}
