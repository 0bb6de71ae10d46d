import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  isAtsBoard,
  isAtsPosting,
  isPostingUrl,
} from '../../../../../functions/enrichment/parse/formats/posting-hosts.ts';

const parse = (lines: readonly string[]) => parseDocument({ content: lines.join('\n') });
const fields = (lines: readonly string[]) =>
  parse(lines).map((p) => [p.title, p.company, p.location.text, p.source.url]);

describe('posting hosts', () => {
  it('tells one posting on an applicant tracking system from its board', () => {
    expect(isAtsPosting('https://jobs.lever.co/acme/0b7e67db-0951-4213-9eb1-5bea1b733462')).toBe(true);
    expect(isAtsPosting('https://jobs.lever.co/acme/0b7e67db-0951-4213-9eb1-5b...')).toBe(true);
    expect(isAtsPosting('https://boards.greenhouse.io/acme/jobs/4058777002')).toBe(true);
    expect(isAtsPosting('https://apply.workable.com/acme/j/85A300F063/')).toBe(true);
    expect(isAtsPosting('https://acme.jobs.personio.com/job/560318?display=en')).toBe(true);
    expect(isAtsPosting('https://jobs.lever.co/acme')).toBe(false);
    expect(isAtsBoard('https://jobs.lever.co/acme?lever-source=hn')).toBe(true);
    expect(isAtsBoard('https://boards.greenhouse.io/acme')).toBe(true);
    expect(isAtsBoard('https://acme.example/careers')).toBe(false);
  });

  it("reads an employer's own /jobs/<slug> page as a posting, and its careers index as none", () => {
    expect(isPostingUrl('https://acme.example/jobs/platform-engineer')).toBe(true);
    expect(isPostingUrl('https://acme.example/careers/')).toBe(false);
    expect(isPostingUrl('https://acme.example/blog/why-we-hire')).toBe(false);
  });
});

describe("employers' groups of linked roles", () => {
  const board = [
    '*This page shows current available jobs.*',
    '',
    'Halvard Systems | Remote',
    '- [Core Engineer: Ledger Services](https://apply.workable.com/halvard/j/F9076101B3/)',
    '- [Rust Core Engineer](https://apply.workable.com/halvard/j/85A300F063/)',
    '',
    'Quellbrook | Menlo Park, CA',
    '- [Senior Systems Engineer](https://jobs.lever.co/quellbrook/e89e2e02-622c-41da-a14d-c12d854a25b5)',
    '',
    'Orrin Vault | Portugal or Remote',
    '- Build a [vault architecture](https://orrin.example/vault.pdf)',
  ];

  it('gives each linked role its group line as employer and place', () => {
    expect(fields(board)).toEqual([
      [
        'Core Engineer: Ledger Services',
        'Halvard Systems',
        'Remote',
        'https://apply.workable.com/halvard/j/F9076101B3/',
      ],
      ['Rust Core Engineer', 'Halvard Systems', 'Remote', 'https://apply.workable.com/halvard/j/85A300F063/'],
      [
        'Senior Systems Engineer',
        'Quellbrook',
        'Menlo Park, CA',
        'https://jobs.lever.co/quellbrook/e89e2e02-622c-41da-a14d-c12d854a25b5',
      ],
    ]);
  });

  it('reads a list of links to articles under the same kind of lines as no openings', () => {
    const articles = [
      'Intro | Tutorials',
      '- [Why Ledgers are Hard](https://blog.example/why-ledgers-are-hard)',
      '- [What Is a Merkle Tree?](https://blog.example/merkle)',
      '',
      'Programming | Use Cases',
      '- [Write your Own Virtual Machine](https://blog.example/vm)',
    ];
    expect(() => parse(articles)).toThrow(/not-a-posting|posting/i);
  });
});

describe('a table of openings', () => {
  it('reads a Company | [Position](link) table, an emphasised note row aside', () => {
    const table = [
      '# Good Fits',
      '',
      '| Company        | Position                                              |',
      '| -------------- | ----------------------------------------------------- |',
      '| Halvard        | [Remote Software Engineer](https://apply.workable.com/halvard/j/142ACAF269/) |',
      '| Quellbrook     | [SE: Control Plane](https://quellbrook.example/careers/sw-control-plane) |',
      '| Orrin          | [_Filled_](https://orrin.example/careers/) |',
      '| Tamsin Labs    | _[Whole Bunch](https://tamsin.example/open-roles/)_ |',
    ];
    expect(fields(table).map(([title, company]) => [title, company])).toEqual([
      ['Remote Software Engineer', 'Halvard'],
      ['SE: Control Plane', 'Quellbrook'],
    ]);
  });

  it('takes the title, employer and place columns a header names, the link from an Apply cell', () => {
    const table = [
      '| Job Title | Company | Location | Date Posted | Apply Link |',
      '|-----------|---------|----------|-------------|------------|',
      '| **Data Analyst** | Quellbrook | Leeds | Jun 06 | <a href="https://jobs.lever.co/quellbrook/0b7e67db-0951-4213-9eb1-5bea1b733462" target="_blank">Apply</a> |',
      '| **Fullstack Engineer** | Halvard | Cary, NC | Jun 07 | <a href="https://boards.greenhouse.io/halvard/jobs/5198161004">Apply</a> |',
      '| **Fullstack Engineer** | Halvard | Bellevue, WA | Jun 07 | <a href="https://boards.greenhouse.io/halvard/jobs/5198159004">Apply</a> |',
    ];
    expect(fields(table)).toEqual([
      [
        'Data Analyst',
        'Quellbrook',
        'Leeds',
        'https://jobs.lever.co/quellbrook/0b7e67db-0951-4213-9eb1-5bea1b733462',
      ],
      ['Fullstack Engineer', 'Halvard', 'Cary, NC', 'https://boards.greenhouse.io/halvard/jobs/5198161004'],
      [
        'Fullstack Engineer',
        'Halvard',
        'Bellevue, WA',
        'https://boards.greenhouse.io/halvard/jobs/5198159004',
      ],
    ]);
  });

  it('gives one posting per table row, whatever the number of rows', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('Data', 'Platform', 'Backend', 'Mobile', 'Security', 'Cloud', 'QA'), {
          minLength: 2,
          maxLength: 7,
        }),
        (fields) => {
          const rows = fields.map(
            (field, k) =>
              `| ${field} Engineer | Halvard | Leeds | <a href="https://boards.greenhouse.io/halvard/jobs/${5000 + k}">Apply</a> |`,
          );
          const postings = parse(['| Role | Company | Location | Link |', '|---|---|---|---|', ...rows]);
          expect(postings.map((p) => p.title)).toEqual(fields.map((field) => `${field} Engineer`));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('roles named with the address of their posting', () => {
  it('reads "Name: <posting link>" lines as postings though the names name no role', () => {
    const comment = [
      'Quellbrook | Backend, Fullstack, or Android | San Francisco, CA | Full-Time | ONSITE or REMOTE',
      '',
      'Quellbrook is building a communications platform for schools.',
      '',
      'Please consider applying:',
      '',
      'Backend: https://boards.greenhouse.io/quellbrook/jobs/496462?gh_jid=49646...',
      '',
      'Fullstack: https://boards.greenhouse.io/quellbrook/jobs/44809?gh_jid=44809',
      '',
      'Android: https://boards.greenhouse.io/quellbrook/jobs/1629370?gh_jid=1629...',
    ];
    expect(fields(comment).map(([title, company, place]) => [title, company, place])).toEqual([
      ['Backend', 'Quellbrook', 'San Francisco, CA'],
      ['Fullstack', 'Quellbrook', 'San Francisco, CA'],
      ['Android', 'Quellbrook', 'San Francisco, CA'],
    ]);
  });

  it('reads a role line ending in a colon over its link alone', () => {
    const comment = [
      'Halvard | Security Software Engineers | Los Angeles, CA | www.halvard.example',
      '',
      'We are hiring Security Engineers, at all levels.',
      '',
      'Security Software Engineer: ',
      'https://boards.greenhouse.io/halvard/jobs/4284220002?gh_jid=4...',
      '',
      'Sr. Security Software Engineer: ',
      'https://boards.greenhouse.io/halvard/jobs/4284607002?gh_jid=4...',
    ];
    expect(parse(comment).map((p) => p.title)).toEqual([
      'Security Software Engineer',
      'Sr. Security Software Engineer',
    ]);
  });

  it("does not count the board's 'All Open Positions' link as a role", () => {
    const comment = [
      'Halvard (YC S14) | New York, NY or Remote | Full-Time | https://halvard.example',
      '',
      'Here are our open roles:',
      '',
      '- All Open Positions: https://jobs.lever.co/halvard?lever-source=keyvalues',
      '',
      '- UI Engineer: https://jobs.lever.co/halvard/72501251-8584-4946-8bd2-bc9...',
      '',
      '- Full Stack Engineer: https://jobs.lever.co/halvard/431188cd-63a3-4314-8d30-55a...',
    ];
    expect(parse(comment).map((p) => p.title)).toEqual(['UI Engineer', 'Full Stack Engineer']);
  });
});

describe('several roles named in the header line', () => {
  it('reads plurals, drops "and more!", and keeps the employer and place of the other fields', () => {
    const comment = [
      'Civic Digital Office | Senior Software Engineers, Senior Designers, and more! | Washington, DC | ONSITE https://civic.example/',
      '',
      'We want the most tenacious designers and engineers. Apply here: https://civic.example/apply',
    ];
    expect(fields(comment).map(([title, company, place]) => [title, company, place])).toEqual([
      ['Senior Software Engineers', 'Civic Digital Office', 'Washington, DC'],
      ['Senior Designers', 'Civic Digital Office', 'Washington, DC'],
    ]);
  });

  it('gives each role the place in brackets after it', () => {
    const comment = [
      'Quellbrook | Engineering Manager (San Francisco), Senior Product Engineer (London, UK) | ONSITE | VISA',
      '',
      'We are building a digital medicine platform. Apply at https://jobs.lever.co/quellbrook',
    ];
    expect(fields(comment).map(([title, , place]) => [title, place])).toEqual([
      ['Engineering Manager', 'San Francisco'],
      ['Senior Product Engineer', 'London, UK'],
    ]);
  });
});

describe('a Japanese list of job descriptions', () => {
  it('reads each linked role and the company its legal form names', () => {
    const readme = [
      '# Tamsin Job Descriptions',
      '',
      '[Tamsin株式会社](http://tamsin.example/)における各職種のJob Descriptionを公開しています。',
      '',
      '## 公開中のJob Descriptions',
      '',
      '- [アプリケーションエンジニア](https://github.com/tamsin/job-descriptions/blob/master/application_engineer.ja.md)',
      '- [プロダクトマネージャー](https://github.com/tamsin/job-descriptions/blob/master/product_manager.ja.md)',
      '- [デザイナー](https://github.com/tamsin/job-descriptions/blob/master/designer.ja.md)',
    ];
    expect(parse(readme).map((p) => [p.title, p.company])).toEqual([
      ['アプリケーションエンジニア', 'Tamsin株式会社'],
      ['プロダクトマネージャー', 'Tamsin株式会社'],
      ['デザイナー', 'Tamsin株式会社'],
    ]);
  });
});

describe('an HTML careers page that lists its openings as links', () => {
  const html = (main: string) =>
    parseDocument({
      content: `<!doctype html><html><head><title>Quellbrook</title></head><body><main>${main}</main></body></html>`,
    });

  it('gives one posting per linked role, with the board token as employer and the place after the link', () => {
    const postings = html(
      [
        '<h1>Join Quellbrook</h1><p>We build freight software in Leeds.</p><h2>Open roles</h2><ul>',
        '<li><a href="https://jobs.lever.co/quellbrook/0b7e67db-0951-4213-9eb1-5bea1b733462">Senior Backend Engineer</a> — Leeds</li>',
        '<li><a href="https://jobs.lever.co/quellbrook/1b7e67db-0951-4213-9eb1-5bea1b733462">IT Manager</a> — Remote</li>',
        '<li><a href="https://jobs.lever.co/quellbrook/2b7e67db-0951-4213-9eb1-5bea1b733462">Product Designer</a></li>',
        '</ul><p>Read our <a href="/blog">blog</a>.</p>',
      ].join(''),
    );
    expect(postings.map((p) => [p.title, p.company, p.location.text, p.source.format])).toEqual([
      ['Senior Backend Engineer', 'Quellbrook', 'Leeds', 'html'],
      ['IT Manager', 'Quellbrook', 'Remote', 'html'],
      ['Product Designer', 'Quellbrook', null, 'html'],
    ]);
    expect(new Set(postings.map((p) => p.source.url)).size).toBe(3);
  });

  it("reads one posting's page that links its teams' profiles as that one posting", () => {
    const postings = html(
      [
        '<h1>Term Limited Various Roles</h1><h2>Basic information</h2><p>Salary: $143,736 - $191,900 per year. Location: Anywhere in the U.S.</p>',
        '<h2>Role summary</h2><ul>',
        '<li><a href="/files/cloud-product-manager-profile.pdf">Cloud - Product Manager</a></li>',
        '<li><a href="/files/analytics-software-engineer-profile.pdf">Analytics - Software Engineer</a></li>',
        '<li><a href="/files/design-system-engineer-profile.pdf">Design System - Software Engineer</a></li>',
        '</ul><h2>Qualifications</h2><p>One year of specialized experience leading delivery of digital services. Apply by October 6.</p>',
      ].join(''),
    );
    expect(postings).toHaveLength(1);
  });

  it('reads a careers-page link and a list of blog posts as no openings', () => {
    expect(() =>
      html(
        '<h1>Quellbrook</h1><p>Interested in working with us? See our <a href="https://jobs.lever.co/quellbrook">careers page</a>.</p><h2>Blog</h2><ul><li><a href="/blog/a">Why freight is hard</a></li><li><a href="/blog/b">Our new office</a></li></ul>',
      ),
    ).toThrow(/not-a-posting/);
  });
});
