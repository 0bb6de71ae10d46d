import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asciiWords,
  gatedByCues,
  mayHoldCue,
  mayHoldCueIn,
} from '../../../../functions/enrichment/classify/cue-words.ts';
import { compiledQualifications } from '../../../../functions/enrichment/classify/qualification-rules.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/index.ts';

const taxonomy = loadTaxonomy();
const { required, preferred, evidence } = compiledQualifications(taxonomy);
const cues = [...taxonomy.data.requirementCues.required, ...taxonomy.data.requirementCues.preferred];

/** Pieces of sentences: cue words whole and cut, neighbours, case, punctuation and non-ASCII letters. */
const piece = fc.oneof(
  fc.constantFrom(...cues),
  fc.constantFrom(...cues).map((c) => c.toUpperCase()),
  fc.constantFrom(...cues).map((c) => c.slice(0, Math.max(1, c.length - 2))),
  fc.constantFrom(
    'CISSP',
    'ITIL',
    'Azure',
    'the',
    'a',
    'plusses',
    'required2',
    'mustard',
    'x',
    'you',
    'What',
    'will',
    'have',
  ),
  fc.constantFrom(' ', ' ', '-', ', ', '; ', '(', ')', "'", '\n', '.', '/'),
  fc.constantFrom('é', 'ſ', 'K', '必', 'ü', '😀'),
);
const sentence = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

const matches = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
};

describe('requirement cue gate', () => {
  it('never says a sentence holds no cue when the cue regex finds one', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const words = asciiWords(text);
        for (const re of [required, preferred])
          if (!mayHoldCue(re, words)) expect(matches(re, text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('rules out plain ASCII sentences with no cue word, and leaves other text to the regex', () => {
    const plain = 'The team partners with business leaders across finance and operations.';
    expect(matches(required, plain) || matches(preferred, plain)).toBe(false);
    expect(mayHoldCue(required, asciiWords(plain))).toBe(false);
    expect(mayHoldCue(preferred, asciiWords(plain))).toBe(false);
    expect(mayHoldCue(required, asciiWords('CISSP is a MUST-have.'))).toBe(true);
    expect(mayHoldCue(required, asciiWords('You will partner with leaders.'))).toBe(false);
    expect(mayHoldCue(required, asciiWords('You  - have ITIL.'))).toBe(true);
    expect(asciiWords('Erfahrung ist von Vorteil für uns')).toBeNull();
    expect(mayHoldCue(preferred, asciiWords('Erfahrung ist von Vorteil für uns'))).toBe(true);
  });

  it('lists the lower-cased words of ASCII text', () => {
    expect(asciiWords("What you'll need: ITIL-4, 5+ yrs")).toEqual([
      'what',
      'you',
      'll',
      'need',
      'itil',
      '4',
      '5',
      'yrs',
    ]);
  });
});

/**
 * The evidence rules' phrase lists, whose words the gated patterns open with (the lists of words;
 * `titleSenses` and `systemSupport` are lists of rules, not phrases).
 */
const evidenceWords = Object.values(taxonomy.data.skillEvidence ?? {}).flatMap((v) =>
  Array.isArray(v) ? v.filter((w): w is string => typeof w === 'string') : [],
);
const evidencePiece = fc.oneof(
  fc.constantFrom(...evidenceWords),
  fc.constantFrom(...evidenceWords).map((c) => c.toUpperCase()),
  fc.constantFrom(...evidenceWords).map((c) => c.slice(0, Math.max(1, c.length - 2))),
  fc.constantFrom('We', 'Acme', 'helps', 'clients', 'include', 'such as', 'you', 'Benefits', 'team'),
  fc.constantFrom(' ', ' ', '-', ', ', ': ', '(', "'", '.', '/', ''),
  fc.constantFrom('é', 'ſ', 'K', '必', 'ü'),
);
const evidenceText = fc.array(evidencePiece, { maxLength: 16 }).map((parts) => parts.join(''));

describe('evidence patterns gated by their opening words', () => {
  const gated = ['ask', 'candidate', 'portfolio', 'servesOthers', 'orgSectionEnd'] as const;

  it('find what their regexes find, on texts built of their own phrases', () => {
    const patterns = gated.flatMap((k) => {
      const p = evidence?.[k] as ({ test(t: string): boolean; regex?: RegExp } | null) | undefined;
      return p?.regex ? [{ p, re: p.regex }] : [];
    });
    expect(patterns).toHaveLength(gated.length);
    fc.assert(
      fc.property(evidenceText, (text) => {
        for (const { p, re } of patterns) expect(p.test(text)).toBe(re.test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('never refuses a text its regex matches', () => {
    const phrases = ['portfolio', 'clients'];
    const re = /(?<![\p{L}\p{N}])(?:portfolio|clients)\s*(?::|include(?![\p{L}\p{N}]))/iu;
    const gate = gatedByCues(re, [...phrases, 'portfolioinclude', 'clientsinclude']);
    fc.assert(
      fc.property(evidenceText, (text) => {
        expect(gate.test(text)).toBe(re.test(text));
      }),
      { numRuns: 1000 },
    );
    expect(gate.test('Our clients include Cisco.')).toBe(true);
    expect(gate.test('clientsinclude Cisco')).toBe(true);
    expect(gate.test('The team builds the platform.')).toBe(false);
  });

  it('reads one text for every gate at a time as each gate alone would', () => {
    const regexes = [
      required,
      preferred,
      ...gated.flatMap((k) => {
        const p = evidence?.[k] as { regex?: RegExp } | null | undefined;
        return p?.regex ? [p.regex] : [];
      }),
    ];
    fc.assert(
      fc.property(fc.oneof(evidenceText, sentence), (text) => {
        const words = asciiWords(text);
        for (const re of regexes) expect(mayHoldCueIn(re, text)).toBe(mayHoldCue(re, words));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps no place between calls', () => {
    expect(() => gatedByCues(/you/giu, ['you'])).toThrow();
  });
});
