import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atsKeyOfUrl,
  canonicalUrl,
  compareJobs,
  enrichPosting,
  type IdentityRecord,
  jobIdentity,
  loadTaxonomy,
  parseRawPostings,
  SAME_JOB_MIN_BODY_SIMILARITY,
  sameJob,
  signatureSimilarity,
  titleReadings,
  toPosting,
} from '../../../../functions/enrichment/index.ts';

const SECTIONS = [
  [
    'About the role',
    'Harbourline Freight moves containers for 400 shippers from five Pacific Northwest terminals.',
  ],
  ['What you will do', 'Lead a team of six engineers who run our network, servers and end-user support.'],
  ['Networks', 'Run the Cisco and Palo Alto networks that connect our terminals and the head office.'],
  ['Identity', 'Own Microsoft 365, Intune and Okta administration for 900 staff in three countries.'],
  ['Budget', 'Manage a $1.8M budget and our managed service providers with quarterly reviews.'],
  [
    'What you bring',
    'Seven years in IT infrastructure, three of them leading a team, and calm under pressure.',
  ],
] as const;

function baseRecord(overrides: Partial<IdentityRecord> = {}): IdentityRecord {
  return {
    source: {
      format: 'greenhouse',
      url: 'https://careers.harbourline.example/jobs/it-manager-portland',
      externalId: null,
    },
    title: 'IT Manager',
    company: 'Harbourline Freight',
    location: { text: 'Portland, OR', country: 'US', remote: false },
    salary: { min: 138000, max: 162000, currency: 'USD', period: 'year' },
    blocks: SECTIONS.flatMap(([h, p]) => [{ text: h }, { text: p }]),
    ...overrides,
  };
}

const TRACKING = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'gclid',
  'fbclid',
  'ref',
  'source',
  'gh_src',
  'msclkid',
];
const TYPOGRAPHY: ReadonlyArray<[RegExp, string]> = [
  [/'/g, '’'],
  [/-/g, '‑'],
  [/ /g, '  '],
  [/,/g, ' ,'],
];

describe('canonicalUrl and atsKeyOfUrl', () => {
  it('drops tracking parameters, fragments, www and a trailing slash, and sorts the rest', () => {
    expect(canonicalUrl('https://WWW.Example.com/jobs/12/?utm_source=x&b=2&gclid=1&a=1#apply')).toBe(
      'https://example.com/jobs/12?a=1&b=2',
    );
  });

  it('keeps parameters that name the job', () => {
    expect(canonicalUrl('https://example.com/job?id=12')).not.toBe(
      canonicalUrl('https://example.com/job?id=13'),
    );
  });

  it.each([
    ['https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc', 'gh:4012345'],
    ['https://job-boards.greenhouse.io/acme/jobs/4012345', 'gh:4012345'],
    ['https://acme.com/careers/open-roles?gh_jid=4012345', 'gh:4012345'],
    [
      'https://jobs.lever.co/acme/6f1c3a2e-1b2c-4d5e-8f90-123456789abc/apply',
      'lever:6f1c3a2e-1b2c-4d5e-8f90-123456789abc',
    ],
    [
      'https://jobs.ashbyhq.com/acme/0d6b8b43-9c0e-4a57-9a66-0f0b9b7d6a11',
      'ashby:0d6b8b43-9c0e-4a57-9a66-0f0b9b7d6a11',
    ],
    ['https://acme.wd5.myworkdayjobs.com/en-US/External/job/Portland-OR/IT-Manager_R12345', 'wd:acme:R12345'],
    ['https://jobs.smartrecruiters.com/Acme/743999912345678-it-manager', 'sr:743999912345678'],
    ['https://apply.workable.com/acme/j/A1B2C3D4E5/', 'workable:A1B2C3D4E5'],
    ['https://example.com/jobs/12', null],
  ])('%s is %s', (url, key) => {
    expect(atsKeyOfUrl(url)).toBe(key);
  });
});

describe('titleReadings', () => {
  it('reads an employer at the end of an aggregator title', () => {
    expect(titleReadings('IT Manager - Harbourline Freight', 'NorthWest Tech')).toContain(
      'harbourline-freight|it manager',
    );
  });

  it('does not take a qualifier for an employer', () => {
    expect(titleReadings('IT Manager - Remote', 'Acme')).toEqual([
      'acme|it manager remote'.replace(' remote', ''),
    ]);
  });
});

describe('jobIdentity and sameJob', () => {
  it('is the same job re-sent with tracking parameters, new white space and typography', () => {
    fc.assert(
      fc.property(
        fc.subarray(TRACKING, { minLength: 1 }),
        fc.string({ minLength: 1, maxLength: 8 }).map((s) => encodeURIComponent(s)),
        fc.subarray([0, 1, 2, 3]),
        (params, value, typo) => {
          const a = baseRecord();
          const url = `${a.source.url}?${params.map((p) => `${p}=${value}`).join('&')}`;
          const retype = (t: string) =>
            typo.reduce((s, i) => s.replace(...(TYPOGRAPHY[i] as [RegExp, string])), t);
          const b = baseRecord({
            source: { ...a.source, format: 'rss', url },
            title: retype(a.title),
            blocks: a.blocks?.map((x) => ({ text: retype(x.text) })),
          });
          expect(sameJob(a, b)).toBe(true);
        },
      ),
    );
  });

  it('is the same job with its sections reordered and from another source format and URL', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }), (order) => {
        const a = baseRecord();
        const b = baseRecord({
          source: {
            format: 'rss',
            url: 'https://aggregator.example/view/88120?utm_source=rss',
            externalId: 'agg-1',
          },
          title: 'IT Manager - Harbourline Freight',
          company: 'Aggregator Jobs',
          blocks: order.flatMap((i) => [{ text: SECTIONS[i]?.[0] ?? '' }, { text: SECTIONS[i]?.[1] ?? '' }]),
        });
        const cmp = compareJobs(jobIdentity(a), jobIdentity(b));
        expect(cmp.same).toBe(true);
        expect(cmp.similarity).toBeGreaterThanOrEqual(SAME_JOB_MIN_BODY_SIMILARITY);
      }),
    );
  });

  it('is another job when the location, the seniority, the requisition or the pay changes', () => {
    const changes = fc.oneof(
      fc.constantFrom('Seattle, WA', 'Tacoma, WA', 'Boise, ID', 'Vancouver, BC').map(
        (text) =>
          (r: IdentityRecord): IdentityRecord => ({ ...r, location: { ...r.location, text } }),
      ),
      fc.constantFrom('Senior', 'Junior', 'Lead', 'Principal', 'Associate').map(
        (level) =>
          (r: IdentityRecord): IdentityRecord => ({ ...r, title: `${level} ${r.title}` }),
      ),
      fc.integer({ min: 10000, max: 99999 }).map(
        (n) =>
          (r: IdentityRecord): IdentityRecord => ({
            ...r,
            blocks: [...(r.blocks ?? []).slice(0, -1), { text: `Requisition ID: R${n + 1}` }],
          }),
      ),
      // Another band under one requisition: a range that does not meet the first (another grade).
      fc.integer({ min: 30, max: 60 }).map(
        (k) =>
          (r: IdentityRecord): IdentityRecord => ({
            ...r,
            salary: { min: 138000 + k * 1000, max: 162000 + k * 1000, currency: 'USD', period: 'year' },
          }),
      ),
    );
    fc.assert(
      fc.property(changes, (change) => {
        const a = baseRecord({
          blocks: [...(baseRecord().blocks ?? []), { text: 'Requisition ID: R10000' }],
        });
        const b = change({ ...a, source: { ...a.source, url: 'https://aggregator.example/view/2' } });
        expect(sameJob(a, b)).toBe(false);
      }),
    );
  });

  it('is another job when only the pay changes and no id ties the two together', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), (k) => {
        const b = baseRecord({
          source: { format: 'rss', url: 'https://aggregator.example/view/2', externalId: null },
          salary: { min: 138000 + k * 1000, max: 162000 + k * 1000, currency: 'USD', period: 'year' },
        });
        expect(compareJobs(jobIdentity(baseRecord()), jobIdentity(b))).toMatchObject({
          same: false,
          reason: 'pay',
        });
      }),
    );
  });

  it('is the same job when one requisition is re-published with a revised pay table of its band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (k) => {
        const req = { text: 'Requisition ID: R10000' };
        const a = baseRecord({ blocks: [...(baseRecord().blocks ?? []), req] });
        const b = baseRecord({
          source: { format: 'rss', url: 'https://aggregator.example/view/2', externalId: null },
          salary: { min: 138000 + k * 1000, max: 162000 + k * 1000, currency: 'USD', period: 'year' },
          blocks: [...(baseRecord().blocks ?? []), req],
        });
        expect(compareJobs(jobIdentity(a), jobIdentity(b))).toMatchObject({
          same: true,
          reason: 'requisition',
        });
      }),
    );
  });

  it('tells two ATS ids apart even when everything else matches', () => {
    const a = baseRecord({
      source: { format: 'greenhouse', url: 'https://boards.greenhouse.io/h/jobs/4012345', externalId: null },
    });
    const b = baseRecord({
      source: { format: 'greenhouse', url: 'https://boards.greenhouse.io/h/jobs/4012346', externalId: null },
    });
    expect(compareJobs(jobIdentity(a), jobIdentity(b))).toMatchObject({ same: false, reason: 'ats' });
  });

  it('does not merge an unrelated description at the same employer, title and city', () => {
    const b = baseRecord({
      source: { format: 'rss', url: 'https://aggregator.example/view/3', externalId: null },
      blocks: [
        {
          text: 'We are hiring for our new cold-storage warehouse in the port district, opening next spring.',
        },
        { text: 'You will build its wireless network, badge system and handheld scanners from scratch.' },
        { text: 'Experience with Zebra devices, Aruba wireless and warehouse management systems is a must.' },
      ],
    });
    expect(compareJobs(jobIdentity(baseRecord()), jobIdentity(b))).toMatchObject({
      same: false,
      reason: 'body',
    });
  });

  it('estimates similarity near 1 for a copy and near 0 for unrelated text', () => {
    const a = jobIdentity(baseRecord()).body;
    expect(signatureSimilarity(a, a)).toBe(1);
    const other = jobIdentity(
      baseRecord({
        blocks: [
          {
            text: 'Completely different words about baking bread and pastries every morning at dawn in Lyon.',
          },
        ],
      }),
    ).body;
    expect(signatureSimilarity(a, other)).toBeLessThan(0.2);
    expect(signatureSimilarity(a, 'not*base64')).toBeNull();
  });

  it('survives hostile input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.string()), (title, text, url) => {
        const id = jobIdentity(
          baseRecord({
            title,
            company: '__proto__',
            source: { format: 'rss', url, externalId: 'constructor' },
            blocks: [{ text }],
          }),
        );
        expect(Array.isArray(id.keys)).toBe(true);
        expect(
          compareJobs(id, id).same || id.blocks.length === 0 || id.location === null || id.body === null,
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a static-site posting whose front matter names its opening', () => {
  const page = (announcement: string, opens: string) =>
    [
      '---',
      'title: Harbourline Freight - IT Manager',
      'org: Harbourline Freight',
      'location: Portland, OR',
      `opens: ${opens}`,
      `job_announcement_number: '${announcement}'`,
      '---',
      '',
      ...SECTIONS.flatMap(([heading, text]) => [`## ${heading}`, '', text, '']),
    ].join('\n');
  const identityOf = (content: string) => {
    const [raw] = parseRawPostings({ content, file: 'job.md', url: null, contentType: null, format: 'auto' });
    if (!raw) throw new Error('no posting read');
    const posting = toPosting(raw);
    const listing = enrichPosting(posting, {
      taxonomy: loadTaxonomy(),
      now: new Date('2026-12-06T00:00:00Z'),
    });
    return jobIdentity({ ...listing, blocks: posting.blocks });
  };

  it('is the same job when re-published under the same announcement number', () => {
    expect(
      compareJobs(identityOf(page('21110018', 'July 19')), identityOf(page('21110018', 'August 3'))).same,
    ).toBe(true);
  });

  it('is another job when re-opened under a new announcement number, word for word', () => {
    expect(
      compareJobs(identityOf(page('21110018', 'July 19')), identityOf(page('24110042', 'July 19'))).same,
    ).toBe(false);
  });
});
