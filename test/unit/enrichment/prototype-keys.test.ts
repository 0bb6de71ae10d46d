/**
 * Values named like Object.prototype's members, in every pay and location field of every format:
 * no lookup table of the core may answer them from the prototype (issue 11, item 4). The space is
 * small and finite (5 names × 6 fields × 8 formats), so it is enumerated whole rather than sampled.
 */
import { describe, expect, it } from 'vitest';
import {
  enrichDocument,
  type Format,
  type Listing,
  ListingSchema,
  loadTaxonomy,
  PostingSchema,
  parsePostings,
} from '../../../functions/enrichment/index.ts';

const PROTO_KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'] as const;
const FIELDS = ['currency', 'unit', 'country', 'region', 'company', 'employmentType'] as const;
type Field = (typeof FIELDS)[number];
type Values = Readonly<Record<Field, string>>;

const PLAIN: Values = {
  currency: 'USD',
  unit: 'YEAR',
  country: 'US',
  region: 'TX',
  company: 'Ridgeline Outdoor',
  employmentType: 'Full-time',
};

const BODY =
  'Lead the IT operations team of six: networking, Microsoft 365 and the service desk. Pay: $150,000 - $180,000 per year.';

/** A scraper's export: a header naming JobSpy's columns, then one row (each cell quoted, RFC 4180). */
function tableRow(v: Values, delimiter: string): string {
  const header =
    'title,company,location,country,job_type,min_amount,max_amount,currency,interval,description,job_url';
  const row = [
    'IT Operations Manager',
    v.company,
    `Austin, ${v.region}`,
    v.country,
    v.employmentType,
    '150000',
    '180000',
    v.currency,
    v.unit,
    BODY,
    'https://jobs.example.org/1',
  ];
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return `${header.split(',').join(delimiter)}\n${row.map(quote).join(delimiter)}\n`;
}

/** One posting in `format` with each pay and location field set from `v`. */
const DOCUMENTS: Record<Format, (v: Values) => string> = {
  html: (v) => `<!doctype html><html><head><title>IT Operations Manager</title>
<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'IT Operations Manager',
    description: `<p>${BODY}</p>`,
    datePosted: '2026-11-01',
    employmentType: v.employmentType,
    hiringOrganization: { '@type': 'Organization', name: v.company },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'Austin',
        addressRegion: v.region,
        addressCountry: v.country,
      },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: v.currency,
      value: { '@type': 'QuantitativeValue', minValue: 150000, maxValue: 180000, unitText: v.unit },
    },
  })}</script></head><body><h1>IT Operations Manager</h1><p>${BODY}</p></body></html>`,
  text: (v) =>
    `IT Operations Manager\nCompany: ${v.company}\nLocation: Austin, ${v.region}, ${v.country}\nEmployment type: ${v.employmentType}\nSalary: 150000 - 180000 ${v.currency} per ${v.unit}\n\n${BODY}\n`,
  rss: (v) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:job="https://jobs.example.org/ns/job"><channel><title>Jobs</title>
<item><title>IT Operations Manager</title><link>https://jobs.example.org/1</link>
<job:company>${v.company}</job:company><job:location>Austin, ${v.region}</job:location>
<job:country>${v.country}</job:country><job:jobtype>${v.employmentType}</job:jobtype>
<job:salary>150000 - 180000 ${v.currency} per ${v.unit}</job:salary>
<description>${BODY}</description></item></channel></rss>`,
  xml: (v) => `<?xml version="1.0" encoding="utf-8"?>
<source><publisher>Jobs</publisher><job><title><![CDATA[IT Operations Manager]]></title>
<referencenumber>1</referencenumber><url>https://jobs.example.org/1</url>
<company><![CDATA[${v.company}]]></company><city>Austin</city><state>${v.region}</state>
<country>${v.country}</country><jobtype>${v.employmentType}</jobtype>
<salary>150000 - 180000 ${v.currency} per ${v.unit}</salary>
<description><![CDATA[${BODY}]]></description></job></source>`,
  atom: (v) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Jobs</title><id>urn:jobs</id><updated>2026-11-01T00:00:00Z</updated>
<entry><title>IT Operations Manager at ${v.company} - Austin, ${v.region}, ${v.country}</title>
<id>urn:job:1</id><link href="https://jobs.example.org/1"/><updated>2026-11-01T00:00:00Z</updated>
<author><name>${v.company}</name></author>
<content type="text">${BODY} ${v.employmentType}. 150000 ${v.currency} per ${v.unit}.</content></entry></feed>`,
  jsonfeed: (v) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Jobs',
      items: [
        {
          id: '1',
          url: 'https://jobs.example.org/1',
          title: `IT Operations Manager at ${v.company} (Austin, ${v.region}, ${v.country})`,
          content_text: `${BODY} ${v.employmentType}. 150000 ${v.currency} per ${v.unit}.`,
          authors: [{ name: v.company }],
        },
      ],
    }),
  greenhouse: (v) =>
    JSON.stringify({
      jobs: [
        {
          id: 1,
          absolute_url: 'https://boards.greenhouse.example/acme/jobs/1',
          title: 'IT Operations Manager',
          company_name: v.company,
          location: { name: `Austin, ${v.region}, ${v.country}` },
          metadata: [
            { id: 1, name: 'Employment Type', value: v.employmentType, value_type: 'single_select' },
          ],
          content: `&lt;p&gt;${BODY}&lt;/p&gt;`,
          pay_input_ranges: [
            {
              min_cents: 15000000,
              max_cents: 18000000,
              currency_type: v.currency,
              title: `Pay per ${v.unit}`,
              blurb: '',
            },
          ],
        },
      ],
    }),
  lever: (v) =>
    JSON.stringify([
      {
        id: '5b1e7f0a-3c2d-4e8f-9a61-0d2c4b6e8f10',
        text: 'IT Operations Manager',
        categories: { commitment: v.employmentType, location: `Austin, ${v.region}`, team: v.company },
        country: v.country,
        description: `<div>${BODY}</div>`,
        descriptionPlain: BODY,
        lists: [],
        hostedUrl: 'https://jobs.lever.example/acme/1',
        createdAt: 1793700000000,
        salaryRange: { min: 150000, max: 180000, currency: v.currency, interval: v.unit },
      },
    ]),
  ashby: (v) =>
    JSON.stringify({
      apiVersion: '1',
      jobs: [
        {
          id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924',
          title: 'IT Operations Manager',
          employmentType: v.employmentType,
          location: `Austin, ${v.region}`,
          descriptionHtml: `<p>${BODY}</p>`,
          jobUrl: 'https://jobs.ashby.example/acme/1',
          address: {
            postalAddress: { addressLocality: 'Austin', addressRegion: v.region, addressCountry: v.country },
          },
          compensation: {
            compensationTiers: [
              {
                id: 't1',
                tierSummary: '$150K - $180K',
                components: [
                  {
                    id: 'c1',
                    compensationType: 'Salary',
                    interval: v.unit,
                    currencyCode: v.currency,
                    minValue: 150000,
                    maxValue: 180000,
                  },
                ],
              },
            ],
          },
        },
      ],
    }),
  json: (v) =>
    JSON.stringify([
      { legal: 'Terms of use: a notice, not a job' },
      {
        position: 'IT Operations Manager',
        company: v.company,
        location: `Austin, ${v.region}`,
        country: v.country,
        employment_type: v.employmentType,
        salary_min: 150000,
        salary_max: 180000,
        salary_currency: v.currency,
        description: `<p>${BODY}</p>`,
        url: 'https://jobs.example.org/1',
      },
    ]),
  // A site's YAML job board: a notice entry, then the job; a key named __proto__ is a key.
  yaml: (v) =>
    [
      '- legal: "Terms of use: a notice, not a job"',
      `- __proto__: ${JSON.stringify(v.company)}`,
      '  position: IT Operations Manager',
      `  company: ${JSON.stringify(v.company)}`,
      `  location: "Austin, ${v.region}"`,
      `  country: ${v.country}`,
      `  employment_type: ${v.employmentType}`,
      '  salary_min: 150000',
      '  salary_max: 180000',
      `  salary_currency: ${v.currency}`,
      '  description: >',
      `    ${BODY}`,
      '  url: https://jobs.example.org/1',
      '',
    ].join('\n'),
  module: (v) =>
    [
      '// Written by the scraper',
      'export const jobs: Job[] = [',
      '  {',
      "    position: 'IT Operations Manager',",
      `    company: ${JSON.stringify(v.company)},`,
      `    location: \`Austin, ${v.region}\`,`,
      `    country: ${JSON.stringify(v.country)},`,
      `    employment_type: ${JSON.stringify(v.employmentType)},`,
      '    salary_min: 150_000,',
      '    salary_max: 180000,',
      `    salary_currency: ${JSON.stringify(v.currency)},`,
      `    description: ${JSON.stringify(BODY)},`,
      "    url: 'https://jobs.example.org/1',",
      '  },',
      '];',
      '',
    ].join('\n'),
  csv: (v) => tableRow(v, ','),
  tsv: (v) => tableRow(v, '\t'),
};

const CONTENT_TYPES: Record<Format, string> = {
  html: 'text/html',
  text: 'text/plain',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  xml: 'application/xml',
  jsonfeed: 'application/feed+json',
  greenhouse: 'application/json',
  lever: 'application/json',
  ashby: 'application/json',
  json: 'application/json',
  yaml: 'application/yaml',
  module: 'text/javascript',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
};

const ctx = { taxonomy: loadTaxonomy(), now: new Date('2026-12-01T00:00:00Z') };

function enrich(format: Format, values: Values): Listing[] {
  return enrichDocument(
    { content: DOCUMENTS[format](values), format, contentType: CONTENT_TYPES[format] },
    ctx,
  );
}

/**
 * Postings in the queue's shape (a table lookup answered from the prototype puts a function in
 * the pay's currency or period), with a real currency code if any.
 */
function expectCleanPostings(format: Format, values: Values, key: string): void {
  const postings = parsePostings({ content: DOCUMENTS[format](values), format });
  expect(postings).toHaveLength(1);
  for (const posting of postings) {
    expect(PostingSchema.safeParse(posting).success).toBe(true);
    if (posting.pay?.currency) expect(posting.pay.currency).toMatch(/^[A-Z]{3}$/);
    expect(posting.location.country).not.toBe(key);
  }
}

/** A listing the contract accepts, whose currency and country are real codes, not `key`. */
function expectClean(listing: Listing, key: string): void {
  expect(ListingSchema.safeParse(listing).success).toBe(true);
  expect(listing.title).toContain('IT Operations Manager');
  if (listing.salary) {
    expect(listing.salary.currency).toMatch(/^[A-Z]{3}$/);
    expect(listing.salary.currency.toLowerCase()).not.toBe(key.toLowerCase().slice(0, 3));
  }
  expect(listing.location.country === null || /^[A-Z]{2}$/.test(listing.location.country)).toBe(true);
  expect(listing.employmentType).not.toBe(key);
}

describe.each(Object.keys(DOCUMENTS) as Format[])(
  'a %s posting with prototype names in its fields',
  (format) => {
    it('gives a listing with plain values (the documents below are read as postings)', () => {
      const [listing, ...rest] = enrich(format, PLAIN);
      expect(rest).toEqual([]);
      expect(listing?.title).toContain('IT Operations Manager');
    });

    it.each(PROTO_KEYS)('gives a clean listing with %s in every pay and location field', (key) => {
      const all = Object.fromEntries(FIELDS.map((f) => [f, key])) as Values;
      expectCleanPostings(format, all, key);
      const listings = enrich(format, all);
      expect(listings).toHaveLength(1);
      for (const listing of listings) expectClean(listing, key);
    });

    it.each(PROTO_KEYS)('gives a clean listing with %s in any one pay or location field', (key) => {
      for (const field of FIELDS) {
        expectCleanPostings(format, { ...PLAIN, [field]: key }, key);
        const listings = enrich(format, { ...PLAIN, [field]: key });
        expect(listings, field).toHaveLength(1);
        for (const listing of listings) expectClean(listing, key);
      }
    });
  },
);

describe('a microdata posting with prototype names as item properties', () => {
  it.each(PROTO_KEYS)('reads the posting and keeps itemprop="%s" from replacing its fields', (key) => {
    const page = `<!doctype html><html><body><div itemscope itemtype="https://schema.org/JobPosting">
<h1 itemprop="title">IT Operations Manager</h1><span itemprop="${key}">Austin</span><span itemprop="${key}">TX</span>
<${key} itemprop="url">x</${key}><div itemprop="description"><p>${BODY}</p></div></div></body></html>`;
    const postings = parsePostings({ content: page, format: 'html' });
    expect(postings).toHaveLength(1);
    expect(postings[0]?.title).toBe('IT Operations Manager');
    expect(PostingSchema.safeParse(postings[0]).success).toBe(true);
  });
});
