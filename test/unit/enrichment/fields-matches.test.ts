import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../functions/enrichment/fields.ts';

const plain = (ms: Iterable<RegExpMatchArray>) =>
  [...ms].map((m) => ({ index: m.index, groups: [...m], named: m.groups }));

const PATTERNS = [
  /(?<![\p{L}\p{N}])(?:nice to have|a plus|required|must)(?![\p{L}\p{N}])/giu,
  /\b(\d+)\s*(k)?\b/g,
  /x*/g,
  /(?:)/gu,
  /(?<word>\p{L}+)/gu,
  /^#+\s*(.*)$/gm,
];

describe('matchesOf', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included, and leaves lastIndex as it was', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'x',
          'must',
          ' ',
          '1',
          '20k',
          'required',
          'A plus',
          '\n',
          '#',
          '😀',
          'é',
          '\ud800',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...PATTERNS), fc.nat(5), (s, re, start) => {
        re.lastIndex = start;
        const expected = plain(s.matchAll(re));
        expect(re.lastIndex).toBe(start);
        expect(plain(matchesOf(s, re))).toEqual(expected);
        expect(re.lastIndex).toBe(start);
        re.lastIndex = 0;
      }),
    );
  });

  it('refuses a regex without the global flag, as matchAll does', () => {
    expect(() => matchesOf('abc', /b/)).toThrow(TypeError);
  });
});
