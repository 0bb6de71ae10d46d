import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const TITLES = [
  'Backend Engineer',
  'Senior Frontend Engineer',
  'Head of Partnerships',
  'Content Marketing Manager',
];
const bullets = TITLES.map((title) => `- ${title}`).join('\n');

describe('a list of role titles that is no vacancy list', () => {
  it.each([
    `# Job titles at Acme\n\nThis is not a list of open positions: it is the titles we use.\n\n## Positions\n\n${bullets}\n`,
    `# Careers\n\nThere are currently no open positions. Roles we have hired for before:\n\n${bullets}\n`,
    `# Join us\n\nWe are not currently hiring, but these are the teams we grow:\n\n${bullets}\n`,
  ])('is refused when it says it lists no openings: %#', (text) => {
    const error = thrown(() => parseDocument({ content: text, format: 'text' }));
    expect(error).toBeInstanceOf(NotAPostingError);
    expect(error.message).toMatch(/^not-a-posting: it says "/);
  });

  it('is not refused for words a reader never sees: a hidden "no vacancies" note over a list of openings', () => {
    const text = [
      'Vacancies for Research Software Engineers',
      '-----------------------',
      '',
      '<!---',
      '*There are no vacancies that we know of at present.*',
      '-->',
      '',
      '[Research Software Developer](https://jobs.example.ac.uk/1), Department of Health, University of Kent, UK - closes 16th October',
      '',
      '[Research Software Engineer](https://jobs.example.edu/2), Lab for Physiology, Example University, USA - closes 19th October',
    ].join('\n');
    const postings = parseDocument({ content: text, format: 'text' });
    expect(postings.map((p) => p.title)).toEqual([
      'Research Software Developer',
      'Research Software Engineer',
    ]);
    // The same note shown is refused.
    const shown = text.replace('<!---\n', '').replace('\n-->', '');
    expect(thrown(() => parseDocument({ content: shown, format: 'text' }))).toBeInstanceOf(NotAPostingError);
  });

  it('is refused when its only offer is an example inside fenced code', () => {
    const text = [
      '# Job Promotion',
      '',
      'How we promote jobs on Hacker News.',
      '',
      '## Rules',
      '',
      'Read the rules at the top of each thread.',
      '',
      '## Example Post Text',
      '',
      '```',
      'Acme | All positions are full time and remote | https://acme.example',
      '',
      'Open Roles:',
      '',
      bullets,
      '',
      'Apply online at https://acme.example/jobs.',
      '```',
    ].join('\n');
    expect(thrown(() => parseDocument({ content: text, format: 'text' }))).toBeInstanceOf(NotAPostingError);
  });

  it('is refused as an article when titled with no role and headed by topics', () => {
    const text = [
      'We are hiring',
      '',
      'Our growing team is home to a variety of roles, including these:',
      '',
      '## Software development',
      '',
      'Our developers work in small, cross-functional teams on web services for agencies.',
      '',
      '## Visual and interaction design',
      '',
      'Our designers create wireframes, prototypes and mockups based on user needs.',
      '',
      '## Learn more',
      '',
      'Visit our website or write to us.',
    ].join('\n');
    expect(thrown(() => parseDocument({ content: text, format: 'text' }))).toBeInstanceOf(NotAPostingError);
  });

  it('does not read a career ladder (group headings over links to role pages) as openings of an employer', () => {
    const text = [
      'This repo contains a list of engineering titles, roles and their responsibilities: the ladder.',
      '',
      '### [Developers](developers/path.md)',
      '',
      '* [Level1](developers/level1.md)',
      '* [System Architect](developers/systemarchitect.md)',
      '',
      '### [Managers](managers/path.md)',
      '',
      '* [Engineering Manager](managers/engineering_manager.md)',
      '* [Director, Engineering](managers/director_engineering.md)',
      '* [VP, Engineering](managers/vp_engineering.md)',
    ].join('\n');
    let postings: unknown[] = [];
    try {
      postings = parseDocument({ content: text, format: 'text' });
    } catch (error) {
      expect(error).toBeInstanceOf(NotAPostingError);
    }
    expect(postings.length).toBeLessThanOrEqual(1);
  });
});

describe('what stays a posting or a list of openings', () => {
  it('keeps a posting titled with no role whose headings are its own sections', () => {
    const text = [
      "We're hiring!",
      '',
      'Acme is looking for a Network Engineer to run our campus network.',
      '',
      '## About us',
      '',
      'Acme makes outdoor gear in Boise, Idaho.',
      '',
      '## Responsibilities',
      '',
      '- Run the campus network and the firewalls.',
      '',
      '## Requirements',
      '',
      '- Five years of experience with Cisco switching.',
      '',
      '## How to apply',
      '',
      'Send your CV to jobs@acme.example.',
    ].join('\n');
    expect(parseDocument({ content: text, format: 'text' })).toHaveLength(1);
  });

  it('keeps the links under employer headings where the document says it lists openings', () => {
    const text = [
      '# Startup jobs in Victoria BC',
      '',
      'Open positions at local companies. Apply on each site.',
      '',
      '#### [Acme](https://acme.example)',
      '',
      '- [Data Engineer](https://acme.example/jobs/1)',
      '- [Product Designer](https://acme.example/jobs/2)',
      '',
      '#### [Contoso](https://contoso.example)',
      '',
      '- [Site Reliability Engineer](https://contoso.example/jobs/9)',
    ].join('\n');
    const postings = parseDocument({ content: text, format: 'text' });
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Data Engineer', 'Acme'],
      ['Product Designer', 'Acme'],
      ['Site Reliability Engineer', 'Contoso'],
    ]);
  });

  it('does not read "no" near a posting\'s other words as "no openings"', () => {
    const text =
      'IT Manager\nAcme - Boise, ID\n\nLead a team of six. No agencies please. Not a remote role.\n\nApply at https://acme.example/jobs/1';
    expect(parseDocument({ content: text, format: 'text' })).toHaveLength(1);
  });
});
