import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhrase } from '../../../../functions/enrichment/classify/lexicon-matcher.ts';
import { employerKey, namesEmployer } from '../../../../functions/enrichment/classify/other-referents.ts';

const piece = fc.constantFrom(
  'Acme',
  'ACME',
  'İs',
  'is',
  ' ',
  '-',
  '.',
  'Inc',
  'Σ',
  'ſ',
  'data',
  'bricks',
  'Databricks',
  '😀',
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('namesEmployer', () => {
  it('is true exactly when the matched words, normalised, are the employer key', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (t, employer, a, b) => {
        const start = Math.min(a, b) % (t.length + 1);
        const end = Math.max(start, Math.max(a, b) % (t.length + 1));
        const key = employerKey(employer);
        expect(namesEmployer(t, start, end, key)).toBe(
          key !== null && normalizePhrase(t.slice(start, end)) === key,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a dotted capital I whose normal form is longer than the text', () => {
    expect(namesEmployer('İs', 0, 2, 'i s')).toBe(true);
    expect(namesEmployer('At Databricks, we', 3, 13, employerKey('Databricks, Inc.'))).toBe(true);
  });
});
