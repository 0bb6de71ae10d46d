import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textEmployer } from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { markdownHeadingEnding } from '../../../../../functions/enrichment/parse/formats/title-line.ts';

const parse = (content: string) => parseDocument({ content, file: 'post.md' });

describe('the employer a public notice places the job in', () => {
  it('reads "This position is located in X", "located within X": the organisation, not the office after it', () => {
    expect(
      textEmployer(
        'This position is located in the General Services Administration (GSA), Office of Citizen Services.',
        null,
      ),
    ).toEqual({ value: 'General Services Administration', from: 'inferred' });
    expect(
      textEmployer(
        'This opportunity is located within Technology Transformation Services (TTS) which is …',
        null,
      )?.value,
    ).toBe('Technology Transformation Services');
  });

  it('takes no place and no bare unit word for the employer', () => {
    expect(textEmployer('This position is located in Washington, DC.', null)).toBeNull();
    expect(textEmployer('This position is located in the Office of the Director.', null)).toBeNull();
  });

  it('names the employer of a position description in Markdown lists', () => {
    const [posting] = parse(
      [
        '---',
        'title: Innovation Specialist, GS-0301-14',
        '---',
        '**GS Grade Level:** 14',
        '',
        'This position is located in the General Services Administration (GSA), Office of Citizen Services.',
        '',
        '###Major duties:',
        '- Leading major initiatives across agencies',
      ].join('\n'),
    );
    expect([posting?.title, posting?.company]).toEqual([
      'Innovation Specialist, GS-0301-14',
      'General Services Administration',
    ]);
  });
});

describe('a Markdown post for another agency on a hiring site', () => {
  const post = (heading: string) =>
    [
      '---',
      'title: EPA Innovation Fellow - Cloud Architect/Infrastructure Engineer',
      '---',
      "*Please note: This role is for the Environmental Protection Agency's fellowship program, not 18F.*",
      '',
      heading,
      '',
      '##Basic Information:',
      '',
      '**Agency:** [Environmental Protection Agency (EPA)](https://www3.epa.gov/)',
      '',
      '**Location:** Washington, D.C.',
      '',
      '##Role Summary:',
      'You will lead the design and delivery of cloud hosting services.',
    ].join('\n');

  it('takes the body heading the front-matter title ends with, with or without a space after "#"', () => {
    for (const heading of [
      '#Cloud Architect/Infrastructure Engineer',
      '# Cloud Architect/Infrastructure Engineer',
    ]) {
      const [posting] = parse(post(heading));
      expect(posting?.title).toBe('Cloud Architect/Infrastructure Engineer');
      expect(posting?.provenance?.title).toBe('heading');
    }
  });

  it('reads the employer from the "Agency:" label, a Markdown link read as its words', () => {
    const [posting] = parse(post('#Cloud Architect/Infrastructure Engineer'));
    expect(posting?.company).toBe('Environmental Protection Agency (EPA)');
    expect(posting?.provenance?.company).toBe('label');
    expect(posting?.location.text).toBe('Washington, D.C.');
  });

  it('keeps the front-matter title when no heading is its ending after a separator', () => {
    expect(markdownHeadingEnding('# Product Lead\n', 'Senior Product Lead')).toBeNull();
    expect(markdownHeadingEnding('#hiring #remote\n', 'HUD Innovation Fellow - Product Lead')).toBeNull();
    expect(markdownHeadingEnding('#Product Lead\n', 'HUD Innovation Fellow - Product Lead')).toBe(
      'Product Lead',
    );
  });

  it('finds the heading ending for any programme prefix and separator (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Za-z ]{2,30}[A-Za-z]$/),
        fc.constantFrom(' - ', ' – ', ': ', ' | '),
        fc.stringMatching(/^[A-Z][A-Za-z/ ]{2,40}[a-z]$/),
        fc.constantFrom('#', '# ', '## ', '###'),
        (prefix, separator, job, hashes) => {
          expect(
            markdownHeadingEnding(`Intro line\n${hashes}${job}\nBody`, `${prefix}${separator}${job}`),
          ).toBe(job.replace(/\s+/g, ' ').trim());
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('a labelled employer in the forms public and company notices use', () => {
  it.each([
    [
      'Hiring Agency: Department of Housing and Urban Development',
      'Department of Housing and Urban Development',
    ],
    ['**Company name:** Acme Health', 'Acme Health'],
    ['- Organization Name: City of Austin', 'City of Austin'],
  ])('reads %j in a text posting', (line, employer) => {
    const [posting] = parseDocument({
      content: `IT Manager\n${line}\nLocation: Austin, TX\n\nLead the IT team of five. Apply now.`,
      file: 'job.txt',
    });
    expect([posting?.company, posting?.provenance?.company]).toEqual([employer, 'label']);
  });

  it('reads a "Hiring agency" term over its value on a page', () => {
    const [posting] = parseDocument({
      content:
        '<html><body><main><h1>IT Manager</h1><dl><dt>Hiring agency</dt><dd>City of Austin</dd><dt>Location</dt><dd>Austin, TX</dd></dl><p>Lead the IT team of five.</p></main></body></html>',
      file: 'job.html',
    });
    expect([posting?.company, posting?.provenance?.company]).toEqual(['City of Austin', 'label']);
  });

  it('never takes a department line for the employer', () => {
    const [posting] = parseDocument({
      content:
        'IT Manager\nDepartment: Technology\nCompany: Acme Health\n\nLead the IT team of five. Apply now.',
      file: 'job.txt',
    });
    expect(posting?.company).toBe('Acme Health');
  });
});
