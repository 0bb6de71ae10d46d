/**
 * `GET /openapi.json`: an OpenAPI 3.1 document generated from the zod schemas that validate the
 * requests (request-schemas.ts) and describe the responses (response-schemas.ts). zod/mini
 * schemas convert with `z.toJSONSchema` like classic ones, so no second schema library is
 * bundled.
 */
import * as z from 'zod/mini';
import { FeedListSchema, FeedRequestSchema, FeedResponseSchema } from './feeds-routes.ts';
import { ProblemSchema } from './problem.ts';
import type { RequestSchemas } from './request-schemas.ts';
import { UrlRequestSchema } from './request-schemas.ts';
import {
  BenchmarkResponseSchema,
  ClassifyResponseSchema,
  HealthResponseSchema,
  IngestResponseSchema,
  ListingPageSchema,
  StoredListingSchema,
  TaxonomyResponseSchema,
} from './response-schemas.ts';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  const named: Array<[string, z.ZodMiniType]> = [
    ['Listing', StoredListingSchema],
    ['ListingPage', ListingPageSchema],
    ['IngestResult', IngestResponseSchema],
    ['ClassifyResult', ClassifyResponseSchema],
    ['Benchmark', BenchmarkResponseSchema],
    ['Taxonomy', TaxonomyResponseSchema],
    ['Health', HealthResponseSchema],
    ['UrlRequest', UrlRequestSchema],
    ['Problem', ProblemSchema],
    ['Feed', FeedResponseSchema],
    ['FeedList', FeedListSchema],
    ['FeedRequest', FeedRequestSchema],
  ];
  for (const [id, schema] of named) registry.add(schema, { id });
  // A stored band of old names its source as a string, read through a transform: shown as any.
  const out = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }).schemas;
  const clean: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(out)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Json;
    clean[id] = rest;
  }
  return clean;
}

/** Query parameters of a strict object schema, as OpenAPI parameter objects. */
function queryParameters(schema: z.ZodMiniType): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: json.required?.includes(name) ?? false,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const ok = (description: string, schema: string) => ({
  description,
  content: { 'application/json': { schema: ref(schema) } },
});
const csv = (description: string) => ({
  'text/csv': {
    description,
    schema: { type: 'string', description: 'RFC 4180: CRLF records, one header row, formulas escaped' },
  },
});
const okOrCsv = (description: string, schema: string, csvDescription: string) => ({
  description,
  content: { 'application/json': { schema: ref(schema) }, ...csv(csvDescription) },
});
const html = (description: string) => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});

const documentBody = {
  required: true,
  description:
    'A document in any supported format (HTML page, plain text, RSS, Atom, JSON Feed, Greenhouse, Lever, ' +
    'Ashby), told by Content-Type or sniffed; or the JSON {"url": "https://…"} to fetch one. At most 5 MiB.',
  content: {
    'text/html': { schema: { type: 'string' } },
    'text/plain': { schema: { type: 'string' } },
    'application/rss+xml': { schema: { type: 'string' } },
    'application/atom+xml': { schema: { type: 'string' } },
    'application/json': { schema: { oneOf: [ref('UrlRequest'), { type: ['object', 'array'] }] } },
  },
};

const documentErrors = {
  '400': problem('Empty body, malformed JSON, a bad URL request or an unknown query parameter'),
  '413': problem('The body is over the size limit'),
  '415': problem('Binary, compressed or unknown document format'),
  '422': problem(
    'The document is over a parsing limit (postings, nesting) or hostile, or it is not a job posting ' +
      '(type not-a-posting: an "About us" page, a blog post, a careers page with no opening)',
  ),
  '502': problem('The URL could not be fetched'),
  '504': problem('Fetching the URL timed out'),
};

/** Builds the OpenAPI document of the app. */
export function buildOpenApiDocument(schemas: RequestSchemas, info: { version: string }): Json {
  const format = queryParameters(schemas.documentQuery);
  return {
    openapi: '3.1.0',
    info: {
      title: 'job-enrich API',
      version: info.version,
      description:
        'Enriched IT-management job listings: query them, benchmark their pay against the salary bands, ' +
        'classify documents on the fly, push feeds in. Errors are RFC 9457 problem+json.',
    },
    paths: {
      '/health': {
        get: { operationId: 'getHealth', summary: 'Liveness', responses: { '200': ok('Serving', 'Health') } },
      },
      '/ingest': {
        post: {
          operationId: 'ingestDocument',
          summary: 'Queue every posting of a document for enrichment',
          parameters: format,
          requestBody: documentBody,
          responses: {
            '202': ok('Queued; GET /listings/{id} once enriched', 'IngestResult'),
            ...documentErrors,
            '503': problem('The queue refused the postings; retry later'),
          },
        },
      },
      '/listings': {
        get: {
          operationId: 'listListings',
          summary: 'Enriched listings, newest first, a page at a time (or every match as CSV)',
          description:
            'country, currency, taxonomyVersion, payMin and payMax are filtered by the API after the store answers (the ' +
            'store has no index for them): a page may then hold fewer than `limit` items while nextCursor ' +
            'is set, and the response says so in `x-filtered-in-http`. With `Accept: text/csv` the answer ' +
            'is every matching listing, streamed page by page; limit and cursor do not apply.',
          parameters: queryParameters(schemas.listingsQuery),
          responses: {
            '200': okOrCsv('A page of listings', 'ListingPage', 'Every matching listing, one row each'),
            '400': problem(
              'Unknown parameter or id, bad limit, or a cursor that is forged, foreign or expired',
            ),
          },
        },
      },
      '/listings/{id}': {
        get: {
          operationId: 'getListing',
          summary: 'One enriched listing',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok('The listing', 'Listing'), '404': problem('No such listing') },
        },
      },
      '/classify': {
        post: {
          operationId: 'classifyDocument',
          summary: 'Enrich a document synchronously; nothing is stored',
          parameters: format,
          requestBody: documentBody,
          responses: { '200': ok('One listing per posting', 'ClassifyResult'), ...documentErrors },
        },
      },
      '/benchmarks': {
        get: {
          operationId: 'getBenchmark',
          summary: "How stored postings' pay sits against a tier's band, with the BLS OEWS reference",
          description:
            'Percentiles drawn from fewer than 10 listings are flagged `lowConfidence: true` and still ' +
            'shown; `n` is the number they rest on. `since` and `country` are passed to the store with the scope.',
          parameters: queryParameters(schemas.benchmarksQuery),
          responses: {
            '200': okOrCsv(
              'The benchmark',
              'Benchmark',
              'The band, the BLS reference and the market as rows',
            ),
            '400': problem('Missing or unknown tier, unknown skill or location'),
          },
        },
      },
      '/taxonomy': {
        get: {
          operationId: 'getTaxonomy',
          summary: 'The taxonomy in force and its version',
          responses: { '200': ok('Taxonomy', 'Taxonomy') },
        },
      },
      '/feeds': {
        get: {
          operationId: 'listFeeds',
          summary: 'The feed sources the scheduled pull reads, by id',
          responses: { '200': ok('Every feed source', 'FeedList') },
        },
        post: {
          operationId: 'addFeed',
          summary: 'Add a feed source (idempotent for the same URL and id)',
          requestBody: { required: true, content: { 'application/json': { schema: ref('FeedRequest') } } },
          responses: {
            '201': ok('Added; Location names it', 'Feed'),
            '200': ok('Already there with this URL', 'Feed'),
            '400': problem(
              'Malformed JSON or request, or a URL refused: not http(s), credentials, a private, loopback, ' +
                'link-local or metadata address, an internal host name',
            ),
            '409': problem('The id is taken by another URL'),
            '413': problem('The request body is over 16 KiB'),
            '422': problem('The host does not resolve (it cannot be vetted), or the feed limit is reached'),
          },
        },
      },
      '/feeds/{id}': {
        delete: {
          operationId: 'removeFeed',
          summary: 'Remove a feed source (postings already stored stay)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'Removed' }, '404': problem('No such feed') },
        },
      },
      '/listings.csv': {
        get: {
          operationId: 'exportListingsCsv',
          summary: 'GET /listings as CSV, for links and spreadsheets that cannot send Accept',
          parameters: queryParameters(schemas.listingsQuery).filter(
            (p) => p.name !== 'cursor' && p.name !== 'limit',
          ),
          responses: {
            '200': { description: 'Every matching listing', content: csv('One row per listing') },
          },
        },
      },
      '/benchmarks.csv': {
        get: {
          operationId: 'exportBenchmarkCsv',
          summary: 'GET /benchmarks as CSV',
          parameters: queryParameters(schemas.benchmarksQuery),
          responses: { '200': { description: 'The benchmark', content: csv('One row per figure') } },
        },
      },
      '/': {
        get: {
          operationId: 'getPage',
          summary: "The recruiters' page",
          responses: { '200': html('The page') },
        },
        post: {
          operationId: 'benchmarkPastedPosting',
          summary: "The recruiters' page with a pasted posting benchmarked (form field `posting`)",
          requestBody: {
            required: true,
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  properties: { posting: { type: 'string' } },
                  required: ['posting'],
                },
              },
            },
          },
          responses: {
            '200': html('The result'),
            '400': html('No posting given'),
            '422': html('Not readable'),
          },
        },
      },
      '/docs': {
        get: {
          operationId: 'getApiReference',
          summary: 'This reference, rendered',
          responses: { '200': html('Swagger UI') },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
        },
      },
    },
    servers: [
      {
        url: '/',
        description: 'This deployment: the API Gateway stage URL, or http://localhost:3000 under npm start',
      },
    ],
    security: [{ sigv4: [] }],
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        sigv4: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          description:
            'On AWS every route takes AWS Signature Version 4 (IAM) signed requests (docs/aws.md). ' +
            'Under npm start no credentials are needed.',
          'x-amazon-apigateway-authtype': 'awsSigv4',
        },
      },
    },
  };
}
