import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { sentenceAround } from '../../../../functions/enrichment/classify/sentence-reading.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import type { Block } from '../../../../functions/enrichment/types.ts';

const taxonomy = loadTaxonomy();

/** The sentence around a match as read by scanning the whole text: the reference for short sentences. */
function reference(text: string, start: number, end: number): string {
  let from = 0;
  for (const stop of [';', '. ', '! ', '? ']) {
    const at = text.lastIndexOf(stop, start - 1);
    if (at >= from) from = at + 1;
  }
  let to = text.length;
  let semicolon = false;
  for (const stop of [';', '. ', '! ', '? ']) {
    const at = text.indexOf(stop, end);
    if (at !== -1 && at < to) {
      to = at;
      semicolon = stop === ';';
    }
  }
  if (to < text.length && !semicolon) to++;
  return text.slice(from, to).trim();
}

const words = fc.constantFrom('Okta', 'and', 'Intune', 'rollout', 'with', 'Azure', 'you', 'we', 'use');
const stops = fc.constantFrom('. ', '; ', '! ', '? ', ' ', ' ', ' ');
/** A long squashed paragraph: words and stops, repeated past the length where stops are indexed. */
const paragraph = fc
  .array(fc.tuple(words, stops), { minLength: 5, maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''))
  .chain((unit) => fc.constant(unit.repeat(Math.ceil(9000 / unit.length))));

describe('the sentence around a match in a long paragraph', () => {
  it('is the sentence a whole-text scan finds, or a bounded cut of it', () => {
    fc.assert(
      fc.property(paragraph, fc.double({ min: 0, max: 1, noNaN: true }), (text, where) => {
        const start = Math.min(text.length - 2, Math.floor(where * text.length));
        const end = start + 1;
        const got = sentenceAround(text, start, end).text;
        const want = reference(text, start, end);
        if (want.length <= 1000) expect(got).toBe(want);
        else {
          expect(want).toContain(got);
          expect(got.length).toBeLessThanOrEqual(2001);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps to a bounded reach in a paragraph with no full stop', () => {
    const text = 'Okta and Intune rollout '.repeat(20_000);
    const { text: sentence, offset } = sentenceAround(text, 240_000, 240_004);
    expect(sentence.length).toBeLessThanOrEqual(2004);
    expect(offset).toBeLessThanOrEqual(240_000);
    expect(offset + sentence.length).toBeGreaterThanOrEqual(240_004);
  });
});

describe('reading the skills of a long one-paragraph text', () => {
  const paragraphOf = (n: number): Block[] => [
    {
      kind: 'paragraph',
      text: 'Okta and Intune rollout; we practice Azure. '.repeat(n).trim(),
      section: null,
    },
  ];
  /** CPU time of one read, in microseconds: the machine's other work does not count. */
  const cpu = (blocks: Block[]) => {
    const t = process.cpuUsage();
    extractQualifications('IT Manager', blocks, taxonomy);
    const { user, system } = process.cpuUsage(t);
    return user + system;
  };

  it('costs time linear in its sentences, not quadratic (4x the sentences, well under 16x the time)', () => {
    const small = paragraphOf(3_000);
    const large = paragraphOf(12_000);
    cpu(small); // warm the compiled rules and the code
    cpu(large);
    const smalls: number[] = [];
    const larges: number[] = [];
    for (let i = 0; i < 7; i++) {
      smalls.push(cpu(small));
      larges.push(cpu(large));
    }
    // The least of several runs: a collection or a compile only ever adds time.
    const ratio = Math.min(...larges) / Math.max(1, Math.min(...smalls));
    expect(ratio).toBeLessThan(10);
    expect(extractQualifications('IT Manager', large, taxonomy).skills.map((s) => s.id)).toEqual(
      expect.arrayContaining(['okta', 'intune']),
    );
  });
});
