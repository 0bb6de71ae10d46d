import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  employerInPlace,
  JOB_FIELDS,
  jobFieldsOf,
} from '../../../../../functions/enrichment/parse/formats/json-jobs.ts';
import {
  looksLikeScriptModule,
  readScriptData,
} from '../../../../../functions/enrichment/parse/formats/script-data.ts';
import { streamRawPostings } from '../../../../../functions/enrichment/parse/parse-postings.ts';
import { NotAPostingError, type RawPosting } from '../../../../../functions/enrichment/types.ts';
import { descriptionOf, thrown } from './fixture.ts';

const parse = (content: string) => parseDocument({ content, file: 'jobs' });
const titles = (postings: readonly RawPosting[]) => postings.map((p) => p.title);

const job = (i: number, extra: Record<string, unknown> = {}) => ({
  id: String(4200 + i),
  position: `IT Manager ${i}`,
  company: `Acme ${i}`,
  location: 'Remote',
  url: `https://jobs.example/${i}`,
  ...extra,
});

describe('a JSON list of jobs, wherever it sits', () => {
  it('skips a notice that comes first (a public API legal line) and keeps the jobs', () => {
    const json = JSON.stringify([
      { last_updated: 1790087814, legal: 'API Terms of Service: please link back.' },
      job(1),
      job(2),
    ]);
    expect(titles(parse(json))).toEqual(['IT Manager 1', 'IT Manager 2']);
  });

  it('finds the list inside a list and inside nested envelopes', () => {
    expect(titles(parse(JSON.stringify(['ok', 'v1', [job(1), job(2)]])))).toEqual([
      'IT Manager 1',
      'IT Manager 2',
    ]);
    const nested = { meta: { count: 2 }, data: { results: { jobs: [job(3), job(4)] } } };
    expect(titles(parse(JSON.stringify(nested)))).toEqual(['IT Manager 3', 'IT Manager 4']);
  });

  it('reads every group of a list grouped by team or page, and JSON Lines, a cut last line dropped and said', () => {
    const byTeam = { generated: '2026-11-01', Engineering: [job(1), job(2)], Design: [job(3)] };
    expect(titles(parse(JSON.stringify(byTeam)))).toEqual(['IT Manager 1', 'IT Manager 2', 'IT Manager 3']);
    expect(titles(parse(JSON.stringify([[job(1)], [job(2), job(3)]])))).toEqual([
      'IT Manager 1',
      'IT Manager 2',
      'IT Manager 3',
    ]);
    const byDay = { '2026-11-01': { a1: job(1), a2: job(2) }, '2026-11-02': { b1: job(3), b2: job(4) } };
    expect(titles(parse(JSON.stringify(byDay)))).toEqual([
      'IT Manager 1',
      'IT Manager 2',
      'IT Manager 3',
      'IT Manager 4',
    ]);
    const lines = [job(1), job(2), job(3)].map((j) => JSON.stringify(j)).join('\n');
    expect(titles(parse(`${lines}\n`))).toEqual(['IT Manager 1', 'IT Manager 2', 'IT Manager 3']);
    const cut = parse(lines.slice(0, -20));
    expect(titles(cut)).toEqual(['IT Manager 1', 'IT Manager 2']);
    expect(cut[0]?.warnings?.[0]).toMatchObject({ id: 'document-truncated' });
  });

  it('reads an object of jobs keyed by id, and not an object of other things', () => {
    const keyed = { '4211': job(1), '4212': job(2), '4213': job(3) };
    expect(titles(parse(JSON.stringify(keyed))).sort()).toEqual([
      'IT Manager 1',
      'IT Manager 2',
      'IT Manager 3',
    ]);
    const people = { a: { name: 'Ada', title: 'Dr' }, b: { name: 'Bo', title: 'Mx' } };
    expect(thrown(() => parse(JSON.stringify(people))).message).toMatch(/unknown JSON format/);
  });

  it('reads the fields job APIs and scrapers name in their own words (one table of synonyms)', () => {
    const [adzuna, scraped] = parse(
      JSON.stringify({
        results: [
          {
            title: 'IT Manager',
            company: { display_name: 'Acme Ltd' },
            location: { display_name: 'Leeds, West Yorkshire' },
            redirect_url: 'https://jobs.example/a',
            salary_min: 50000,
            salary_max: 60000,
          },
          {
            designation: 'Head of IT',
            companyName: 'Globex',
            place: 'Pune',
            job_link: 'https://jobs.example/b',
            posted_on: '2026-11-02',
            wage: '₹30,00,000 a year',
          },
        ],
      }),
    );
    expect([adzuna?.title, adzuna?.company, adzuna?.location.text]).toEqual([
      'IT Manager',
      'Acme Ltd',
      'Leeds, West Yorkshire',
    ]);
    expect(adzuna?.pay).toMatchObject({ min: 50000, max: 60000 });
    expect([scraped?.title, scraped?.company, scraped?.location.text, scraped?.source.url]).toEqual([
      'Head of IT',
      'Globex',
      'Pune',
      'https://jobs.example/b',
    ]);
    expect(scraped?.postedAt).toMatch(/^2026-11-02/);
  });

  it('reads an empty job list with a note as a document with no posting, not one of unknown shape', () => {
    expect(
      parse(JSON.stringify({ positions: [], note: 'We have no open positions at the moment.' })),
    ).toEqual([]);
    expect(parse(JSON.stringify({ meta: { total: 0 }, data: { jobs: [] } }))).toEqual([]);
    expect(thrown(() => parse(JSON.stringify({ colours: [], note: 'none' }))).message).toMatch(
      /unknown JSON format/,
    );
  });

  it('reads a job listed twice once, and keeps jobs that only share a link, a title or a place', () => {
    const json = JSON.stringify([
      job(1),
      job(1),
      // Two jobs on one board link (a company's board page, not the job's).
      { title: 'Brand Designer', company: 'Perplexity', url: 'https://jobs.example/board' },
      { title: 'Design Engineer', company: 'Perplexity', url: 'https://jobs.example/board' },
      // One title at two links: two openings.
      { title: 'DevOps Engineer', company: null, url: 'https://jobs.example/a' },
      { title: 'DevOps Engineer', company: null, url: 'https://jobs.example/b' },
      // No links: their own ids make two openings; without ids, the same words are one.
      { id: 1111, title: 'Senior Engineer', location: 'NYC, NY', salary: '$145,000–$185,000' },
      { id: 1112, title: 'Senior Engineer', location: 'NYC, NY', salary: '$110,000–$135,000' },
      { title: 'Analyst', location: 'Leeds', description: 'Run reports.' },
      { title: 'Analyst', location: 'Leeds', description: 'Run reports.' },
    ]);
    expect(titles(parse(json))).toEqual([
      'IT Manager 1',
      'Brand Designer',
      'Design Engineer',
      'DevOps Engineer',
      'DevOps Engineer',
      'Senior Engineer',
      'Senior Engineer',
      'Analyst',
    ]);
  });

  it('leaves out records the list does not publish, and keeps closed openings of an archive', () => {
    const json = JSON.stringify([
      job(1, { active: false }),
      job(2, { draft: true }),
      job(3, { status: 'unpublished' }),
      job(4, { status: 'filled' }),
      job(5, { active: true }),
    ]);
    expect(titles(parse(json))).toEqual(['IT Manager 4', 'IT Manager 5']);
  });

  it('reads placeholders as nothing and a description kept as lists under their headings', () => {
    const [posting] = parse(
      JSON.stringify([
        {
          title: 'Technical Manager',
          company: 'not stated',
          location: 'N/A',
          summary: 'Own delivery.',
          overview: 'Own delivery for a client platform.',
          responsibilities: ['Coordinate the team', 'Make key technical decisions'],
          requirements: ['Five years leading engineers'],
        },
      ]),
    );
    expect(posting?.company).toBeNull();
    expect(posting?.location.text).toBeNull();
    const text = descriptionOf(posting);
    expect(text).toContain('Own delivery for a client platform.');
    expect(text).toMatch(/Responsibilities:\n- Coordinate the team\n- Make key technical decisions/);
    expect(text).toMatch(/Requirements:\n- Five years leading engineers/);
  });

  it('reads the employer a research board writes at the start of the place, never a place', () => {
    expect(employerInPlace('Lawrence Berkeley National Lab, Berkeley, CA')).toBe(
      'Lawrence Berkeley National Lab',
    );
    expect(employerInPlace('University of Chicago - Globus, Chicago, IL (Hybrid)')).toBe(
      'University of Chicago - Globus',
    );
    expect(employerInPlace('Montréal, Quebec, Canada')).toBeNull();
    expect(employerInPlace('Remote')).toBeNull();
    const [posting] = parse(
      JSON.stringify([
        {
          name: 'Research Software Engineer',
          location: 'Harvard University, Cambridge, MA',
          url: 'https://x.example/1',
        },
      ]),
    );
    expect(posting?.company).toBe('Harvard University');
    expect(posting?.provenance?.company).toBe('inferred');
  });

  it('takes a job whose description is a document file beside the list, not a photo', () => {
    const yaml =
      '- name: Front-end Developer\n  file: dg-frontend-2017.pdf\n- name: Back-end Developer\n  file: dg-backend-2017.pdf\n';
    expect(titles(parse(yaml))).toEqual(['Front-end Developer', 'Back-end Developer']);
    const team = '- name: Ada Lovelace\n  file: ada.jpg\n- name: Bo Diddley\n  file: bo.jpg\n';
    expect(thrown(() => parse(team))).toBeInstanceOf(NotAPostingError);
  });
});

const MODULE = `// Auto-updated by scraper
export type Job = {
  title: string;
  url: string;
};

export const jobs: Job[] = [
  // ── Acme ──
  {
    title: "IT Operations Manager",
    company: 'Acme',
    location: \`Austin, TX\`,
    url: "https://jobs.example/1", /* the ATS link */
    salaryMin: 150_000,
    salaryMax: 180000,
    salaryDisplay: "$150,000–$180,000",
    "posted_at": "2026-11-01",
  },
  {
    title: "Service Desk Lead \\u2013 Nights",
    company: "Acme",
    location: "Remote",
    url: "https://jobs.example/2",
  },
];
`;

describe('JavaScript and TypeScript data modules', () => {
  it('are detected by their first statement, and a posting that starts with a word like "Import" is text', () => {
    expect(detectFormat(MODULE)).toBe('module');
    expect(detectFormat('module.exports = [{ title: "IT Manager", url: "https://x.example/1" }];')).toBe(
      'module',
    );
    expect(detectFormat('Import/Export Manager\nAcme Logistics\nRun the customs team.')).toBe('text');
    expect(looksLikeScriptModule('export default [{title: "x"}]')).toBe(true);
    expect(looksLikeScriptModule('Export controls specialist wanted')).toBe(false);
  });

  it('give their literal records as a list of jobs, without running anything', () => {
    const postings = parse(MODULE);
    expect(titles(postings)).toEqual(['IT Operations Manager', 'Service Desk Lead – Nights']);
    expect(postings[0]?.source.format).toBe('module');
    expect(postings[0]?.company).toBe('Acme');
    // "$150,000–$180,000": the dollar the posting's country settles (USD with none), kept ambiguous here.
    expect(postings[0]?.pay).toMatchObject({ min: 150000, max: 180000, currency: 'DOLLAR' });
  });

  it('refuse a module whose list is built by code, saying why', () => {
    const built =
      'import { a } from "./a.js";\nconst jobs = [...a, ...b];\nexport default jobs.map((j) => j);\n';
    const error = thrown(() => parse(built));
    expect(error).toBeInstanceOf(NotAPostingError);
    expect(error.message).toMatch(/built by code/);
    const withFunction =
      'export const jobs = [{ title: "IT Manager", url: "https://x.example/1", apply: () => go() }];';
    expect(thrown(() => parse(withFunction))).toBeInstanceOf(NotAPostingError);
  });

  it('keep the records complete before a cut and say where it broke', () => {
    const cut = MODULE.slice(0, MODULE.indexOf('Remote'));
    const postings = parse(cut);
    expect(titles(postings)).toEqual(['IT Operations Manager']);
    expect(postings[0]?.warnings?.[0]).toMatchObject({ id: 'document-truncated' });
  });

  it('give up on hostile modules in one bounded pass: deep nesting, endless candidates, long escapes', () => {
    expect(readScriptData(`export const x = ${'['.repeat(100_000)}`)).toBeNull();
    expect(readScriptData('a = [f(x)];\n'.repeat(50_000))).toBeNull();
    const escapes = readScriptData(`export const jobs = [{ title: "${'\\n'.repeat(200_000)}x" }];`);
    const jobs = (escapes?.value.jobs ?? []) as { title: string }[];
    expect(jobs[0]?.title).toHaveLength(200_001);
    expect(thrown(() => parse(`export const x = ${'{a:'.repeat(5_000)}`))).toBeInstanceOf(NotAPostingError);
  });

  it('read any JSON value written as a module literal back as JSON.parse reads it (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value);
        fc.pre(text !== undefined && (text.startsWith('[') || text.startsWith('{')));
        const read = readScriptData(`export const data = ${text};\n`);
        expect(read?.value.data).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it('read any cut of a module without throwing, keeping only whole records (property)', () => {
    const records = fc.array(
      fc.record({ title: fc.string({ maxLength: 12 }), url: fc.webUrl(), n: fc.integer() }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(records, fc.nat(), (list, at) => {
        const text = `export const jobs = ${JSON.stringify(list, null, 1)};`;
        const read = readScriptData(text.slice(0, at % (text.length + 1)));
        const kept = (read?.value.jobs ?? []) as unknown[];
        expect(Array.isArray(kept)).toBe(true);
        expect(kept).toStrictEqual(JSON.parse(JSON.stringify(list)).slice(0, kept.length));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the key map of a job record', () => {
  const anyKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
    fc.constantFrom(...Object.values(JOB_FIELDS).flat()),
    fc.string({ maxLength: 12 }),
  );
  const anyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.boolean());

  it('reads own keys only, whatever they are, and changes no prototype (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyKey, anyValue), { maxLength: 12 }), (pairs) => {
        // As JSON.parse builds it: `__proto__` an own key like any other.
        const record = JSON.parse(JSON.stringify(Object.fromEntries(pairs))) as Record<string, unknown>;
        const fields = jobFieldsOf(record);
        for (const value of Object.values(fields))
          expect(value === null || typeof value === 'string').toBe(true);
        if (fields.title !== null) {
          const own = Object.keys(record).map((key) => record[key]);
          expect(
            own
              .map((v) => (typeof v === 'number' ? String(v) : v))
              .map((v) => (typeof v === 'string' ? v.trim() : v)),
          ).toContain(fields.title);
        }
        expect(({} as Record<string, unknown>).title).toBeUndefined();
        expect(Object.hasOwn(Object.prototype, 'title')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('maps a field the same whatever case or punctuation its key is written in (property)', () => {
    const spell = (key: string, style: number) =>
      style === 0
        ? key
        : style === 1
          ? key.toUpperCase()
          : style === 2
            ? key.split('').join('_')
            : `${key[0]?.toUpperCase()}${key.slice(1)}`;
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(JOB_FIELDS) as (keyof typeof JOB_FIELDS)[])),
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
        (field, pickKey, style, value) => {
          const keys = JOB_FIELDS[field];
          const key = keys[pickKey % keys.length] as string;
          const fields = jobFieldsOf({ [spell(key, style)]: value });
          const expected = jobFieldsOf({ [key]: value });
          expect(fields).toStrictEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('streaming a list of jobs', () => {
  it('reads a job listed again in a later batch once, as the whole document does', async () => {
    const list = [job(1), { legal: 'terms' }, job(2), job(3), job(1), job(4), job(2)];
    const text = JSON.stringify(list);
    const whole = titles(parse(text));
    const streamed: string[] = [];
    for await (const event of streamRawPostings({ chunks: [text], file: 'jobs' }, { batchPostings: 2 }))
      if (event.kind === 'posting') streamed.push(event.posting.title);
    expect(whole).toEqual(['IT Manager 1', 'IT Manager 2', 'IT Manager 3', 'IT Manager 4']);
    expect(streamed).toEqual(whole);
  });
});
