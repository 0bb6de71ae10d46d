import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boardToken,
  listEmployer,
} from '../../../../../functions/enrichment/parse/formats/board-identity.ts';
import { textEmployer } from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { detectFormat, parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import type { RawPosting } from '../../../../../functions/enrichment/types.ts';

const parse = (content: string) => parseDocument({ content, file: 'jobs' });
const employer = (body: string, title: string | null = null) => textEmployer(body, title)?.value ?? null;
const companies = (postings: readonly RawPosting[]) => postings.map((p) => p.company);

/** Made-up names (letters only, so no real organisation is meant). */
const madeWord = fc
  .tuple(
    fc.constantFrom('Qu', 'Zy', 'Vor', 'Bri', 'Tal', 'Mex'),
    fc.constantFrom('illwort', 'nthar', 'abex', 'oluma'),
  )
  .map(([a, b]) => `${a}${b}`);

describe('the employer of a site job list whose entries name none', () => {
  it('takes a hosted board token the links share (subdomain or path), written as the descriptions write it', () => {
    expect(boardToken('https://quillwort.workable.com/jobs/1083508')).toBe('quillwort');
    expect(boardToken('https://apply.workable.com/quillwort/j/C344212DDE/')).toBe('quillwort');
    expect(boardToken('https://apply.workable.com/')).toBeNull();
    const yaml = [
      '- title: Data Engineer',
      '  url: https://apply.workable.com/quillwort/j/C344212DDE/',
      '  location: Remote',
      '- title: Product Manager',
      '  url: https://quillwort.workable.com/jobs/1083508',
      '  location: Remote',
    ].join('\n');
    const postings = parse(yaml);
    expect(postings.map((p) => p.title)).toEqual(['Data Engineer', 'Product Manager']);
    expect(companies(postings)).toEqual(['Quillwort', 'Quillwort']);
    expect(postings[0]?.provenance?.company).toBe('board');
  });

  it("takes the one site all the links point at (the site's own pages), never a job platform's", () => {
    expect(
      listEmployer(['https://www.quillwort.org/careers', 'https://quillwort.org/careers#dev'], () => []),
    ).toBe('Quillwort');
    expect(
      listEmployer(['https://brown.wd5.myworkdayjobs.com/en-US/staff/job/1'], () => [
        'Join Brown University',
      ]),
    ).toBeNull();
    expect(listEmployer(['https://quillwort-2.forms.fm/manager'], () => [])).toBeNull();
    expect(listEmployer([], () => [])).toBeNull();
  });

  it("leaves an aggregator's list alone: links that spread over two or more sites name no one employer", () => {
    fc.assert(
      fc.property(fc.uniqueArray(madeWord, { minLength: 2, maxLength: 5 }), (sites) => {
        const yaml = sites
          .map(
            (site, i) =>
              `- title: Research Software Engineer ${i}\n  url: https://www.${site.toLowerCase()}.edu/jobs/${i}`,
          )
          .join('\n');
        expect(companies(parse(yaml)).every((c) => c === null)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps the company an entry names over any link, and a list indented as a whole reads as YAML', () => {
    const yaml = [
      '  - title:      "Project Manager"',
      '    company:    Zynthar Labs',
      "    link:       'https://quillwort.workable.com/jobs/1'",
      '    body:       "We are looking for a project manager."',
      '  - title:      "Designer"',
      '    link:       https://quillwort.workable.com/jobs/2',
    ].join('\n');
    expect(detectFormat(yaml)).toBe('yaml');
    expect(companies(parse(yaml))).toEqual(['Zynthar Labs', null]);
  });

  it('gives a list kept under a place name (`porto:`) that place; a group key that is no place gives none', () => {
    const yaml = [
      'london:',
      '',
      'porto:',
      '  - title: Head of DevOps',
      '    type: Permanent',
      '    required-skills: "<li>5+ years of DevOps</li>"',
      'internal:',
      '  - title: Support Engineer',
      '    description: Help our users.',
    ].join('\n');
    const postings = parse(yaml);
    expect(postings.map((p) => [p.title, p.location.text])).toEqual([
      ['Head of DevOps', 'Porto'],
      ['Support Engineer', null],
    ]);
  });
});

describe('a JSON index of hiring comments (no title field)', () => {
  const entry = (id: number, company: string, body: string) => ({
    id: String(id),
    author: `user${id}`,
    commentBody: body,
    companyName: company,
    locationNames: ['New York, NY'],
  });

  it('reads one posting per comment, its employer under companyName, its title the role of a "Company | Role | Place" line', () => {
    const json = JSON.stringify({
      entries: {
        '1': entry(
          1,
          'Quillwort',
          'Quillwort | Senior Backend Engineer | REMOTE | Full-time<p>We build &#x2F; ship things.</p>',
        ),
        '2': entry(
          2,
          'Zynthar',
          'Zynthar - New York, NY<p>We are hiring engineers for our data platform team.</p>',
        ),
        '3': entry(
          3,
          'Vorabex',
          `Vorabex (http://vorabex.example) - ${'a very long first line '.repeat(12)}`,
        ),
      },
      metadata: { month: '2013-11' },
    });
    const postings = parse(json);
    expect(companies(postings)).toEqual(['Quillwort', 'Zynthar', 'Vorabex']);
    expect(postings[0]?.title).toBe('Senior Backend Engineer');
    expect(postings[1]?.title).toBe('Zynthar - New York, NY');
    expect((postings[2]?.title ?? '').length).toBeLessThanOrEqual(121);
  });

  it('does not take a comment with no company, or one that says nothing, for a posting', () => {
    const json = JSON.stringify({
      entries: {
        '1': {
          id: '1',
          commentBody: 'Quillwort | Engineer | Remote<p>Long enough text about the job here.</p>',
        },
        '2': { id: '2', companyName: 'Zynthar', commentBody: 'Hi' },
      },
    });
    expect(() => parse(json)).toThrow();
  });
});

describe('the employer a post names in running text', () => {
  it('reads the subject of "has an opening", "seeks", "invites applications", past an apposition', () => {
    expect(
      employer(
        'The Quillwort News Network (QNN), a network of 100 nonprofit news organizations, has an immediate opening for a **designer**.',
      ),
    ).toBe('Quillwort News Network');
    expect(employer('Zynthar Institute seeks a data steward to join its archive.')).toBe('Zynthar Institute');
    expect(
      employer("Quillwort University's Department of Physics invites applications for a research engineer."),
    ).toBe('Quillwort University');
    expect(employer('Connected by Quillwort is looking for a policy lead.')).toBe('Connected by Quillwort');
  });

  it('writes out initials the text defines: "QNN is an equal opportunity employer" names the Quillwort News Network', () => {
    const body = [
      'The [Quillwort News Network (QNN)](http://qnn.example), a network of newsrooms, is looking for two apprentices.',
      '',
      '**QNN is an equal opportunity employer.**',
    ].join('\n');
    expect(employer(body)).toBe('Quillwort News Network');
    expect(employer('QNN is an equal opportunity employer.')).toBe('QNN');
  });

  it('reads the first segment of a "Company | Role | Place" line, when a later segment names the role', () => {
    expect(
      employer('Quillwort Labs (YC S21) | Senior Backend Engineer | REMOTE | Full-time\n\nWe build.'),
    ).toBe('Quillwort Labs');
    expect(employer('Founding Technologist + Full Stack Developer | REMOTE | Part-time | $0')).toBeNull();
    expect(employer('Remote | Senior Engineer | Berlin')).toBeNull();
  });

  it('never names a department or a generic subject', () => {
    expect(employer('Our Policy team is looking for an analyst.')).toBeNull();
    expect(employer('We are hiring, a team of ten, has an opening for you.')).toBeNull();
  });
});
