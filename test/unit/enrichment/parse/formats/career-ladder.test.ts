import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refuseCareerLadder } from '../../../../../functions/enrichment/parse/formats/career-ladder.ts';
import type { RawPosting } from '../../../../../functions/enrichment/types.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const posting = (title: string, extra: Partial<RawPosting> = {}): RawPosting =>
  ({
    title,
    company: null,
    location: { text: null },
    pay: null,
    employmentType: null,
    description: { text: 'Expectations at this level.' },
    source: { format: 'text', url: null },
    ...extra,
  }) as unknown as RawPosting;

const roles = fc.constantFrom(
  'Engineering Manager',
  'Senior Engineering Manager',
  'Software Engineer',
  'Entwickler',
  'Staff Engineer',
);

describe('the numbered levels of a career ladder', () => {
  it('are refused however the ladder numbers them and separates the role', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Level', 'Grade', 'Stufe', 'Nivel', 'L', 'IC', 'レベル'),
        fc.constantFrom(':', ' -', ' –', ' |', '.'),
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 6 }),
        roles,
        (word, sep, numbers, role) => {
          const space = word.length > 2 ? ' ' : '';
          const postings = numbers.map((n) => posting(`${word}${space}${n}${sep} ${role}`));
          expect(thrown(() => refuseCareerLadder(postings))).toBeInstanceOf(NotAPostingError);
        },
      ),
    );
  });

  it('keeps a single levelled job, openings that state their terms, and lists of other shapes', () => {
    const one = [posting('Level 2 Support Technician')];
    expect(refuseCareerLadder(one)).toBe(one);
    const banded = [
      posting('Band 5 – Staff Nurse', { employmentType: 'full-time' } as Partial<RawPosting>),
      posting('Band 6 – Senior Staff Nurse', { employmentType: 'full-time' } as Partial<RawPosting>),
    ];
    expect(refuseCareerLadder(banded)).toBe(banded);
    const sameLevel = [posting('Level 2: Support Technician'), posting('Level 2: Desk Analyst')];
    expect(refuseCareerLadder(sameLevel)).toBe(sameLevel);
    const jobs = [posting('Backend Engineer'), posting('Level 3: Engineering Manager')];
    expect(refuseCareerLadder(jobs)).toBe(jobs);
  });
});
