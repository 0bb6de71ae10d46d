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
  const out = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }).schemas;
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
  '422': problem('The document is over a parsing limit (postings, nesting) or hostile'),
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
      '/health': { get: { summary: 'Liveness', responses: { '200': ok('Serving', 'Health') } } },
      '/ingest': {
        post: {
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
          summary: 'Enriched listings, newest first, a page at a time',
          parameters: queryParameters(schemas.listingsQuery),
          responses: {
            '200': ok('A page of listings', 'ListingPage'),
            '400': problem(
              'Unknown parameter or id, bad limit, or a cursor that is forged, foreign or expired',
            ),
          },
        },
      },
      '/listings/{id}': {
        get: {
          summary: 'One enriched listing',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok('The listing', 'Listing'), '404': problem('No such listing') },
        },
      },
      '/classify': {
        post: {
          summary: 'Enrich a document synchronously; nothing is stored',
          parameters: format,
          requestBody: documentBody,
          responses: { '200': ok('One listing per posting', 'ClassifyResult'), ...documentErrors },
        },
      },
      '/benchmarks': {
        get: {
          summary: "How stored postings' pay sits against a tier's band, with the BLS OEWS reference",
          parameters: queryParameters(schemas.benchmarksQuery),
          responses: {
            '200': ok('The benchmark', 'Benchmark'),
            '400': problem('Missing or unknown tier, unknown skill or location'),
          },
        },
      },
      '/taxonomy': {
        get: {
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
      '/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
