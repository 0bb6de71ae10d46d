/**
 * The words around an amount that tell what it is: pay or not, per what period, base or OTE,
 * a lower or an upper bound. Data for the scanner in salary-text.ts, compiled once at load.
 *
 * Regexes here run on short windows (about 80 characters) beside an amount, never on whole
 * blocks, except PAY_CUE which is tried once per block. None uses the `u` flag: with it V8's
 * case-insensitive alternations run several times slower, so letters are spelled as a class.
 */
import { CODE_PATTERN } from './money.ts';
import { UP_TO_PATTERN } from './pay-vocabulary.ts';

/**
 * The terms a Chinese job board prints on one line with the pay ("4k-8k 深圳 经验不限 学历不限 全职",
 * "15-25K·13薪"): experience, education, full or part time, internship, the count of monthly pays.
 */
export const BOARD_TERMS = /经验|經驗|学历|學歷|全职|全職|兼职|兼職|实习|實習|应届|應屆|\d+薪/;

/** Letters, Latin-1 accents included ("jährlich", "rémunération"). */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ';
/** Russian, Ukrainian and Kazakh letters: `\\b` knows only Latin words, so Cyrillic ones are bounded by these. */
export const CYRILLIC = 'А-Яа-яЁёІіЇїЄєҐґ';
const END = `(?![${LETTER}])`;
const CYR_START = `(?<![${CYRILLIC}])`;
const CYR_END = `(?![${CYRILLIC}])`;
/** Before a word: `\\b` for Latin words; Japanese and Chinese ones ("想定年収") stand between any characters. */
const START = `(?<![${LETTER}${CYRILLIC}\\d_])`;
const words = (list: readonly string[]) => list.join('|');

/**
 * What may stand between the two ends of a range, in the languages postings come in: "to", "a",
 * "à", "até", "hasta", "bis", "tot", the Japanese wave dash ("〜", "～"), Chinese "至" / "到". The "and" words count
 * only after "between" ("entre X e Y").
 */
/** What joins a range's two amounts; "to -" (USAJobs) and a Markdown-escaped "\\-" too. */
export const CONNECTOR =
  /^\s*(?:\\?-{1,2}|\\?[–—‒―~〜～]|(?:to|till|until|through|thru)(?:\s*[-–—])?|bis|à|a|até|hasta|tot|do|до|and|e|y|et|und|en|sampai|hingga|s\/d|đến|tới|至|到)\s*$/i;
/** "and", "e", "y", "et", "und", "en": alone they join two things, they do not make a range. */
export const AND_CONNECTOR = /^\s*(?:and|e|y|et|und|en)\s*$/i;
export const BETWEEN_BEFORE = /\b(?:between|entre|zwischen|tussen|antara)(?:\s+(?:de|het|the))?[\s:]*$/i;
/** Words that open a range, kept in its raw text: "between", "from", "de", "entre", "von"... */
export const RANGE_LEAD = new RegExp(
  `(?<![${LETTER}${CYRILLIC}])(?:between|from|entre|de|desde|zwischen|von|van|tussen|od|antara|от|від)\\s*$`,
  'i',
);

const SLASH = '\\/\\s*';
/**
 * "per", "a", and their kin: "pro Monat", "im Monat", "par mois", "por mês", "al mes", "per maand",
 * "na miesiąc", "za godzinę".
 */
const UNIT = `(?:${SLASH}|(?:per|an?|each|every|pro|im|par|por|al|na|za|в|за|на)\\s+)`;
const PERIOD_FORMS = {
  hour:
    `${UNIT}(?:hours?|hrs?|stunde|std\\.?|heure|hora|uur|godzin[ęya]|godz\\.?|jam|giờ)|${SLASH}(?:h|時間?|시간)|hourly|stündlich` +
    '|godzinowo|p\\.?\\s?h\\.?|p\\/h|ph' +
    // Russian and Ukrainian: "руб/час", "в час", "за годину", "/ч".
    `|${UNIT}(?:час|годину)${CYR_END}|${SLASH}ч${CYR_END}|почасово${CYR_END}`,
  day: `${UNIT}(?:days?|tag|jour|día|dia|dag|dzień|dzien|hari|ngày)|${SLASH}(?:[dj]|日|일)|daily(?:\\s+rate)?|day\\s+rate|täglich|dziennie|p\\.?\\s?d\\.?|p\\/d|pd|${UNIT}(?:день|смену|сутки)${CYR_END}`,
  week: `${UNIT}(?:weeks?|wk|woche|semaine|semana|tydzień|tydz\\.?|minggu|tuần)|${SLASH}(?:w|週|주)|weekly|wöchentlich|tygodniowo|semanal(?:es)?|mingguan|p\\.?\\s?w\\.?|p\\/w|pw`,
  month:
    `${UNIT}(?:months?|mo|mth|monat|mois|mes|mês|mese|maand|miesiąc|mies\\.?|m-c|bulan|tháng)|${SLASH}(?:m|月|월)|monthly|monatl(?:ich|\\.)?|bulanan|sebulan` +
    '|mensuel(?:le)?s?|mensual(?:es)?|mensualizad[oa]s?|mensa(?:l|is)|maandelijks|miesięcznie|mies\\.|p\\.?\\s?m\\.?|pcm|p\\/m|kuus' +
    `|${UNIT}(?:месяц|мес\\.?|місяць|міс\\.?)${CYR_END}|ежемесячно${CYR_END}|щомісяця${CYR_END}`,
  year:
    `${UNIT}(?:years?|yrs?|annum|annual|jahr|an|année|año|ano|jaar|rok|tahun|năm)|${SLASH}(?:y|年|년)|annually|annual|yearly|tahunan` +
    '|jährl(?:ich|\\.)?|anual(?:es)?|anuais|annuel(?:le)?s?|annuali[sz]ed|jaarlijks|rocznie|p\\.?\\s?a\\.?|lpa' +
    `|${UNIT}(?:год|рік)${CYR_END}`,
};
/**
 * Words that may stand between an amount and its period: "65.000 € brutto/Jahr", "4 500 € brut par
 * mois", "18 000 zł brutto / mies.", "R780 000 CTC per annum".
 */
const BEFORE_PERIOD = `${CODE_PATTERN}|gross|brut(?:to|os?|as?|e|s)?|net(?:to|os?|s)?|l[ií]quid[oa]s?|base|salary|pay|total|approx\\.?|before tax|pre-tax|OTE|DOE|CLT|CTC|cost to company|B2B|UoP`;
/** A period stated right after the amount: "$48 - $55 an hour", "£500pd", "€5.000 brutto/Monat". */
export const PERIOD_AFTER = new RegExp(
  `^[\\s,(]*(?:(?:${BEFORE_PERIOD})[\\s,()]*){0,2}` +
    `(?:${Object.entries(PERIOD_FORMS)
      .map(([period, form]) => `(?<${period}>${form})`)
      .join('|')})${END}\\.?`,
  'i',
);
/**
 * schema.org's unitText as exports print it right after the range, in capitals and with no "per":
 * "$117,912.00 - $169,788.00 YEAR", "$7,885.00 - $13,237.00 MONTH". Case-sensitive, so a lower-case
 * "year" after an amount ("$5,000 year-end bonus") is not read as one.
 */
export const UNIT_TEXT_AFTER = new RegExp(
  `^[\\s,(]*(?:(?<hour>HOURLY|HOUR)|(?<day>DAILY|DAY)|(?<week>WEEKLY|WEEK)|(?<month>MONTHLY|MONTH)|(?<year>YEARLY|YEAR|ANNUAL))${END}`,
);
/**
 * A period named before the amount or in its section: "Hourly rate: $45", "Annual salary",
 * "Salarisindicatie (bruto per maand)", "Wynagrodzenie miesięczne", "想定年収", "月給", "時給".
 */
export const PERIOD_BEFORE = new RegExp(
  `${START}(?:(?<hour>hourly|per hour|an hour|hour rate|stundensatz|stundenlohn|stündlich|por hora|par heure|pro stunde` +
    '|per uur|uurloon|uurtarief|na godzinę|za godzinę|stawka godzinowa|в час|за час|почасов(?:ая|ой)|時給|时薪|時薪|시급)' +
    '|(?<day>daily|day rate|per day|tagessatz|täglich|per dag|dagtarief|dziennie|stawka dzienna|日給|日当|日薪)' +
    '|(?<week>weekly|per week|wöchentlich|tygodniowo|週給)' +
    '|(?<month>monthly|per month|(?:brutto)?monatsgehalt|monatlich|im monat|pro monat|mensal|mensual|mensuel(?:le)?' +
    '|por m[eê]s|al mes|par mois|per maand|maandelijks|maandsalaris|maandloon|miesięczn(?:ie|e|a)|na miesiąc' +
    '|mensualizad[oa]|в месяц|ежемесячн(?:о|ая|ый)|щомісяця|на місяць' +
    '|per bulan|bulanan|hàng tháng|月給|月収|月額|月薪|월급)' +
    '|(?<year>annual(?:ly|i[sz]ed)?|yearly|per year|per annum|(?:brutto)?jahresgehalt|jährlich|im jahr|pro jahr' +
    '|anual|annuel(?:le)?|por a[ñn]o|al año|par an|p\\.a\\.|per jaar|jaarlijks|jaarsalaris|rocznie|roczn[ea]|na rok' +
    `|per tahun|tahunan|hàng năm|в год|за год|годов(?:ой|ая)|на рік|年収|年俸|年額|年薪|年收入|年收|연봉))${END}`,
  'gi',
);

/** Japanese and Chinese pay words: annual, monthly, hourly and daily pay, salary, pay. */
const CJK_PAY =
  '年収|年俸|月給|月収|時給|日給|給与|給料|報酬|年薪|月薪|时薪|時薪|日薪|薪资|薪資|薪水|薪酬|工资|年收入|年收|月收入|연봉|월급|급여|시급';
/**
 * Russian, Ukrainian and Kazakh pay words: зарплата, заработная плата, оклад, з/п, заробітна плата,
 * жалақы. Bounded by Cyrillic letters, as `\\b` sees none.
 */
const CYRILLIC_PAY = `${CYR_START}(?:зарплат[аыуе]|заработн(?:ая|ой|ую) плат[аыуе]|оклад(?:а|ом)?|з\\/п|зп|зарплатн(?:я|і)|заробітн(?:а|ої|у) плат(?:а|и|у|ня)|оплата труда|жалақы)${CYR_END}`;
/**
 * A Russian or Ukrainian pay word just before the amount ("Зарплата от 5000 $", "оклад: 120 000"):
 * postings in those languages state a month's pay when they name no period (hh.ru's and djinni's
 * figures are monthly), whatever the currency.
 */
export const MONTHLY_PAY_WORD_BEFORE = new RegExp(`${CYRILLIC_PAY}[^.!?\\n\\d]{0,24}$`, 'iu');
/** Words that say an amount is pay. */
export const PAY_CUE = new RegExp(
  `\\b(?:${words([
    'salary|salaries|pay|paid|pays|paying|compensation|comp|base|wages?|rate|range|OTE|earnings?|earn',
    'remuneration|package|income|CTC|TC|cost to company|gehalt|vergütung|lohn|salaire|rémunération|sueldo|salario',
    'salários?|salarios|remuneração|remuneración|retribución|retribuzione|stipendio|salaris(?:indicatie|schaal)?',
    '(?:brutto)?(?:jahres|monats)gehalt|bruttogehalt|zielgehalt|gehaltsspanne|bezahlung|entlohnung',
    'maandsalaris|jaarsalaris|wynagrodzeni(?:e|a|em)|pensj[aię]|stawk[aię]|widełki|zarobki',
    // Indonesian and Vietnamese: gaji (salary), upah (wage), penghasilan (income), lương, thu nhập.
    'gaji|upah|penghasilan|lương|thu nhập',
    // Estonian: töötasu (pay), palk (salary), brutopalk.
    'töötasu|palk|palga|brutopalk',
    // "Everyone makes $180,250": the verb a person earns by.
    'makes',
    // Chile's "renta bruta" (gross monthly pay), "oferta salarial"; accents dropped as boards drop them.
    'renta\\s+(?:bruta|l[ií]quida)|salarial|remuneracion|retribucion|honorarios',
  ])})${END}|${CJK_PAY}|${CYRILLIC_PAY}`,
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
  // What an hourly figure bills or is worth rather than pays ("we bill clients $145/hour", "value
  // your time at $100/hr"), and figures given as an example.
  'bill(?:s|ed|ing|able)?|charg(?:e|es|ed|ing)|invoic(?:e|es|ed|ing)|values?',
  'example|e\\.g\\.|instance|hypothetical(?:ly)?|imagine|suppose',
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
  // Polish.
  'budżet(?:u|y|em)?|przychody?|obroty|inwestycj[ai]|premi(?:a|e|i|ą)|dofinansowanie',
]);
/** The same in Japanese and Chinese: budget, revenue, sales, funding, capital, investment, bonus. */
const CJK_EXCLUDE =
  '予算|売上|売り上げ|資金|資本金|投資|賞与|ボーナス|手当|残業代|固定残業|みなし残業|预算|营收|融资|奖金|补贴|매출|투자|성과급|보너스';
export const EXCLUDE = new RegExp(`(?:\\b(?:${EXCLUDE_WORDS})|${CJK_EXCLUDE})${END}`, 'gi');
/** Up to two words may stand between an amount and what it pays for ("$500,000 annual software spend"). */
const FILLER = `(?!(?:${words([
  'plus|and|or|with|for|to|from|per|on|depending|based|base|salary|pay|wage|doe|ote|incl\\w*|excl\\w*',
  'por|par|pro|al|im|mais|más',
])})${END})[${LETTER}][${LETTER}&'-]*`;
export const EXCLUDED_AFTER = new RegExp(
  `^\\s*(?:${FILLER}\\s+){0,2}(?:${EXCLUDE_WORDS}|${CJK_EXCLUDE})${END}`,
  'i',
);
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
/**
 * An excluded word the amount is added to rather than spent on: "equity + BRL 5k–30k per month",
 * "bonus, plus $90,000": what follows the word is a separate part of the package.
 */
export const ADDED_AFTER_EXCLUDED =
  /^[^\S\n]*(?:\+|&|\bplus\b|\band\b|\bmais\b|\bmás\b)[^\S\n]*(?:[A-Z]{3}[^\S\n]*|[A-Z]{0,2}\$[^\S\n]*)?$/;
/** A purpose after an amount: "$50,000 to fund the pilot", "$2,000 for purchasing equipment". */
export const PURPOSE_AFTER =
  /^[^\S\n]*(?:to|for)[^\S\n]+(?:fund|support|cover|purchase|buy|spend|invest|finance|pay\s+for)(?:s|ing|ed)?\b/i;
/** A lone amount stated as a ceiling after it: "$190,000 max", "£60k (maximum)", "at most". */
export const UP_TO_AFTER =
  /^[^\S\n]*\(?[^\S\n]*(?:max(?:imum)?|at[^\S\n]+(?:the[^\S\n]+)?most|tops)(?![A-Za-z])\.?\)?/i;
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

/** "up to", "fino a", "jusqu'à", "hasta", "até", "bis zu"... before a lone amount: taxonomy/pay-vocabulary.json. */
export const UP_TO_BEFORE = new RegExp(`${START}(?:${UP_TO_PATTERN})[\\s:]*$`, 'i');
/**
 * "the maximum salary available for the GS pay system is", "capped at a ceiling of": a figure
 * stated as the top of a pay system or scale, the subject of its clause, rather than an offer.
 * Read on the few words before one lone amount.
 */
export const SCALE_CAP_BEFORE =
  /\b(?:max(?:imum)?|ceiling|cap|highest|top)\b[^.;$€£\d]{0,60}\b(?:pay\s+(?:system|scale|plan|table|schedule)|grade|band|range|system|scale)\b[^.;$€£\d]{0,20}\b(?:is|of|at)[\s:]*$/i;
export const FROM_BEFORE =
  /(?:\bfrom|starting\s+(?:at|from)|starts?\s+at|at\s+least|\bmin(?:imum)?\.?(?:\s+(?:salary|pay|wage|rate|compensation))?(?:\s+(?:is|of))?|no\s+less\s+than|in\s+excess\s+of|upwards\s+of|\bover|\babove|\bab|[àa]\s+partir\s+de|\bdesde|\bmindestens|au\s+moins|\bvanaf|\bmulai(?:\s+dari)?|\bminimal|\btừ|(?<![А-Яа-яЁёІіЇїЄєҐґ])(?:от|від)|保證|保证|至少|最低)[\s:]*$/i;
export const OR_MORE_AFTER = new RegExp(
  `^\\s*(?:or\\s+(?:more|above|higher|greater)|and\\s+(?:above|up|upwards|higher)|ou\\s+(?:mais|plus)|o\\s+más|oder\\s+mehr|et\\s+plus|of\\s+meer|ke\\s+atas|trở\\s+lên|以上|起|이상|[～〜](?![\\s\\u3000]*\\d)|[-–—](?=[ \\t]*(?:\\n|$)))${END}`,
  'i',
);

export const OTE_CUE = new RegExp(
  '\\b(?:OTE|on[- ]target(?:\\s+earnings)?|total\\s+(?:target\\s+)?comp(?:ensation)?|total\\s+cash(?:\\s+comp\\w*)?' +
    `|TTC|TC|target\\s+total\\s+cash|total\\s+target\\s+cash)${END}`,
  'gi',
);
export const BASE_CUE = new RegExp(
  `\\b(?:base|basic|salary|salaries|grundgehalt|gehalt|salaire|salário|salario|sueldo|stipendio|salaris` +
    `|wynagrodzeni(?:e|a)|pensj[aię])${END}|基本給|月給`,
  'gi',
);
/**
 * Pay words only one country uses, which settle a bare "$": Australian superannuation ("$150k +
 * super", "plus 11.5% super", "inc. super") and New Zealand's KiwiSaver. SUPER_NEAR is read beside
 * the amount; PAY_COUNTRY anywhere in the posting, where "super" alone means nothing. "Plus super
 * competitive benefits" is American praise: a lower-case word after "super" rules it out, unless it
 * is the period or package the amount is for ("+ super per annum"); a capital opens the next field
 * of a board's header line ("$79,722 + super Posted 11d ago").
 */
export const SUPER_NEAR =
  /\b[Ss]uperannuation\b|(?:\+|\b[Pp]lus|\b[Ii]nc(?:l(?:uding)?)?\.?|\b[Ee]xc(?:l(?:uding)?)?\.?|\b[Ww]\/)\s*(?:\d{1,2}(?:\.\d{1,2})?\s?%\s*)?(?:[Ss]uper|SUPER)\b(?!\s+(?!(?:per|pa|p\.a|package|annually|a\s+year|an\s+annum|salary|pro)\b)[a-z])|\b[Ss]uper\s+(?:[Ii]nclusive|[Ii]ncl?\.?|[Ii]ncluded)\b/;
export const PAY_COUNTRY: readonly (readonly [RegExp, string])[] = [
  [/\bsuperannuation\b/i, 'AU'],
  [/\bkiwisaver\b/i, 'NZ'],
  // Australia's company form ("Acme Pty Ltd"); South Africa brackets it ("Acme (Pty) Ltd").
  [/(?<!\()\bPty\.?\s+(?:Ltd|Limited)\b/, 'AU'],
  // The New Taiwan dollar by name: a bare "$" or "元" beside it is Taiwan's.
  [/新[台臺]幣|\bNT\$|\bNTD\b/, 'TW'],
];

/**
 * Characters only Traditional Chinese writes and their Simplified forms (the commonest of job
 * postings: 資訊, 經驗, 條件, 職缺, 與, 們, 為, 會, 灣, 體, 務, 員, 發, 關, 時, 個, 對, 應, 數, 網, 開,
 * 處, 現, 實, 點, 歷, 驗, 內, 薦, 補, 團, 隊, 屬, 優, 質).
 */
const TRADITIONAL_ONLY =
  /[資訊經條職與們為會灣體務員發關時個對應數網開處現實點歷驗內薦補團隊屬優質門業請專項計設備統維護術軟學認環標準師試寧銷廣東華長漢蘇遼濟連島陽慶滬運營產測規劃級層導總監創線電氣車區]/g;
const KANA = /[\u3040-\u30ff]/;
const SIMPLIFIED_ONLY =
  /[资讯经条职与们为会湾体务员发关时个对应数网开处现实点历验内荐补团队属优质门业请专项计设备统维护术软学认环标准师试宁销广东华长汉苏辽济连岛阳庆沪运营产测规划级层导总监创线电气车区]/g;

/**
 * The country a Chinese posting's script says it is written in, for a bare "元" or "$": Traditional
 * characters are Taiwan's (Hong Kong writes "HK$" / "港元"), Simplified ones mainland China's. Null
 * for a text with fewer than two such characters or no clear majority.
 */
export function hanScriptCountry(text: string): string | null {
  // Kana: Japanese, whose kanji share these forms; its currency marks are its own (円, ¥).
  if (KANA.test(text)) return null;
  const traditional = text.match(TRADITIONAL_ONLY)?.length ?? 0;
  const simplified = text.match(SIMPLIFIED_ONLY)?.length ?? 0;
  if (traditional + simplified < 2) return null;
  if (traditional >= 2 * simplified) return 'TW';
  if (simplified >= 2 * traditional) return 'CN';
  return null;
}
export const PAY_SECTION = new RegExp(
  `\\b(?:${words([
    'salary|pay|compensation|remuneration|wages?|rate|earnings|package|OTE|total rewards|gehalt|vergütung',
    'salário|salario|sueldo|remuneração|remuneración|rémunération|salaire|retribución|stipendio|salaris',
    'salarisindicatie|wynagrodzenie|widełki|gaji|lương|renta\\s+(?:bruta|l[ií]quida)|retribucion|remuneracion',
  ])})${END}|${CJK_PAY}|${CYRILLIC_PAY}|待遇`,
  'i',
);
export const PERKS_SECTION = new RegExp(
  `\\b(?:${words([
    'benefits|perks|what we offer|offer',
    'benefícios|beneficios|avantages|vorteile|wir bieten|nous offrons|oferecemos|ofrecemos',
  ])})${END}`,
  'i',
);

/**
 * A figure quoted for comparison, not offered: "the market average for this role is $120,000",
 * "the industry median salary is €75,000", "a média de mercado é R$ 9.000". Read on the clause
 * before the amount; BEATS_COMPARISON ("we pay above the market average: $130k") keeps the offer
 * that is measured against it.
 */
export const COMPARISON_BEFORE =
  /\b(?:(?:market|industry|national|regional|sector|local|country|state)\s+(?:average|median|mean|rate|rates|benchmark|norm)|(?:average|median|mean|typical)\s+(?:[a-z]+\s+){0,3}?(?:salary|salaries|pay|wage|wages|compensation|earnings|income)|salary\s+(?:survey|benchmark|guide|data)|(?:média|mediana|promedio|media|moyenne|médiane|salário médio|salario medio|salaire moyen|salaire médian)\s+(?:(?:de|del|do|da|di|du|dello)\s+)?(?:l[ae']\s*|o\s+)?(?:mercado|marché|mercato|setor|sector|settore|secteur)|marktdurchschnitt|branchendurchschnitt|durchschnittsgehalt|mediangehalt)\b[^.;!?\d$€£]{0,50}$/i;
export const BEATS_COMPARISON =
  /\b(?:above|over|exceed(?:s|ing)?|higher\s+than|more\s+than|better\s+than|beat(?:s|ing)?|ahead\s+of|top\s+of|acima|encima|au-dessus|über|sopra|superior)\b/i;
/** "… €75,000 according to Glassdoor", "(Robert Half 2026)": a survey's figure. */
const SURVEY_SOURCE =
  '(?:glassdoor|payscale|levels\\.fyi|salary\\.com|robert\\s+half|hays|michael\\s+page|bls|istat|caged|(?:the\\s+|a\\s+|an\\s+)?(?:latest\\s+|recent\\s+)?(?:salary\\s+)?(?:survey|study|report|guide|pesquisa|encuesta|enquête|umfrage|studie|indagine))\\b';
/**
 * "… €75,000 according to Glassdoor", "(Robert Half 2026)": a survey's figure. "According to
 * experience", "selon profil" are the offer's own terms, so a source must be named.
 */
export const COMPARISON_AFTER = new RegExp(
  `^[\\s,()–—-]{0,4}(?:(?:according\\s+to|as\\s+per|source:|segundo|según|selon|laut|secondo|fonte:|fuente:)\\s+(?:l[ae']\\s*|o\\s+|el\\s+|der\\s+|die\\s+)?)?\\(?\\s*${SURVEY_SOURCE}`,
  'i',
);
