import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTitleModel } from '../../../../functions/enrichment/classify/title-model.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/index.ts';

const scope = loadTaxonomy().data.scope;
const word = fc.constantFrom(
  'IT',
  'Director',
  'Head',
  'of',
  'Infrastructure',
  'Service Desk',
  'Manager',
  'Lead',
  'Systems',
  'Engineer',
  'Nursing',
  '-',
  '/',
  'Login.gov',
  'CIO',
  '(m/w/d)',
);
const title = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

describe('title model: analyses kept per title', () => {
  it('gives the same analysis on a repeat as a fresh model gives, past the number of titles it keeps', () => {
    const kept = compileTitleModel(scope);
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 40 }), (titles) => {
        const fresh = compileTitleModel(scope);
        for (const t of [...titles, ...titles]) expect(kept.analyze(t)).toEqual(fresh.analyze(t));
      }),
      { numRuns: 60 },
    );
    for (let i = 0; i < 600; i++) kept.analyze(`IT Manager ${i}`);
    expect(kept.analyze('Director of Infrastructure').match?.rule.tier).toBe(
      compileTitleModel(scope).analyze('Director of Infrastructure').match?.rule.tier,
    );
  });
});
