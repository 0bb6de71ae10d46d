/**
 * Whatever ingest accepts, the consumer stores: postings in every format, with pay and location
 * fields that are JavaScript member names (`constructor`, `__proto__`, ...) or arbitrary text,
 * go through the real ingest (parse, SendMessageBatch to a mocked SQS, whose bodies are kept)
 * and the real consumer handler into the store on dynalite. Every accepted posting must come
 * out stored, none failed.
 */
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrichConsumer } from '../../functions/consumer/enrich-consumer.ts';
import { CountingMetrics } from '../../functions/consumer/pipeline-metrics.ts';
import { enrichPosting, loadTaxonomy } from '../../functions/enrichment/index.ts';
import { ingestDocument } from '../../functions/ingest/ingest-document.ts';
import { sendPostings } from '../../functions/ingest/send-postings.ts';
import { DynamoDbListingStore } from '../../functions/store/dynamodb-listing-store.ts';
import { buildSqsEvent } from '../factories/sqs-event.ts';
import { createTestTable, type DynamoBackend, startDynaliteBackend } from './support/dynamodb-backends.ts';

const MEMBER_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];
const field = fc.oneof(
  fc.constantFrom(...MEMBER_NAMES),
  fc.constantFrom('USD', 'GBP', 'EUR', 'year', 'hour', 'month', 'US', 'GB', 'Seattle, WA', 'FULL_TIME'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
);

interface Fields {
  readonly company: string;
  readonly currency: string;
  readonly interval: string;
  readonly country: string;
  readonly locality: string;
  readonly employmentType: string;
}

const fieldsArb: fc.Arbitrary<Fields> = fc.record({
  company: field,
  currency: field,
  interval: field,
  country: field,
  locality: field,
  employmentType: field,
});

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const TITLE = 'IT Manager';
const BODY = 'Lead the IT team of five. Okta, Intune and ServiceNow.';

/** One posting with the given fields, in each supported format. */
const FORMATS: Record<string, (f: Fields) => { content: string; format: string }> = {
  html: (f) => ({
    format: 'html',
    content: `<html><head><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: TITLE,
      description: BODY,
      employmentType: f.employmentType,
      hiringOrganization: { '@type': 'Organization', name: f.company },
      jobLocation: { '@type': 'Place', address: { addressLocality: f.locality, addressCountry: f.country } },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: f.currency,
        value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 150000, unitText: f.interval },
      },
    }).replace(/</g, '\\u003c')}</script></head><body><h1>${TITLE}</h1><p>${BODY}</p></body></html>`,
  }),
  text: (f) => ({
    format: 'text',
    content: `${TITLE}\n${f.company} · ${f.locality}, ${f.country}\n\n${BODY}\n\nSalary: ${f.currency} 120,000 - 150,000 per ${f.interval}\nEmployment type: ${f.employmentType}\n`,
  }),
  rss: (f) => ({
    format: 'rss',
    content: `<?xml version="1.0"?><rss version="2.0"><channel><title>Jobs</title><item><title>${esc(`${TITLE} at ${f.company}`)}</title><link>https://jobs.example.org/1</link><guid>g1</guid><description>${esc(`<p>${BODY}</p><p>Location: ${f.locality}, ${f.country}</p><p>Pay: ${f.currency} 120,000 per ${f.interval}</p>`)}</description></item></channel></rss>`,
  }),
  atom: (f) => ({
    format: 'atom',
    content: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Jobs</title><entry><title>${esc(`${TITLE} - ${f.company}`)}</title><id>urn:1</id><link href="https://jobs.example.org/1"/><updated>2026-11-01T00:00:00Z</updated><content type="html">${esc(`<p>${BODY}</p><p>${f.locality}, ${f.country}. ${f.currency} 120,000 per ${f.interval}</p>`)}</content></entry></feed>`,
  }),
  jsonfeed: (f) => ({
    format: 'jsonfeed',
    content: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Jobs',
      items: [
        {
          id: '1',
          url: 'https://jobs.example.org/1',
          title: `${TITLE} at ${f.company}`,
          content_text: `${BODY}\nLocation: ${f.locality}, ${f.country}\nSalary: ${f.currency} 120,000 per ${f.interval}`,
        },
      ],
    }),
  }),
  greenhouse: (f) => ({
    format: 'greenhouse',
    content: JSON.stringify({
      jobs: [
        {
          id: 1,
          absolute_url: 'https://boards.greenhouse.example/x/jobs/1',
          title: TITLE,
          company_name: f.company,
          location: { name: `${f.locality}, ${f.country}` },
          metadata: [
            { id: 1, name: 'Employment Type', value: f.employmentType, value_type: 'single_select' },
          ],
          content: esc(`<p>${BODY}</p>`),
          pay_input_ranges: [
            { min_cents: 12000000, max_cents: 15000000, currency_type: f.currency, title: f.interval },
          ],
        },
      ],
    }),
  }),
  lever: (f) => ({
    format: 'lever',
    content: JSON.stringify([
      {
        id: '5b1e7f0a-3c2d-4e8f-9a61-0d2c4b6e8f10',
        text: TITLE,
        categories: { commitment: f.employmentType, location: f.locality, allLocations: [f.locality] },
        country: f.country,
        descriptionPlain: BODY,
        description: `<div>${esc(BODY)}</div>`,
        lists: [],
        hostedUrl: 'https://jobs.lever.example/x/1',
        salaryRange: { currency: f.currency, interval: f.interval, min: 120000, max: 150000 },
      },
    ]),
  }),
  ashby: (f) => ({
    format: 'ashby',
    content: JSON.stringify({
      apiVersion: '1',
      jobs: [
        {
          id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924',
          title: TITLE,
          employmentType: f.employmentType,
          location: f.locality,
          isListed: true,
          descriptionHtml: `<p>${esc(BODY)}</p>`,
          address: { postalAddress: { addressLocality: f.locality, addressCountry: f.country } },
          jobUrl: 'https://jobs.ashby.example/x/1',
          compensation: {
            compensationTiers: [
              {
                id: 't',
                components: [
                  {
                    id: 'c',
                    compensationType: 'Salary',
                    interval: f.interval,
                    currencyCode: f.currency,
                    minValue: 120000,
                    maxValue: 150000,
                  },
                ],
              },
            ],
          },
        },
      ],
    }),
  }),
};

describe('any posting ingest accepts, the consumer stores', () => {
  let backend: DynamoBackend;
  beforeAll(async () => {
    backend = await startDynaliteBackend();
  });
  afterAll(async () => {
    await backend.stop();
  });

  it.each(Object.keys(FORMATS))(
    '%s, with JavaScript member names and any text in pay and location fields',
    async (name) => {
      const { client, tableName } = await createTestTable(backend);
      const store = new DynamoDbListingStore({ client, tableName, benchmarkCacheMs: 0 });
      const taxonomy = loadTaxonomy();
      const failures: string[] = [];
      const handler = createEnrichConsumer({
        store,
        taxonomy,
        enrich: enrichPosting,
        logger: {
          info: () => undefined,
          warn: () => undefined,
          error: (m, e) => failures.push(`${m} ${JSON.stringify(e)}`),
        },
        metrics: new CountingMetrics(),
      });
      const sqs = mockClient(SQSClient);
      let bodies: string[] = [];
      sqs
        .on(SendMessageBatchCommand)
        .callsFake((input: { Entries?: Array<{ Id?: string; MessageBody?: string }> }) => {
          const entries = input.Entries ?? [];
          bodies.push(...entries.map((e) => e.MessageBody ?? ''));
          return {
            Successful: entries.map((e) => ({ Id: e.Id, MessageId: `m-${e.Id}`, MD5OfMessageBody: 'x' })),
            Failed: [],
          };
        });
      const render = FORMATS[name] as (f: Fields) => { content: string; format: string };
      try {
        await fc.assert(
          fc.asyncProperty(fieldsArb, async (fields) => {
            bodies = [];
            failures.length = 0;
            const { content, format } = render(fields);
            let accepted: string[];
            try {
              const result = await ingestDocument(
                { document: { content: new TextEncoder().encode(content), format: format as never } },
                {
                  send: (postings) =>
                    sendPostings(postings, {
                      client: new SQSClient({ region: 'us-east-1' }),
                      queueUrl: 'https://sqs.us-east-1.localhost/000000000000/q',
                    }),
                },
              );
              accepted = result.ids;
            } catch {
              return; // refused before 202: nothing accepted, nothing to store
            }
            const response = await handler(buildSqsEvent(bodies));
            expect(response.batchItemFailures, failures.join('\n')).toEqual([]);
            const stored = await store.getListings(accepted);
            expect(stored.map((l) => l.id)).toEqual(accepted);
          }),
          { numRuns: 25 },
        );
      } finally {
        sqs.restore();
      }
    },
  );
});
