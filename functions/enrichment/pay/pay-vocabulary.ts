/**
 * The pay vocabulary (taxonomy/pay-vocabulary.json): currency names written as words ("45.000
 * euro", "120.000 Franken", "12.000 reais") and the words, per language, that make a lone amount
 * the top of an open-below range ("up to", "fino a", "jusqu'à", "hasta", "até", "bis zu").
 * Validated once at load; the scanner's regexes are compiled from it, so a new language or a new
 * currency word is a data change.
 */

import vocabularyData from '../../../taxonomy/pay-vocabulary.json' with { type: 'json' };
import { type PayVocabulary, PayVocabularySchema } from '../../../taxonomy/pay-vocabulary-schema.ts';
import { escapeRegExp } from '../fields.ts';

/** Parses and checks a vocabulary: a word names one currency, a language's "up to" words are distinct. */
export function parsePayVocabulary(data: unknown): PayVocabulary {
  const vocabulary = PayVocabularySchema.parse(data);
  const owner = new Map<string, string>();
  for (const entry of vocabulary.currencyWords)
    for (const word of entry.words) {
      const seen = owner.get(word);
      if (seen !== undefined && seen !== entry.currency)
        throw new Error(`pay-vocabulary.json: "${word}" names both ${seen} and ${entry.currency}`);
      owner.set(word, entry.currency);
    }
  for (const [lang, words] of Object.entries(vocabulary.upTo))
    if (new Set(words).size !== words.length)
      throw new Error(`pay-vocabulary.json: upTo.${lang} lists a word twice`);
  return vocabulary;
}

export const PAY_VOCABULARY: PayVocabulary = parsePayVocabulary(vocabularyData);

/**
 * A phrase as a regex source matching it as postings write it: any run of spaces between its
 * words, a straight or curly apostrophe, and (with `anyCase`) each word's first letter in either
 * case ("Schweizer Franken", "euro", "Euro").
 */
export function phrasePattern(phrase: string, anyCase = false): string {
  return phrase
    .split(/\s+/)
    .map((w) => {
      const body = escapeRegExp(w).replace(/'/g, "['’]");
      const first = w.charAt(0);
      const upper = first.toUpperCase();
      return anyCase && upper !== first ? `[${upper}${first}]${body.slice(1)}` : body;
    })
    .join('[ \\u00a0]+');
}

const longestFirst = (a: string, b: string) => b.length - a.length;

/** Currency words and the mark each names, for structured fields and marks read in text. */
export const CURRENCY_WORD_MARKS: ReadonlyMap<string, string> = new Map(
  PAY_VOCABULARY.currencyWords.flatMap((e) => e.words.map((w) => [w, e.currency] as const)),
);

/** Regex source for currency words read after an amount in running text ("45.000 euro"). */
export const CURRENCY_WORD_SUFFIX_PATTERN = PAY_VOCABULARY.currencyWords
  .filter((e) => e.inText)
  .flatMap((e) => e.words)
  .sort(longestFirst)
  .map((w) => phrasePattern(w, true))
  .join('|');

/** Regex source for every language's "up to" words (used with the `i` flag). */
export const UP_TO_PATTERN = Object.values(PAY_VOCABULARY.upTo)
  .flat()
  .sort(longestFirst)
  .map((w) => phrasePattern(w))
  .join('|');

/** A place's name as places are compared: lower case, one plain space between words, one apostrophe. */
function foldPlace(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/’/g, "'");
}

/** Each place that settles a bare "$" (Perth, Toronto, Auckland, Singapore), folded, with its country. */
const DOLLAR_PLACE_COUNTRY = new Map(
  PAY_VOCABULARY.dollarPlaces.flatMap((entry) =>
    entry.places.map((p) => [foldPlace(p), entry.country] as const),
  ),
);

/**
 * Every such place in one pattern over lower-cased text, word boundaries checked after a match.
 * One case-insensitive Unicode pattern per country with a lookbehind tried at every position
 * took a tenth of a feed's enrichment (a posting with no location scans 20 KB of its text).
 */
const ANY_DOLLAR_PLACE = new RegExp(
  [...DOLLAR_PLACE_COUNTRY.keys()]
    .sort(longestFirst)
    .map((p) => phrasePattern(p))
    .join('|'),
  'g',
);

const WORD_CHAR = /[\p{L}\d]/u;

/**
 * The one country whose dollar-country places `text` names, or null when it names none or places
 * of two countries ("offices in Sydney and Toronto" settles nothing). Read after the country names
 * a location may give, and in a posting's text when it has no location at all.
 */
export function dollarPlaceCountry(text: string): string | null {
  const lower = text.toLowerCase();
  let found: string | null = null;
  ANY_DOLLAR_PLACE.lastIndex = 0;
  for (let m = ANY_DOLLAR_PLACE.exec(lower); m; m = ANY_DOLLAR_PLACE.exec(lower)) {
    const end = m.index + m[0].length;
    if (WORD_CHAR.test(lower.charAt(m.index - 1)) || WORD_CHAR.test(lower.charAt(end))) {
      // Inside a longer word ("Perthshire"): a place may still start one character on.
      ANY_DOLLAR_PLACE.lastIndex = m.index + 1;
      continue;
    }
    const code = DOLLAR_PLACE_COUNTRY.get(foldPlace(m[0]));
    if (code === undefined || code === found) continue;
    if (found !== null) return null;
    found = code;
  }
  return found;
}
