import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../../functions/enrichment/parse/formats/detect-format.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf } from './fixture.ts';

const parse = (content: string) => parseDocument({ content });

const employers = fc.constantFrom('Wolf Games', 'KoBold Metals', 'Gatehouse Satcom', 'Brightline Labs');
const roles = fc.constantFrom(
  'Director of Engineering',
  'Engineering Manager',
  'Senior Infrastructure Engineer',
  'Head of IT',
  'IT Operations Manager',
  'Staff Software Engineer',
);
const places = fc.constantFrom('Remote (US/Canada)', 'Berlin, Germany', 'San Francisco, CA', 'London, UK');
const separators = fc.constantFrom(' | ', ' — ', ' – ', ' - ');
const body = 'We build tools for freight teams and ship every week.';

describe('a header line of fields (employer, role, place, terms, pay)', () => {
  it('takes the role field as the title, the first field as the employer and the place field as the place', () => {
    fc.assert(
      fc.property(
        employers,
        roles,
        places,
        separators,
        fc.boolean(),
        fc.boolean(),
        (employer, role, place, sep, placeFirst, html) => {
          const fields = placeFirst
            ? [employer, place, 'Full-time', role]
            : [employer, role, place, 'Full-time'];
          const head = fields.join(sep);
          const content = html ? `${head}<p>${body}<p>Apply at jobs@example.com` : `${head}\n\n${body}\n`;
          const [posting, ...rest] = parse(content);
          expect(rest).toEqual([]);
          expect(posting?.title).toBe(role);
          expect(posting?.company).toBe(employer);
          expect(posting?.location.text).toBe(place);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a title that holds a separator after its role as one posting of that role', () => {
    const [dashed, ...more] = parse(
      'Director of IT - Infrastructure\n\nLead the team that runs our servers and service desk.\n',
    );
    expect(more).toEqual([]);
    expect(dashed?.title).toBe('Director of IT - Infrastructure');
    // A bar after the role keeps the role (as before this reader): "Payments" is the team.
    const barred = parse('Engineering Manager | Payments\n\nLead the team that runs our payment systems.\n');
    expect(barred.map((p) => p.title)).toEqual(['Engineering Manager']);
  });

  it('reads no role from a header whose fields are a place and a stack', () => {
    const [posting] = parse(
      'Acme | NYC | Python, Go\n\nWe are hiring a Backend Engineer to build our payment APIs.\n',
    );
    expect(posting?.title).not.toBe('NYC');
    expect(posting?.title).not.toBe('Python, Go');
  });
});

describe('several roles in one comment', () => {
  it('gives one posting per role a header field names, with the comment employer', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(roles, { minLength: 2, maxLength: 4 }),
        fc.constantFrom(', ', '; '),
        separators,
        (names, join, sep) => {
          const head = ['Brightline Labs', names.join(join), 'Remote (EU)', 'Full-time'].join(sep);
          const postings = parse(`${head}<p>${body}`);
          expect(postings.map((p) => p.title)).toEqual(names);
          for (const p of postings) expect(p.company).toBe('Brightline Labs');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives one posting per header line, each with its own pay', () => {
    const content = [
      'EnergyHub | Director of Engineering | Full-time | REMOTE (US) | Salary $225k',
      '<p>EnergyHub | Engineering Manager | Full-time | REMOTE (US) | Salary $195k',
      '<p>Apply for Director of Engineering here: https://example.com/a',
      '<p>Tech stack includes: Java, Kotlin, React, AWS.',
    ].join('');
    const postings = parse(content);
    expect(postings.map((p) => [p.title, p.company, p.location.text])).toEqual([
      ['Director of Engineering', 'EnergyHub', 'REMOTE (US)'],
      ['Engineering Manager', 'EnergyHub', 'REMOTE (US)'],
    ]);
    expect(descriptionOf(postings[0])).toContain('$225k');
    expect(descriptionOf(postings[1])).toContain('$195k');
    expect(descriptionOf(postings[1])).not.toContain('$225k');
  });

  it('reads a header with no employer and a second block naming it as two postings of that employer', () => {
    const text = [
      'Head of Engineering | Full-Time | Remote | $182k - $272k USD',
      '',
      'Role: own our engineering and infrastructure teams.',
      '',
      '---',
      '',
      'FetLife | Senior DevOps Engineer | Full-Time | Remote | 115k - 180k USD',
      '',
      'Role: Kubernetes and Helm orchestration, monitoring and security.',
    ].join('\n');
    expect(parse(text).map((p) => [p.title, p.company])).toEqual([
      ['Head of Engineering', 'FetLife'],
      ['Senior DevOps Engineer', 'FetLife'],
    ]);
  });

  it('keeps "Engineer/Manager" as one role', () => {
    const postings = parse(
      'IANA | Los Angeles | Full Time | Information Security Engineer/Manager<p>This role is an IC in a small team.',
    );
    expect(postings.map((p) => p.title)).toEqual(['Information Security Engineer/Manager']);
  });
});

describe('a comment as the Hacker News API gives it', () => {
  it('is HTML when text runs up to its first bare <p>, links allowed', () => {
    expect(detectFormat('Acme | Engineer | Remote<p>We build things.')).toBe('html');
    expect(
      detectFormat('Acme | Engineer | <a href="https:&#x2F;&#x2F;acme.example">acme</a><p>We build things.'),
    ).toBe('html');
  });

  it('stays text when it is Markdown that holds a paragraph tag, or has no paragraph tag', () => {
    expect(detectFormat('# Engineer\n\n- Build things\n- Ship things\n\n<p>Apply</p>')).toBe('text');
    expect(detectFormat('Acme | Engineer | Remote\n\nWe build things.')).toBe('text');
  });
});

describe('a comment as the Hacker News API gives it, read', () => {
  const link = (url: string) =>
    `<a href="${url.replace(/\//g, '&#x2F;')}" rel="nofollow">${url.replace(/\//g, '&#x2F;')}</a>`;
  const comment = (roles: readonly string[], notes: readonly string[], employer: string) =>
    `${employer} | Several roles | ${link('https://example.com/')} | Remote (US) | Full-time` +
    `<p>Hello! At ${employer} we build tools for freight teams and ship every week.` +
    roles
      .map(
        (role, k) =>
          `<p>- ${role}${notes[k] ? ` (${notes[k]})` : ''}: ${link(`https://boards.greenhouse.io/acme/jobs/${4_000_000 + k}`)}`,
      )
      .join('') +
    `<p>See all our jobs: ${link('https://example.com/careers')}`;

  it('gives one posting per role a paragraph links, the name whole and its bracket note aside', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.constantFrom(
            'Engineering Manager - Platform',
            'Security Engineer, Infrastructure',
            'Senior Software Engineer - Full Stack',
            'Backend Engineer',
            'Director of IT - Operations',
            'Support Engineer',
          ),
          { minLength: 2, maxLength: 5 },
        ),
        fc.array(fc.constantFrom('', 'Technical Lead, $200,000 - $250,000', 'Product', 'Remote'), {
          minLength: 5,
          maxLength: 5,
        }),
        employers,
        (roles, notes, employer) => {
          const postings = parse(comment(roles, notes, employer));
          expect(postings.map((p) => p.title)).toEqual(roles);
          expect(postings.every((p) => p.company === employer)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps a header line whose fields hold a link as one line, and its line breaks as lines', () => {
    const [posting] = parse(
      `Brightline Labs | Director of Engineering | ${link('https://brightline.example/')} | Berlin, Germany<p>${body}`,
    );
    expect(posting).toMatchObject({ title: 'Director of Engineering', company: 'Brightline Labs' });
    expect(posting?.location.text).toBe('Berlin, Germany');
    const [labelled] = parse(
      `Company: Wolf Games\nLocation: Remote US\nRole: Engineering Manager<p>${body}<p>Email jobs@wolf.example`,
    );
    expect(labelled).toMatchObject({ title: 'Engineering Manager', company: 'Wolf Games' });
  });
});

describe('a comment archived as text with its paragraph marks', () => {
  it('reads "<p>" as a paragraph break and roles named first in the header as the roles', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.constantFrom('Software Developer', 'Web Developer', 'Product Manager', 'IT Manager'),
          {
            minLength: 2,
            maxLength: 3,
          },
        ),
        fc.constantFrom('NewsNow.co.uk', 'acme.io'),
        (roles, site) => {
          // A Markdown list below keeps the document text, not a comment's HTML.
          const content =
            `${roles.join('/')} | ${site} | London, UK | Full-time, permanent<p>We aggregate news.<p>` +
            'We currently have these opportunities:\n' +
            roles
              .map((role) => `- As a ${role.toLowerCase()}, you'd work on our classification engine.`)
              .join('\n') +
            '<p>Please get in touch.';
          const postings = parse(content);
          expect(postings.map((p) => p.title)).toEqual(roles);
          expect(postings.map((p) => p.company)).toEqual(roles.map(() => site));
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('the employer field', () => {
  it('drops the place an employer gives in brackets', () => {
    const [posting] = parse(
      'PrairieLearn (Remote US) — Full-Stack Software Engineer — TypeScript / Postgres\n\nWe build an assessment platform. Salary: $100k-$140k\n',
    );
    expect([posting?.title, posting?.company]).toEqual(['Full-Stack Software Engineer', 'PrairieLearn']);
  });
});
