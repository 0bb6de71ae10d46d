/**
 * The words around an amount that tell what it is: pay or not, per what period, base or OTE,
 * a lower or an upper bound. Data for the scanner in salary-text.ts, compiled once at load.
 *
 * Regexes here run on short windows (about 80 characters) beside an amount, never on whole
 * blocks, except PAY_CUE which is tried once per block. None uses the `u` flag: with it V8's
 * case-insensitive alternations run several times slower, so letters are spelled as a class.
 */
import { CODE_PATTERN } from './money.ts';

/** Letters, Latin-1 accents included ("jährlich", "rémunération"). */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ';
const END = `(?![${LETTER}])`;
const words = (list: readonly string[]) => list.join('|');

/** What may stand between the two ends of a range. "and" counts only after "between". */
export const CONNECTOR = /^\s*(?:-{1,2}|[–—‒―~]|to|till|until|through|thru|bis|à|and)\s*$/i;
export const BETWEEN_BEFORE = /\bbetween[\s:]*$/i;
export const RANGE_LEAD = /\b(?:between|from)\s*$/i;

const SLASH = '\\/\\s*';
const UNIT = `(?:${SLASH}|(?:per|an?|each|every|pro|par|por|al)\\s+)`;
const PERIOD_FORMS = {
  hour: `${UNIT}(?:hours?|hrs?|stunde|std\\.?|heure|hora)|${SLASH}h|hourly|p\\.?\\s?h\\.?|p\\/h|ph`,
  day: `${UNIT}(?:days?|tag|jour|día|dia)|${SLASH}[dj]|daily(?:\\s+rate)?|day\\s+rate|p\\.?\\s?d\\.?|p\\/d|pd`,
  week: `${UNIT}(?:weeks?|wk|woche|semaine)|${SLASH}w|weekly|p\\.?\\s?w\\.?|p\\/w|pw`,
  month: `${UNIT}(?:months?|mo|mth|monat|mois|mes)|${SLASH}m|monthly|monatlich|mensuel|mensual|p\\.?\\s?m\\.?|pcm|p\\/m`,
  year: `${UNIT}(?:years?|yrs?|annum|annual|jahr|an|année|año|ano)|${SLASH}y|annually|annual|yearly|jährlich|anual|annuali[sz]ed|p\\.?\\s?a\\.?|lpa`,
};
/** A period stated right after the amount: "$48 - $55 an hour", "£500pd", "€5.000 brutto/Monat". */
export const PERIOD_AFTER = new RegExp(
  `^[\\s,(]*(?:(?:${CODE_PATTERN}|gross|brutto|base|salary|pay|total|approx\\.?|before tax|pre-tax|OTE|DOE)[\\s,)]*){0,2}` +
    `(?:${Object.entries(PERIOD_FORMS)
      .map(([period, form]) => `(?<${period}>${form})`)
      .join('|')})${END}\\.?`,
  'i',
);
/** A period named before the amount or in its section: "Hourly rate: $45", "Annual salary". */
export const PERIOD_BEFORE = new RegExp(
  '\\b(?:(?<hour>hourly|per hour|an hour|hour rate|stundensatz|stundenlohn)' +
    '|(?<day>daily|day rate|per day|tagessatz)|(?<week>weekly|per week)' +
    '|(?<month>monthly|per month|monatsgehalt|monatlich)' +
    `|(?<year>annual(?:ly|i[sz]ed)?|yearly|per year|per annum|jahresgehalt|p\\.a\\.))${END}`,
  'gi',
);

/** Words that say an amount is pay. */
export const PAY_CUE = new RegExp(
  `\\b(?:${words([
    'salary|salaries|pay|paid|pays|paying|compensation|comp|base|wages?|rate|range|OTE|earnings?|earn',
    'remuneration|package|income|CTC|TC|gehalt|vergütung|lohn|salaire|rémunération|sueldo|salario',
  ])})${END}`,
  'gi',
);

/** Money that is not pay, and pay that is not the salary (bonuses, perks, matches). */
const EXCLUDE_WORDS = words([
  'budgets?|revenues?|sales|turnover|assets?|AUM|under management|fund(?:s|ing|ed)?|raised?|raising',
  'valuation|valued|bonds?|bond-funded|savings|saved?|spend(?:ing)?|capex|opex|expenditures?',
  'contract value|contracts? worth|deals?|portfolio|investments?|invested|grants?|costs?|ARR|MRR',
  'pipeline|quotas?|P&L|loans?|deposits|premiums?|donations?|endowment|payroll|market cap|profits?',
  'EBITDA|backlog|procurement|purchases?|acquisitions?|tuition|fees?',
  'prices?|priced|awards?|prizes?|credits?|insurance',
  'bonus(?:es)?|sign[- ]?on|signing|joining|stipends?|allowances?|reimburs\\w*|relocation|equity',
  'RSUs?|stock|shares|options|401\\s?\\(?k\\)?|403\\s?\\(?b\\)?|match(?:ing)?|referral|commissions?',
  'per diem|wellness|learning|education|training|home[- ]office|gym|lunch|meals?|travel|expenses',
  'retention|incentives?|profit[- ]sharing|HSA|FSA|pension',
]);
export const EXCLUDE = new RegExp(`\\b(?:${EXCLUDE_WORDS})${END}`, 'gi');
/** Up to two words may stand between an amount and what it pays for ("$500,000 annual software spend"). */
const FILLER = `(?!(?:${words([
  'plus|and|or|with|for|to|from|per|on|depending|based|base|salary|pay|wage|doe|ote|incl\\w*|excl\\w*',
])})${END})[${LETTER}][${LETTER}&'-]*`;
export const EXCLUDED_AFTER = new RegExp(`^\\s*(?:${FILLER}\\s+){0,2}(?:${EXCLUDE_WORDS})${END}`, 'i');
/** After a period: "$6,000 per year in tuition reimbursement", "$1,500 a month housing allowance". */
export const EXCLUDED_AFTER_PERIOD = new RegExp(
  `^\\s*(?:(?:in|for|of|toward|towards)\\s+)?(?:${FILLER}\\s+){0,2}(?:${EXCLUDE_WORDS})${END}`,
  'i',
);
/** "excluding bonus", "base + bonus": the excluded word describes the pay, not what the amount is. */
export const NEGATED = /(?:exclud\w*|excl\.?|not including|without|before)\s*\(?\s*$/i;
export const ADDITIVE = new RegExp(`(?:\\+|\\bplus|\\band|&)\\s*(?:[${LETTER}]+\\s+)?$`, 'i');

/** A bare number followed by these counts something else: "40 hours", "15%", "45 staff". */
export const NOT_MONEY_AFTER = new RegExp(
  `^\\s*(?:%|${words([
    'percent|per ?cent|years?|yrs?|hours?|hrs?|days?|weeks?|months?|employees|staff|people|users',
    'students|sites|locations|beds|members|reports|direct reports|servers|endpoints|devices|seats',
  ])})${END}`,
  'i',
);
/** "$100k+ bonus": the "+" adds something, it does not open the range. */
export const PLUS_ADDS =
  /^\s*(?:bonus|benefits|super|equity|commission|incentive|stock|RSUs?|shares|package)/i;

export const UP_TO_BEFORE =
  /(?:up\s+to|upto|to\s+a\s+max(?:imum)?\s+of|max(?:imum)?\.?(?:\s+of)?|not\s+to\s+exceed|capped\s+at|as\s+much\s+as|no\s+more\s+than|bis\s+zu|jusqu'à)[\s:]*$/i;
export const FROM_BEFORE =
  /(?:\bfrom|starting\s+(?:at|from)|starts?\s+at|at\s+least|\bmin(?:imum)?\.?(?:\s+of)?|no\s+less\s+than|in\s+excess\s+of|upwards\s+of|\bover|\babove|\bab|à\s+partir\s+de)[\s:]*$/i;
export const OR_MORE_AFTER = new RegExp(
  `^\\s*(?:or\\s+(?:more|above|higher|greater)|and\\s+(?:above|up|upwards|higher))${END}`,
  'i',
);

export const OTE_CUE = new RegExp(
  '\\b(?:OTE|on[- ]target(?:\\s+earnings)?|total\\s+(?:target\\s+)?comp(?:ensation)?|total\\s+cash(?:\\s+comp\\w*)?' +
    `|TTC|TC|target\\s+total\\s+cash|total\\s+target\\s+cash)${END}`,
  'gi',
);
export const BASE_CUE = new RegExp(
  `\\b(?:base|basic|salary|salaries|grundgehalt|gehalt|salaire)${END}`,
  'gi',
);
export const PAY_SECTION =
  /\b(?:salary|pay|compensation|remuneration|wages?|rate|earnings|package|OTE|total rewards|gehalt|vergütung)\b/i;
export const PERKS_SECTION = /\b(?:benefits|perks|what we offer|offer)\b/i;
