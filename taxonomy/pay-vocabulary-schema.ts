/**
 * The shape of taxonomy/pay-vocabulary.json: currency names written as words, and the words that
 * make a lone amount an "up to" figure, per language. Data beside the taxonomy;
 * functions/enrichment/pay/pay-vocabulary.ts reads it.
 */
import * as z from 'zod/mini';

/**
 * A word or phrase as written, lower case; letters (Latin or Cyrillic), spaces, apostrophes and dots
 * only (no regex).
 */
const Phrase = z
  .string()
  .check(
    z.trim(),
    z.minLength(2),
    z.maxLength(40),
    z.regex(/^[a-zà-öø-ÿа-яёіїєґ.' ]+$/, 'a lower-case phrase of letters, spaces, apostrophes or dots'),
  );

export const CurrencyWordsSchema = z.strictObject({
  /** An ISO 4217 code the scanner knows, or a mark the posting's country settles (DOLLAR, PESO). */
  currency: z.string().check(z.regex(/^[A-Z]{3,6}$/)),
  /** Read after an amount in running text; false for words that also weigh things ("50 pounds"). */
  inText: z.boolean(),
  words: z.array(Phrase).check(z.minLength(1)),
});

/** Places (cities, states) of one country whose dollar is not the US one: they settle a bare "$". */
export const DollarPlacesSchema = z.strictObject({
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  places: z.array(Phrase).check(z.minLength(1)),
});

export const PayVocabularySchema = z.strictObject({
  about: z.string(),
  currencyWords: z.array(CurrencyWordsSchema).check(z.minLength(1)),
  /** Language (ISO 639-1) → the words before an amount that make it the top of an open-below range. */
  upTo: z.record(z.string().check(z.regex(/^[a-z]{2}$/)), z.array(Phrase).check(z.minLength(1))),
  dollarPlaces: z.array(DollarPlacesSchema),
});

export type PayVocabulary = z.infer<typeof PayVocabularySchema>;
