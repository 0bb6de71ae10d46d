import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dollarPlaceCountry,
  PAY_VOCABULARY,
  parsePayVocabulary,
  phrasePattern,
} from '../../../../functions/enrichment/pay/pay-vocabulary.ts';

const good = {
  about: 'test',
  currencyWords: [{ currency: 'EUR', inText: true, words: ['euro', 'euros'] }],
  upTo: { it: ['fino a'] },
};

describe('pay vocabulary (taxonomy/pay-vocabulary.json)', () => {
  it('the shipped vocabulary parses and names an "up to" list for every language the scanner reads', () => {
    expect(parsePayVocabulary(PAY_VOCABULARY)).toEqual(PAY_VOCABULARY);
    expect(Object.keys(PAY_VOCABULARY.upTo).sort()).toEqual([
      'de',
      'en',
      'es',
      'fr',
      'id',
      'it',
      'nl',
      'pt',
      'ru',
      'uk',
    ]);
  });

  it.each([
    [
      'a word naming two currencies',
      { ...good, currencyWords: [...good.currencyWords, { currency: 'BRL', inText: true, words: ['euro'] }] },
    ],
    ['a regex in a word', { ...good, upTo: { it: ['fino (a|ad)'] } }],
    ['a word twice in one language', { ...good, upTo: { it: ['fino a', 'fino a'] } }],
    ['an upper-case word', { ...good, upTo: { it: ['Fino a'] } }],
    ['an unknown key', { ...good, extra: 1 }],
    ['a language that is not an ISO 639-1 code', { ...good, upTo: { ita: ['fino a'] } }],
  ])('rejects %s', (_what, data) => {
    expect(() => parsePayVocabulary(data)).toThrow();
  });

  it('matches a phrase with any spacing, either apostrophe and, when asked, either case of each word’s first letter', () => {
    const re = new RegExp(`^(?:${phrasePattern("jusqu'à")})$`);
    expect(re.test("jusqu'à")).toBe(true);
    expect(re.test('jusqu’à')).toBe(true);
    const franken = new RegExp(`^(?:${phrasePattern('schweizer franken', true)})$`);
    expect(franken.test('Schweizer  Franken')).toBe(true);
    expect(franken.test('schweizer franken')).toBe(true);
    expect(franken.test('SCHWEIZER FRANKEN')).toBe(false);
    expect(franken.test('schweizer\u00a0franken')).toBe(true);
  });
});

describe('dollarPlaceCountry', () => {
  const places = PAY_VOCABULARY.dollarPlaces.flatMap((e) =>
    e.places.map((place) => ({ place, country: e.country })),
  );
  const filler = fc.array(fc.constantFrom('the', 'role', 'pay', '$120k', 'team', '—', '(', ')', ',', '\n'), {
    maxLength: 12,
  });
  const spaced = (place: string, gap: string, upper: boolean) =>
    (upper ? place.toUpperCase() : place.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())).replace(
      /\s+/g,
      gap,
    );

  it('names the country of one place written in any case and spacing, among any words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        filler,
        filler,
        fc.constantFrom(' ', '  ', '\u00a0'),
        fc.boolean(),
        ({ place, country }, before, after, gap, upper) => {
          const text = `${before.join(' ')} ${spaced(place, gap, upper)} ${after.join(' ')}`;
          expect(dollarPlaceCountry(text)).toBe(country);
        },
      ),
    );
  });

  it('settles nothing for places of two countries, or for a place inside a longer word', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom(...places), (a, b) => {
        fc.pre(a.country !== b.country);
        expect(dollarPlaceCountry(`Offices in ${a.place} and ${b.place}.`)).toBeNull();
      }),
    );
    expect(dollarPlaceCountry('Perthshire and Sydneyside')).toBeNull();
    expect(dollarPlaceCountry('xPerth Perth')).toBe('AU');
  });
});
