import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const parse = (content: string, file = 'careers.md') => parseDocument({ content, file });

/** Sentences a careers or culture page says, with offer words in them but no role named as an opening. */
const CULTURE = [
  'We are a group with varied interests and much of our time is spent writing code for our clients.',
  'While individuals are responsible for particular projects, our outputs are the work of the team.',
  'You have experience with data science? We would still love to hear from you.',
  'We take on interns and summer students and support staff who want to further their skills.',
  'Some of our staff work remotely from other parts of the country.',
  'If you think you might be a good fit for us, please apply through our hiring page.',
  'Our benefits include training opportunities for newer staff.',
];
const PAGE_TITLES = ['Careers', 'Join us', 'Working here', 'Life at Acme', 'Our culture'];
const ROLES = [
  'Backend Engineer',
  'IT Manager',
  'Network Administrator',
  'Data Analyst',
  'Head of Infrastructure',
];

describe('a page that is no opening', () => {
  it('is refused when it says nothing is open, whatever it asks of a candidate', () => {
    const page = [
      '# Careers',
      '',
      '## What we are looking for',
      '',
      '- You have experience with statistics and programming',
      '- You are comfortable doing independent research',
      '',
      'If you think you might be a good fit, please apply. *Applications will open in late May.*',
    ].join('\n');
    expect(thrown(() => parse(page))).toBeInstanceOf(NotAPostingError);
  });

  it('a careers page of such sentences saying nothing is open is refused', () => {
    const closed = fc.constantFrom(
      'There are no open positions at the moment.',
      'We are not currently hiring.',
      'Applications will open in the spring.',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...PAGE_TITLES),
        fc.shuffledSubarray(CULTURE, { minLength: 2 }),
        closed,
        (title, sentences, note) => {
          const page = `# ${title}\n\n${[...sentences, note].join('\n\n')}\n`;
          expect(thrown(() => parse(page))).toBeInstanceOf(NotAPostingError);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a posting under a title that names no role', () => {
  it('is kept when its text names the role as an opening', () => {
    const page = [
      '# We are hiring!',
      '',
      '## Senior Backend Engineer',
      '',
      '### Responsibilities',
      '',
      '- Build and run our APIs',
      '',
      '### Requirements',
      '',
      '- Five years of experience with Go or Rust',
      '',
      'Apply by email to jobs@example.org.',
    ].join('\n');
    const postings = parse(page);
    expect(postings).toHaveLength(1);
    expect(postings[0]?.title).toMatch(/Senior Backend Engineer/);
  });

  it('any page naming one role among those sentences is never refused', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAGE_TITLES),
        fc.constantFrom(...ROLES),
        fc.shuffledSubarray(CULTURE, { minLength: 1 }),
        (title, role, sentences) => {
          const page = `# ${title}\n\n## ${role}\n\n### Your tasks\n\n- Run our systems\n\n${sentences.join('\n\n')}\n`;
          expect(parse(page).length).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 40 },
    );
  });
});
