import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blindRound,
  defaultRoot,
  findOverlaps,
  readSets,
  type SetFile,
  shingles,
  THRESHOLD,
} from '../../../eval/overlap.mjs';

/** A text of `n` distinct words drawn from a seed, so two seeds give texts with no six words in common. */
const prose = (seed: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${seed}${i.toString(36)}`).join(' ');
const file = (set: string, name: string, text: string): SetFile => ({
  set,
  file: name,
  marks: shingles(text),
});

describe('the blind-set overlap guard', () => {
  it('no unseen or held-out file is a copy of a file in another set', () => {
    const found = findOverlaps(readSets(defaultRoot), THRESHOLD);
    expect(found.map((f) => `${f.share.toFixed(2)} ${f.blind} ~ ${f.other}`)).toEqual([]);
    // Reads every set (33 MB): about 5 s of CPU, far longer on a machine shared by parallel test files.
  }, 180_000);

  it('finds a blind file copied into a fit set, and an excerpt of it, whatever the words', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,8}$/), fc.integer({ min: 40, max: 400 }), (seed, n) => {
        const page = prose(seed, n);
        const excerpt = page
          .split(' ')
          .slice(Math.floor(n / 3), Math.floor((2 * n) / 3) + 1)
          .join(' ');
        const files = [
          file('unseen-r20-postings', 'p01.txt', page),
          file('real-scope-r20', 'copy.txt', `Site chrome. ${page} Footer.`),
          file('real-gate-r20', 'excerpt.txt', excerpt),
          file('real-other', 'unrelated.txt', prose(`${seed}x`, n)),
        ];
        const others = findOverlaps(files, THRESHOLD).map((f) => f.other);
        expect(others.sort()).toEqual(['real-gate-r20/excerpt.txt', 'real-scope-r20/copy.txt']);
      }),
    );
  });

  it('lets one round’s blind sets share text, but not two rounds’ or a blind set and a fit set', () => {
    const text = prose('shared', 120);
    const files = [
      file('unseen-r20-documents', 'board.md', text),
      file('unseen-r20-postings', 'p01.md', text),
      file('unseen-r21-postings', 'p09.md', text),
      file('heldout-postings', 'h01.md', prose('held', 120)),
      file('real-role', 'h01-copy.md', prose('held', 120)),
    ];
    expect(findOverlaps(files, THRESHOLD).map((f) => [f.blind, f.other])).toEqual([
      ['heldout-postings/h01.md', 'real-role/h01-copy.md'],
      ['unseen-r20-documents/board.md', 'unseen-r21-postings/p09.md'],
      ['unseen-r20-postings/p01.md', 'unseen-r21-postings/p09.md'],
    ]);
  });

  it('does not report two texts that share a sentence of boilerplate under the threshold', () => {
    const boiler = prose('equal', 30);
    const files = [
      file('unseen-r20-postings', 'a.md', `${prose('alpha', 200)} ${boiler}`),
      file('real-role', 'b.md', `${prose('beta', 200)} ${boiler}`),
    ];
    expect(findOverlaps(files, THRESHOLD)).toEqual([]);
  });

  it('reads the round of a blind set from its name', () => {
    expect(blindRound('unseen-r12-documents')).toBe('r12');
    expect(blindRound('unseen-r12-postings')).toBe('r12');
    expect(blindRound('unseen-postings')).toBe('unseen');
    expect(blindRound('heldout-documents')).toBe('heldout');
  });
});
