import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ownSiteEmployer,
  siteEmployer,
} from '../../../../../functions/enrichment/parse/formats/board-identity.ts';
import { textEmployer } from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';

const employer = (body: string, title: string | null = null) => textEmployer(body, title)?.value ?? null;

/** Places a careers page puts under a title: never an employer. */
const PLACES = [
  'San Francisco, CA',
  'New York, NY',
  'Austin, TX',
  'Seattle, WA',
  'London, UK',
  'Berlin, Germany',
  'Toronto, ON',
  'Paris, France',
];
/** Made-up capitalised names (letters only, so no real company is meant). */
const madeName = fc
  .tuple(
    fc.constantFrom('Qu', 'Zy', 'Vor', 'Bri', 'Tal', 'Mex'),
    fc.constantFrom('illwort', 'nthar', 'abex', 'oluma', 'endry'),
  )
  .map(([a, b]) => `${a}${b}`);

describe('the employer a careers page names in its own words', () => {
  it('reads "Careers at <Name>" in the title and "The <Name> fund is searching for" in the text', () => {
    expect(employer('We are looking for you.', 'Careers at Quillwort Security')).toBe('Quillwort Security');
    expect(employer('The Open Quillwort fund is currently searching for software scientists.')).toBe(
      'Open Quillwort',
    );
  });

  it('reads a heading that names the employer: "About <Name>", "Why join <Name>?"', () => {
    fc.assert(
      fc.property(
        madeName,
        fc.constantFrom('## About', '# Why join', '### Join', '# Pourquoi rejoindre'),
        (name, lead) => {
          expect(employer(`Intro.\n\n${lead} ${name} Labs ?\n\nWe build tools.`)).toBe(`${name} Labs`);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('never takes a heading about the role, the reader or the benefits as the employer', () => {
    for (const heading of [
      'About the role',
      'About you',
      'About us',
      'About The Team',
      'About This Position',
      'Join us',
      'Join our team',
      'About Benefits',
    ])
      expect(employer(`## ${heading}\n\nWe build tools.`)).toBeNull();
  });

  it('reads a paragraph that opens with what the employer does, when the page names it again or links its site', () => {
    expect(
      employer(
        'Software is full of bugs. Quillwort helps companies build a security culture. Visit [platform.quillwort.io](https://platform.quillwort.io).',
      ),
    ).toBe('Quillwort');
    expect(
      employer(
        '## The Company\n\nCode and Quill has been building software for 12 years.\n\nCustomers come to Code and Quill for help.',
      ),
    ).toBe('Code and Quill');
    // Said once and nowhere corroborated, or a common word that opens sentences: no employer.
    expect(employer('Experience is a plus.\n\nExperience with Go matters; experience counts.')).toBeNull();
    expect(employer('Python is a language we use every day.')).toBeNull();
  });

  it('reads the organisation whose team a post invites the reader into, never a department', () => {
    expect(employer('As a senior member of the 18Q Consulting team, you lead architects.')).toBe(
      '18Q Consulting',
    );
    expect(employer('We would love you to join Quillwort as a data engineer.')).toBe('Quillwort');
    for (const department of ['Design', 'Engineering', 'Policy', 'Data'])
      expect(employer(`You will join the ${department} team and ship weekly.`)).toBeNull();
    expect(employer('Join the Quillwort community on the forum.')).toBeNull();
  });

  it('reads who a titled role is for, writing initials out as the text does', () => {
    const body =
      'That is why we launched the Quillwort Digital Service, a team focused on services. The CEO of QDS leads it.';
    expect(employer(body, 'Wanted: CEO for QDS')).toBe('Quillwort Digital Service');
    expect(employer('The work is hard.', 'Wanted: CEO for QDS')).toBe('QDS');
    // "Director of Technical Architecture" names the role's field, not an employer.
    expect(employer('The work is hard.', 'Director of Technical Architecture')).toBeNull();
  });

  it("reads the employer's equal-opportunity notice and a 'Life at <Name>' heading", () => {
    expect(employer('Benefits.\n\nQuillwort Health is an equal opportunity employer.')).toBe(
      'Quillwort Health',
    );
    expect(employer('Pay.\n\nThe Zynthar Foundation is proud to be an equal opportunity employer.')).toBe(
      'Zynthar Foundation',
    );
    expect(employer('## Life at Quillwort\n\nWe ship weekly.')).toBe('Quillwort');
  });

  it('never returns a place as the employer, whatever says it is hiring', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES.map((p) => p.split(',')[0] ?? p)), (place) => {
        expect(employer(`${place} is hiring engineers. ## About ${place}\n`)).not.toBe(place);
      }),
    );
  });
});

describe('the employer a document links as its own site', () => {
  it('never takes a job board that carries some of the roles as the employer: the roles spread over boards', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{4,12}$/),
        fc.stringMatching(/^[a-z]{4,12}$/),
        fc.constantFrom('.co.uk', '.com', '.org'),
        (board, other, tld) => {
          const roles = [
            'https://uk.linkedin.com/jobs/view/solutions-architect-3560870837',
            `https://www.${board}${tld}/jobs/job/infrastructure-engineer-1234?utm_source=google_jobs_apply`,
            `https://uk.${other}.org/jdp/-2217416930643252563/Windows-Engineer-London`,
          ];
          expect(siteEmployer(roles, () => ['Come and join our team, we have openings.'], true)).toBeNull();
        },
      ),
      { numRuns: 50 },
    );
  });

  it('still names a careers site the text writes, and a hosted board by its token', () => {
    expect(siteEmployer(['https://www.quillwort.example/careers/dev'], () => ['Quillwort Labs builds'])).toBe(
      'Quillwort',
    );
    expect(siteEmployer(['https://boards.greenhouse.io/zynthar/jobs/1'], () => ['no name here'])).toBe(
      'Zynthar',
    );
  });

  it('reads the site a link calls "us" or "our website", never a social site it follows', () => {
    const text = 'Interested? Please [get in touch with us](https://www.quillwort.co.uk/contact/#form).';
    expect(ownSiteEmployer(text, () => [text])).toBe('Quillwort');
    expect(ownSiteEmployer(text, () => ['Quillwort Ltd is a consultancy.'])).toBe('Quillwort');
    expect(ownSiteEmployer('[Follow us on Mastodon](https://fosstodon.org/@quillwort)', () => [])).toBeNull();
    expect(ownSiteEmployer('[us](https://a.example/) and [us](https://b.example/)', () => [])).toBeNull();
    expect(employer(`We have openings.\n\n${text}`)).toBe('Quillwort');
  });
});

describe('documents that name their employer only in their words', () => {
  it('takes a place heading under a Markdown title as the location, never the employer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), (place) => {
        const [posting] = parseDocument({
          content: `## Backend Engineer\n#### ${place}\n\nWe are looking for a backend engineer to build our APIs in Go.\n\nApply by email.`,
          file: 'job.md',
        });
        expect(posting?.company ?? null).toBeNull();
        expect(posting?.location.text).toContain(place.split(',')[0]);
      }),
      { numRuns: PLACES.length },
    );
  });

  it('names the employer of an HTML fragment from its "About <Name>" heading', () => {
    const [posting] = parseDocument({
      content:
        '<h2>About Quillwort Coin Company</h2><p>We build private money.</p><h2>HR Assistant</h2><p>We are hiring an HR Assistant to join the team. Apply by email.</p>',
      file: 'jobs.html',
    });
    expect(posting?.company).toBe('Quillwort Coin Company');
  });

  it('names the employer of a page whose <title> ends "| Join the <Name>"', () => {
    const [posting] = parseDocument({
      content:
        '<html><head><title>Data Fellow GS15 | Join the Quillwort Transformation Services</title></head><body><main><h1>Data Fellow GS15</h1><p>We are hiring a data fellow to join the team. Apply on the site.</p></main></body></html>',
      file: 'fellow.html',
    });
    expect(posting?.company).toBe('Quillwort Transformation Services');
  });
});
