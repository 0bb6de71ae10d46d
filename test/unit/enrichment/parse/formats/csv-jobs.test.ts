import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { streamDocument } from '../../../../../functions/enrichment/parse/formats/stream-document.ts';
import {
  NotAPostingError,
  type RawPosting,
  type Warning,
} from '../../../../../functions/enrichment/types.ts';
import { descriptionOf, thrown } from './fixture.ts';

const titles = (postings: readonly RawPosting[]) => postings.map((p) => p.title);
const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const table = (rows: readonly (readonly string[])[], delimiter = ',', eol = '\n') =>
  rows.map((row) => row.map(quote).join(delimiter)).join(eol) + eol;

const JOBSPY_HEADER = [
  'id',
  'site',
  'job_url',
  'title',
  'company',
  'location',
  'date_posted',
  'job_type',
  'interval',
  'min_amount',
  'max_amount',
  'currency',
  'is_remote',
  'description',
  'company_url',
];
const jobspyRow = (i: number, extra: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    id: `li-42000${i}`,
    site: 'linkedin',
    job_url: `https://www.linkedin.com/jobs/view/42000${i}`,
    title: `IT Manager ${i}`,
    company: `Acme ${i}`,
    location: 'Austin, TX, US',
    date_posted: '2026-11-02',
    job_type: 'fulltime',
    interval: 'yearly',
    min_amount: '150000.0',
    max_amount: '180000.0',
    currency: 'USD',
    is_remote: 'False',
    description: `**About the role**\n\n* Lead the service desk, "Tier 1" and "Tier 2"\n* Run ITIL change, Microsoft 365 and Intune\n\nPosting ${i}`,
    company_url: `https://www.linkedin.com/company/acme-${i}`,
    ...extra,
  };
  return JOBSPY_HEADER.map((name) => cells[name] ?? '');
};

async function stream(content: string, file: string | null, options = {}) {
  const pieces: string[] = [];
  for (let i = 0; i < content.length; i += 97) pieces.push(content.slice(i, i + 97));
  const postings: RawPosting[] = [];
  const warnings: Warning[] = [];
  for await (const batch of streamDocument({ chunks: pieces, file }, { batchPostings: 3, ...options })) {
    if (batch.kind === 'postings') postings.push(...batch.postings);
    else warnings.push(batch.warning);
  }
  return { postings, warnings };
}

describe('a job scraper export (JobSpy CSV)', () => {
  const csv = table([JOBSPY_HEADER, jobspyRow(1), jobspyRow(2), jobspyRow(3)]);

  it('gives one posting a row, its fields from the named columns, pay from the amount columns', () => {
    expect(detectFormat(csv)).toBe('csv');
    const postings = parseDocument({ content: csv, file: 'jobs.csv' });
    expect(titles(postings)).toEqual(['IT Manager 1', 'IT Manager 2', 'IT Manager 3']);
    const [first] = postings as [RawPosting];
    expect(first.company).toBe('Acme 1');
    expect(first.location.text).toContain('Austin');
    expect(first.source).toMatchObject({
      format: 'csv',
      url: 'https://www.linkedin.com/jobs/view/420001',
      externalId: 'li-420001',
    });
    expect(first.pay).toMatchObject({ min: 150000, max: 180000, currency: 'USD', period: 'year' });
    expect(first.provenance).toMatchObject({ title: 'structured', company: 'structured' });
    // The multi-line quoted Markdown cell is the description, quotes and all.
    expect(descriptionOf(first)).toContain('Lead the service desk, "Tier 1"');
    expect(descriptionOf(first)).toContain('Posting 1');
  });

  it('reads a spreadsheet saved with a BOM, CRLF and semicolons, and a TSV, as the same rows', () => {
    const excel = `\ufeff${table([JOBSPY_HEADER, jobspyRow(1), jobspyRow(2)], ';', '\r\n')}`;
    expect(titles(parseDocument({ content: excel }))).toEqual(['IT Manager 1', 'IT Manager 2']);
    const tsv = [JOBSPY_HEADER, jobspyRow(1), jobspyRow(2)]
      .map((row) => row.map((c) => c.replace(/[\t\n]/g, ' ')).join('\t'))
      .join('\n');
    const read = parseDocument({ content: tsv, file: 'export.tsv' });
    expect(titles(read)).toEqual(['IT Manager 1', 'IT Manager 2']);
    expect(read[0]?.source.format).toBe('tsv');
    expect(titles(parseDocument({ content: tsv, format: 'tsv' }))).toEqual(['IT Manager 1', 'IT Manager 2']);
  });

  it('skips blank rows, the header repeated, a row with no title; rows of its shape above a late header are rows', () => {
    const joined = table([
      jobspyRow(0),
      JOBSPY_HEADER,
      jobspyRow(1),
      JOBSPY_HEADER.map(() => ''),
      JOBSPY_HEADER,
      jobspyRow(2, { title: '' }),
      jobspyRow(3),
    ]);
    expect(titles(parseDocument({ content: joined, file: 'runs.csv' }))).toEqual([
      'IT Manager 0',
      'IT Manager 1',
      'IT Manager 3',
    ]);
  });

  it('keeps every complete row of a cut file and says where it broke, whole or streamed', async () => {
    const whole = table([JOBSPY_HEADER, jobspyRow(1), jobspyRow(2), jobspyRow(3), jobspyRow(4)]);
    const cut = whole.slice(0, whole.lastIndexOf('Run ITIL'));
    const postings = parseDocument({ content: cut, file: 'jobs.csv' });
    expect(titles(postings)).toEqual(['IT Manager 1', 'IT Manager 2', 'IT Manager 3']);
    const warning = postings[0]?.warnings?.find((w) => w.id === 'document-truncated');
    expect(warning?.detail).toMatch(/breaks off in row 5 \(inside a quoted cell\).*3 complete rows/);
    const streamed = await stream(cut, 'jobs.csv');
    expect(titles(streamed.postings)).toEqual(['IT Manager 1', 'IT Manager 2', 'IT Manager 3']);
    expect(streamed.warnings.map((w) => w.id)).toEqual(['document-truncated']);
  });
});

describe('tables that are not postings, and text that is not a table', () => {
  it('refuses a salary survey table, naming its columns', () => {
    const survey = [
      'work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,company_size',
      '2023,SE,FT,Principal Data Scientist,80000,EUR,85847,L',
      '2023,MI,CT,ML Engineer,30000,USD,30000,S',
      '2023,MI,CT,ML Engineer,25500,USD,25500,S',
      '2023,SE,FT,Data Scientist,175000,USD,175000,M',
      '2023,SE,FT,Data Scientist,120000,USD,120000,M',
      '2021,EN,FT,Applied Scientist,222200,USD,222200,L',
    ].join('\n');
    const error = thrown(() => parseDocument({ content: survey, file: 'ds_salaries.csv' }));
    expect(error).toBeInstanceOf(NotAPostingError);
    expect((error as Error).message).toContain('work_year, experience_level');
    // Unnamed, it is refused the same way: a plainly tabular text is no text posting.
    expect(thrown(() => parseDocument({ content: survey }))).toBeInstanceOf(NotAPostingError);
  });

  it('refuses a contacts-like lookup table of two columns when it is named a CSV', () => {
    const lookup = 'J_Id,job\n1,Print Reporter\n2,Producer\n3,Editor\n';
    expect(thrown(() => parseDocument({ content: lookup, file: 'jobs.csv' }))).toBeInstanceOf(
      NotAPostingError,
    );
  });

  it('leaves a text posting with commas in its lines a text posting', () => {
    const text = [
      'IT Service Manager, Infrastructure',
      'Acme Corp, Leeds, UK',
      '',
      'You will run the service desk, the network and the cloud estate.',
      'Skills: ITIL, Azure, Intune, Microsoft 365.',
      'Salary: £60,000 - £70,000 per year.',
    ].join('\n');
    expect(detectFormat(text)).toBe('text');
  });

  it('leaves a Markdown pipe table to the Markdown reader', () => {
    const md = [
      '# Internships',
      '',
      '| Company | Role | Location | Application/Link |',
      '| ------- | ---- | -------- | ---------------- |',
      '| **[Stripe](https://stripe.com)** | Software Engineer Intern | San Francisco, CA | [Apply](https://stripe.com/jobs/1) |',
      '| **[Ramp](https://ramp.com)** | Data Engineer Intern | New York, NY | [Apply](https://ramp.com/jobs/2) |',
    ].join('\n');
    expect(detectFormat(md)).toBe('text');
  });
});

describe('hostile cells', () => {
  it('reads a __proto__ column as a column, an Excel text formula as its text, and keeps formula-looking cells as text', () => {
    const csv = [
      'title,company,__proto__,constructor,job_url',
      '=HYPERLINK("https://evil.example"),="00123 Ltd",x,y,https://jobs.example/1',
      'IT Manager,Acme,{"polluted":true},z,https://jobs.example/2',
    ].join('\n');
    const postings = parseDocument({ content: csv, file: 'jobs.csv' });
    expect(titles(postings)).toEqual(['=HYPERLINK("https://evil.example")', 'IT Manager']);
    expect(postings[0]?.company).toBe('00123 Ltd');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips a row over the per-posting cap and keeps its neighbours', async () => {
    const csv = table([
      JOBSPY_HEADER,
      jobspyRow(1),
      jobspyRow(2, { description: 'x'.repeat(5_000) }),
      jobspyRow(3),
      jobspyRow(4),
    ]);
    const { postings, warnings } = await stream(csv, 'jobs.csv', {
      maxPostingChars: 2_000,
      batchPostings: 2,
    });
    expect(titles(postings)).toEqual(['IT Manager 1', 'IT Manager 3', 'IT Manager 4']);
    expect(warnings.map((w) => w.id)).toEqual(['posting-too-large']);
  });
});

describe('any table, written by RFC 4180', () => {
  const cell = fc.string({
    maxLength: 40,
    unit: fc.constantFrom('a', 'B', ' ', ',', ';', '"', '\n', '\t', 'é', '1'),
  });

  it('reads back one posting a row, with its title, whole or streamed in any pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(',', ';', '\t'),
        async (rows, delimiter) => {
          const body = rows.map(([title, company, text], i) => [
            `Manager ${i} ${title}`,
            `Co ${company}`,
            `https://jobs.example/${i}`,
            text,
          ]);
          const csv = table([['title', 'company', 'job_url', 'description'], ...body], delimiter);
          const format = delimiter === '\t' ? 'tsv' : 'csv';
          const expected = body.map(([title]) => (title as string).replace(/\s+/g, ' ').trim());
          const whole = parseDocument({ content: csv, format });
          expect(titles(whole).map((t) => t.replace(/\s+/g, ' '))).toEqual(expected);
          const streamed = await stream(csv, `jobs.${format}`);
          expect(titles(streamed.postings)).toEqual(titles(whole));
        },
      ),
      { numRuns: 60 },
    );
  });
});
