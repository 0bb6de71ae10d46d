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

/**
 * What may stand between the two ends of a range, in the languages postings come in: "to", "a",
 * "à", "até", "hasta", "bis", "tot". The "and" words count only after "between" ("entre X e Y").
 */
export const CONNECTOR =
  /^\s*(?:-{1,2}|[–—‒―~]|to|till|until|through|thru|bis|à|a|até|hasta|tot|and|e|y|et|und|en)\s*$/i;
/** "and", "e", "y", "et", "und", "en": alone they join two things, they do not make a range. */
export const AND_CONNECTOR = /^\s*(?:and|e|y|et|und|en)\s*$/i;
export const BETWEEN_BEFORE = /\b(?:between|entre|zwischen|tussen)[\s:]*$/i;
/** Words that open a range, kept in its raw text: "between", "from", "de", "entre", "von"... */
export const RANGE_LEAD = new RegExp(
  `(?<![${LETTER}])(?:between|from|entre|de|desde|zwischen|von|van|tussen)\\s*$`,
  'i',
);

const SLASH = '\\/\\s*';
/** "per", "a", and their kin: "pro Monat", "im Monat", "par mois", "por mês", "al mes", "per maand". */
const UNIT = `(?:${SLASH}|(?:per|an?|each|every|pro|im|par|por|al)\\s+)`;
const PERIOD_FORMS = {
  hour: `${UNIT}(?:hours?|hrs?|stunde|std\\.?|heure|hora|uur)|${SLASH}h|hourly|stündlich|p\\.?\\s?h\\.?|p\\/h|ph`,
  day: `${UNIT}(?:days?|tag|jour|día|dia|dag)|${SLASH}[dj]|daily(?:\\s+rate)?|day\\s+rate|täglich|p\\.?\\s?d\\.?|p\\/d|pd`,
  week: `${UNIT}(?:weeks?|wk|woche|semaine|semana)|${SLASH}w|weekly|wöchentlich|p\\.?\\s?w\\.?|p\\/w|pw`,
  month:
    `${UNIT}(?:months?|mo|mth|monat|mois|mes|mês|mese|maand)|${SLASH}m|monthly|monatl(?:ich|\\.)?` +
    '|mensuel(?:le)?s?|mensual(?:es)?|mensa(?:l|is)|p\\.?\\s?m\\.?|pcm|p\\/m',
  year:
    `${UNIT}(?:years?|yrs?|annum|annual|jahr|an|année|año|ano|jaar)|${SLASH}y|annually|annual|yearly` +
    '|jährl(?:ich|\\.)?|anual(?:es)?|anuais|annuel(?:le)?s?|annuali[sz]ed|p\\.?\\s?a\\.?|lpa',
};
/** Words that may stand between an amount and its period: "65.000 € brutto/Jahr", "4 500 € brut par mois". */
const BEFORE_PERIOD = `${CODE_PATTERN}|gross|brut(?:to|os?|as?|e|s)?|net(?:to|os?|s)?|base|salary|pay|total|approx\\.?|before tax|pre-tax|OTE|DOE|CLT`;
/** A period stated right after the amount: "$48 - $55 an hour", "£500pd", "€5.000 brutto/Monat". */
export const PERIOD_AFTER = new RegExp(
  `^[\\s,(]*(?:(?:${BEFORE_PERIOD})[\\s,)]*){0,2}` +
    `(?:${Object.entries(PERIOD_FORMS)
      .map(([period, form]) => `(?<${period}>${form})`)
      .join('|')})${END}\\.?`,
  'i',
);
/** A period named before the amount or in its section: "Hourly rate: $45", "Annual salary". */
export const PERIOD_BEFORE = new RegExp(
  '\\b(?:(?<hour>hourly|per hour|an hour|hour rate|stundensatz|stundenlohn|stündlich|por hora|par heure|pro stunde)' +
    '|(?<day>daily|day rate|per day|tagessatz|täglich)|(?<week>weekly|per week|wöchentlich)' +
    '|(?<month>monthly|per month|(?:brutto)?monatsgehalt|monatlich|im monat|pro monat|mensal|mensual|mensuel(?:le)?' +
    '|por m[eê]s|al mes|par mois)' +
    '|(?<year>annual(?:ly|i[sz]ed)?|yearly|per year|per annum|(?:brutto)?jahresgehalt|jährlich|im jahr|pro jahr' +
    `|anual|annuel(?:le)?|por a[ñn]o|al año|par an|p\\.a\\.))${END}`,
  'gi',
);

/** Words that say an amount is pay. */
export const PAY_CUE = new RegExp(
  `\\b(?:${words([
    'salary|salaries|pay|paid|pays|paying|compensation|comp|base|wages?|rate|range|OTE|earnings?|earn',
    'remuneration|package|income|CTC|TC|gehalt|vergütung|lohn|salaire|rémunération|sueldo|salario',
    'salários?|salarios|remuneração|remuneración|retribución|retribuzione|stipendio|salaris',
    '(?:brutto)?(?:jahres|monats)gehalt|bruttogehalt|zielgehalt|gehaltsspanne|bezahlung|entlohnung',
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
  // The same in Portuguese, Spanish, French, German and Dutch.
  'orçamentos?|presupuestos?|(?:jahres)?umsatz|umsätze|faturamento|facturación|chiffre d.affaires',
  'receitas?|ventas|vendas|investimentos?|inversi(?:ón|ones)|investissements?|investitionen',
  'custos?|costes?|coûts?|kosten|gastos|dépenses|ausgaben|financiamento|financiación|levée de fonds',
  'bônus|bonos?|bonificación|primes?|prämien?|boni|provision(?:en)?|comis(?:ión|iones)|comiss(?:ão|ões)',
  'PLR|participação nos lucros|participación en beneficios|intéressement|aktien|acciones|ações',
  'vale[- ](?:refeição|alimentação|transporte)|auxílios?|ayudas?|tickets? restaurant|indemnités?',
  'zuschuss|zuschüsse|zulagen?|mutuelle|weiterbildung|formação|formación|fahrtkosten|reembolso',
]);
export const EXCLUDE = new RegExp(`\\b(?:${EXCLUDE_WORDS})${END}`, 'gi');
/** Up to two words may stand between an amount and what it pays for ("$500,000 annual software spend"). */
const FILLER = `(?!(?:${words([
  'plus|and|or|with|for|to|from|per|on|depending|based|base|salary|pay|wage|doe|ote|incl\\w*|excl\\w*',
  'por|par|pro|al|im|mais|más',
])})${END})[${LETTER}][${LETTER}&'-]*`;
export const EXCLUDED_AFTER = new RegExp(`^\\s*(?:${FILLER}\\s+){0,2}(?:${EXCLUDE_WORDS})${END}`, 'i');
/** After a period: "$6,000 per year in tuition reimbursement", "$1,500 a month housing allowance". */
export const EXCLUDED_AFTER_PERIOD = new RegExp(
  `^\\s*(?:(?:in|for|of|toward|towards)\\s+)?(?:${FILLER}\\s+){0,2}(?:${EXCLUDE_WORDS})${END}`,
  'i',
);
/**
 * "excluding bonus", "base + bonus": the excluded word describes the pay, not what the amount is.
 * The "+" or "and" must follow a pay word: in "lead the team and annual budget of $2M" it does not.
 */
export const NEGATED =
  /(?:exclud\w*|excl\.?|not including|without|before|hors|sans|sin|sem|ohne|exkl\.?|excluindo|excluyendo)\s*\(?\s*$/i;
export const ADDITIVE = new RegExp(
  `\\b(?:base|basic|salary|salaries|pay|wages?|comp(?:ensation)?|OTE|earnings|fixed|gehalt|salaire|fixe|salário|salario|sueldo|fixo)` +
    `\\s*\\)?\\s*(?:\\+|\\bplus|\\band|&|\\bmais|\\bmás|\\bzzgl\\.?|\\bzuzüglich)\\s*(?:[${LETTER}]+\\s+)?$`,
  'i',
);

/** A bare number followed by these counts something else: "40 hours", "15%", "45 staff". */
export const NOT_MONEY_AFTER = new RegExp(
  `^\\s*(?:%|${words([
    'percent|per ?cent|years?|yrs?|hours?|hrs?|days?|weeks?|months?|employees|staff|people|users',
    'students|sites|locations|beds|members|reports|direct reports|servers|endpoints|devices|seats',
    'anos|años|ans|jahre[n]?|jaar|horas|heures|stunden|uur|dias|días|jours|tage[n]?|meses|mois|monate[n]?',
    'funcionários|empleados|salariés|mitarbeiter(?:innen)?|pessoas|personas|personnes|personen',
  ])})${END}`,
  'i',
);
/** "$100k+ bonus": the "+" adds something, it does not open the range. */
export const PLUS_ADDS =
  /^\s*(?:bonus|benefits|super|equity|commission|incentive|stock|RSUs?|shares|package)/i;

export const UP_TO_BEFORE =
  /(?:up\s+to|upto|to\s+a\s+max(?:imum)?\s+of|max(?:imum)?\.?(?:\s+of)?|not\s+to\s+exceed|capped\s+at|as\s+much\s+as|no\s+more\s+than|bis\s+zu|jusqu'à|\baté|\bhasta|\btot\s+max(?:imaal)?)[\s:]*$/i;
export const FROM_BEFORE =
  /(?:\bfrom|starting\s+(?:at|from)|starts?\s+at|at\s+least|\bmin(?:imum)?\.?(?:\s+of)?|no\s+less\s+than|in\s+excess\s+of|upwards\s+of|\bover|\babove|\bab|[àa]\s+partir\s+de|\bdesde|\bmindestens|au\s+moins|\bvanaf)[\s:]*$/i;
export const OR_MORE_AFTER = new RegExp(
  `^\\s*(?:or\\s+(?:more|above|higher|greater)|and\\s+(?:above|up|upwards|higher)|ou\\s+(?:mais|plus)|o\\s+más|oder\\s+mehr|et\\s+plus|of\\s+meer)${END}`,
  'i',
);

export const OTE_CUE = new RegExp(
  '\\b(?:OTE|on[- ]target(?:\\s+earnings)?|total\\s+(?:target\\s+)?comp(?:ensation)?|total\\s+cash(?:\\s+comp\\w*)?' +
    `|TTC|TC|target\\s+total\\s+cash|total\\s+target\\s+cash)${END}`,
  'gi',
);
export const BASE_CUE = new RegExp(
  `\\b(?:base|basic|salary|salaries|grundgehalt|gehalt|salaire|salário|salario|sueldo|stipendio|salaris)${END}`,
  'gi',
);
export const PAY_SECTION = new RegExp(
  `\\b(?:${words([
    'salary|pay|compensation|remuneration|wages?|rate|earnings|package|OTE|total rewards|gehalt|vergütung',
    'salário|salario|sueldo|remuneração|remuneración|rémunération|salaire|retribución|stipendio|salaris',
  ])})${END}`,
  'i',
);
export const PERKS_SECTION = new RegExp(
  `\\b(?:${words([
    'benefits|perks|what we offer|offer',
    'benefícios|beneficios|avantages|vorteile|wir bieten|nous offrons|oferecemos|ofrecemos',
  ])})${END}`,
  'i',
);
