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

/**
 * Places that settle a bare "$" (Perth, Toronto, Auckland, Singapore), each with its country, as
 * case-insensitive word-bounded patterns. Read after the country names a location may give, and
 * in a posting's text when it has no location at all.
 */
export const DOLLAR_PLACES: readonly (readonly [RegExp, string])[] = PAY_VOCABULARY.dollarPlaces.map(
  (entry) =>
    [
      new RegExp(
        `(?<![\\p{L}\\d])(?:${[...entry.places]
          .sort(longestFirst)
          .map((p) => phrasePattern(p))
          .join('|')})(?![\\p{L}\\d])`,
        'iu',
      ),
      entry.country,
    ] as const,
);

/**
 * The one country whose dollar-country places `text` names, or null when it names none or places
 * of two countries ("offices in Sydney and Toronto" settles nothing).
 */
export function dollarPlaceCountry(text: string): string | null {
  let found: string | null = null;
  for (const [re, code] of DOLLAR_PLACES) {
    if (!re.test(text)) continue;
    if (found !== null && found !== code) return null;
    found = code;
  }
  return found;
}
