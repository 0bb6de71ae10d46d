import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CITY_NAMES,
  COUNTRY_NAMES,
  foldPlace,
  parsePlaceNames,
  REGION_NAMES,
} from '../../../../../functions/enrichment/parse/formats/location-names.ts';
import { parseNoticeVocabulary } from '../../../../../functions/enrichment/parse/formats/notice-language.ts';
import {
  COUNTED_LABEL,
  namesRoleInOtherLanguage,
  OFFER_KINDS,
  OFFER_LANGUAGE,
  OFFER_WORDS,
  offerSectionPatterns,
  offerWordPatterns,
  PART_LABEL,
  parseOfferVocabulary,
  ROLE_NOUNS,
  SEVERAL_OPENINGS,
} from '../../../../../functions/enrichment/parse/formats/offer-language.ts';
import noticeData from '../../../../../taxonomy/notice-language.json' with { type: 'json' };
import offerData from '../../../../../taxonomy/offer-language.json' with { type: 'json' };
import placeData from '../../../../../taxonomy/place-names.json' with { type: 'json' };
import { OFFER_LANGUAGES } from '../../../../../taxonomy/reader-vocabulary-schema.ts';

/** A copy of a shipped file with one change at `path`. */
function edited<T>(data: T, path: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy as T;
}

/** The path and message of the first issue a parse throws. */
function refusal(parse: () => unknown): { path: readonly PropertyKey[]; message: string } {
  try {
    parse();
  } catch (err) {
    const issues = (err as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    if (issues?.[0]) return { path: issues[0].path, message: issues[0].message };
    return { path: [], message: (err as Error).message };
  }
  throw new Error('the file was accepted');
}

describe('the readers’ word tables hold to their schema (taxonomy/reader-vocabulary-schema.ts)', () => {
  it('the shipped files parse to themselves', () => {
    expect(parseOfferVocabulary(offerData)).toEqual(offerData);
    expect(parseNoticeVocabulary(noticeData)).toEqual(noticeData);
    expect(parsePlaceNames(placeData)).toEqual(placeData);
  });

  it('every offer-word kind has a row for every language, and the readers read every kind', () => {
    for (const kind of OFFER_KINDS) expect(Object.keys(OFFER_WORDS[kind])).toEqual([...OFFER_LANGUAGES]);
    expect(Object.keys(OFFER_WORDS).sort()).toEqual([...OFFER_KINDS].sort());
  });

  it.each([
    [
      'a regex metacharacter in a phrase',
      ['offerWords', 'duties', 'nl', 0],
      'werk(en)',
      'offerWords.duties.nl.0',
      'no regex',
    ],
    [
      'a phrase that is a pattern',
      ['offerLanguage', 'severalOpenings', 0],
      'rekrutacj\\p{L}*',
      'offerLanguage.severalOpenings.0',
      'no regex',
    ],
    ['an empty list', ['offerLanguage', 'countedLabel'], [], 'offerLanguage.countedLabel', ''],
    ['a word listed twice', ['roleNouns', 'words'], ['analista', 'analista'], 'roleNouns.words', 'twice'],
    [
      'a pattern that does not compile',
      ['callWords', 'opens', 0],
      '(?:bando',
      'callWords.opens.0',
      'compiles',
    ],
  ])('refuses %s, naming where', (_what, path, value, where, message) => {
    const got = refusal(() => parseOfferVocabulary(edited(offerData, path, value)));
    expect(got.path.join('.')).toBe(where);
    expect(got.message).toContain(message);
  });

  it('refuses an unknown language, a missing one and an unknown key', () => {
    const unknown = refusal(() =>
      parseOfferVocabulary(edited(offerData, ['offerWords', 'pay', 'xx'], ['maaş'])),
    );
    expect(unknown.path.join('.')).toBe('offerWords.pay');
    expect(() => parseOfferVocabulary(edited(offerData, ['offerWords', 'pay', 'fi'], undefined))).toThrow();
    expect(() => parseOfferVocabulary(edited(offerData, ['extra'], 1))).toThrow();
    expect(() => parseNoticeVocabulary(edited(noticeData, ['postCues', 0], 'para (os cargos'))).toThrow();
    expect(() => parseNoticeVocabulary(edited(noticeData, ['postHeads', 0], 'técnic[oa]'))).toThrow();
  });

  it('refuses a place name with diacritics, a bad code, and a name under two countries', () => {
    const accented = refusal(() => parsePlaceNames(edited(placeData, ['cities', 'PL'], 'kraków|warsaw')));
    expect(accented.path.join('.')).toBe('cities.PL');
    expect(() => parsePlaceNames(edited(placeData, ['cities', 'pl'], 'krakow'))).toThrow();
    expect(() => parsePlaceNames(edited(placeData, ['cities', 'PL'], 'krakow|krakow'))).toThrow(/twice/);
    expect(() => parsePlaceNames(edited(placeData, ['cities', 'XK'], 'paris'))).toThrow(
      /"paris" is under FR and XK/,
    );
  });
});

describe('every phrase in the files is matched by the pattern built from it', () => {
  const filler = fc
    .array(fc.constantFrom('the', 'we', 'role', '—', ':', '(', ')', ',', '\n', '2026'), { maxLength: 5 })
    .map((words) => words.join(' '));
  const wordPatterns = offerWordPatterns();
  const sectionPatterns = offerSectionPatterns();
  const offerWords = OFFER_KINDS.flatMap((kind) =>
    OFFER_LANGUAGES.flatMap((lang) => OFFER_WORDS[kind][lang].map((phrase) => ({ kind, phrase }))),
  );

  it('offer words, in running text and as a section label', () => {
    fc.assert(
      fc.property(filler, filler, (before, after) => {
        for (const { kind, phrase } of offerWords) {
          expect(wordPatterns[kind].test(`${before} ${phrase} ${after}`), `${kind}: ${phrase}`).toBe(true);
          expect(sectionPatterns[kind].test(`${phrase} ${after}`), `${kind} label: ${phrase}`).toBe(true);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('title words, part labels, counted labels and role nouns', () => {
    fc.assert(
      fc.property(filler, fc.integer({ min: 1, max: 999 }), (after, n) => {
        for (const word of OFFER_LANGUAGE.severalOpenings)
          expect(SEVERAL_OPENINGS.test(`Open ${word} ${after}`), word).toBe(true);
        for (const start of OFFER_LANGUAGE.partLabelStart)
          expect(PART_LABEL.test(`${start} ${after}`), start).toBe(true);
        for (const label of OFFER_LANGUAGE.countedLabel)
          expect(COUNTED_LABEL.test(`${label} ${n} - Engineer`), label).toBe(true);
        for (const noun of [...ROLE_NOUNS.words, ...ROLE_NOUNS.compoundEnds, ...ROLE_NOUNS.ja])
          expect(namesRoleInOtherLanguage(`Senior ${noun} ${after}`), noun).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('place names, as written or with their first letters in capitals', () => {
    const tables = [
      [COUNTRY_NAMES, placeData.countries],
      [REGION_NAMES, placeData.regions],
      [CITY_NAMES, placeData.cities],
    ] as const;
    fc.assert(
      fc.property(fc.boolean(), (capitals) => {
        for (const [map, byCode] of tables)
          for (const [code, names] of Object.entries(byCode))
            for (const name of names.split('|')) {
              const written = capitals ? name.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : name;
              expect(map.get(foldPlace(written)), name).toBe(code);
            }
      }),
      { numRuns: 4 },
    );
  });
});
