import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { looksLikeLocation } from '../../../../../functions/enrichment/parse/formats/location.ts';

const parse = (lines: readonly string[]) => parseDocument({ content: lines.join('\n') });

describe('looksLikeLocation: a city, its region and its country', () => {
  it.each([
    'Ottawa, Ontario, Canada',
    'Ann Arbor, Michigan, USA',
    'Austin, Texas, United States',
    'Cambridge, MA, USA',
  ])('%s is a place', (text) => expect(looksLikeLocation(text)).toBe(true));

  it.each([
    // A name with a legal form, a list of people or departments: the last part alone is no proof.
    'Acme, Inc., Canada',
    'Smith, Jones, London',
    'Sales, Marketing, Germany',
  ])('%s is not', (text) => expect(looksLikeLocation(text)).toBe(false));
});

const ROLES = ['Android Engineer', 'Game Designer', 'Data Analyst', 'Backend Developer', 'Product Manager'];
const PLACES = ['San Francisco, CA', 'Ottawa, Ontario, Canada', 'Miami, FL', 'Berlin', 'Portland, OR'];
const NOTES = ['', ' (full-time, H1B welcome)', '. FULL-TIME, INTERN.', ' (onsite)'];

describe('a list of roles under a line that is its place', () => {
  it('carries the place of the first line to every listed role', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.constantFrom(...NOTES),
        fc.shuffledSubarray(ROLES, { minLength: 2, maxLength: 4 }),
        (place, note, roles) => {
          const postings = parse([
            `${place}${note}`,
            '',
            'Acme - https://acme.example/',
            '',
            'We build educational games. We are hiring in lots of areas! Here are a few:',
            '',
            ...roles.map((role, k) => `* ${role} - https://acme.example/apply/${k + 1}`),
            '',
            'To apply, write to jobs@acme.example.',
          ]);
          expect(postings.map((p) => p.title)).toEqual(roles);
          for (const posting of postings) expect(posting.location?.text).toBe(place);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads the place on the second line when the first names the employer', () => {
    const postings = parse([
      'Kongregate',
      'Fulltime in Portland, OR',
      '',
      "We're 55 people. Looking for:",
      '',
      '- Product Manager, Mobile (user acquisition for mobile games)',
      '',
      '- Data Analyst (instrument mobile and web games)',
      '',
      'Email jobs@kongregate.example',
    ]);
    expect(postings.map((p) => p.location?.text)).toEqual(['Portland, OR', 'Portland, OR']);
  });

  it('takes no place from a first line that is a sentence or a name', () => {
    for (const first of [
      'We build games in a small office.',
      'Acme Games',
      'Hiring: engineers and designers',
    ]) {
      const postings = parse([
        first,
        '',
        'Here are some roles:',
        '',
        '* Android Engineer - https://acme.example/apply/1',
        '* Game Designer - https://acme.example/apply/2',
      ]);
      for (const posting of postings) expect(posting.location?.text ?? null).toBeNull();
    }
  });
});
