/**
 * The HTTP API of docs/contract.md as one Hono app: the same object serves API Gateway
 * (handlers/api.ts through Hono's Lambda adapter), `npm start` (@hono/node-server) and the tests
 * (`app.request()`). Everything it touches comes in through `deps`.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { accepts } from 'hono/accepts';
import { bodyLimit } from 'hono/body-limit';
import type * as z from 'zod/mini';
import { type DocumentInput, enrichDocument, type Posting, type Taxonomy } from '../enrichment/index.ts';
import { type FetchOptions, type FetchResult, fetchDocument } from '../ingest/fetch-document.ts';
import { ingestDocument } from '../ingest/ingest-document.ts';
import type { SendPostingsResult } from '../ingest/send-postings.ts';
import type { BenchmarkScope } from '../store/benchmark-aggregate.ts';
import type { ListingStore } from '../store/listing-store.ts';
import { normalizeLocationKey } from '../store/location-keys.ts';
import { buildBenchmarkResponse, buildTaxonomyResponse } from './benchmark-response.ts';
import { createCursorCodec } from './cursor-codec.ts';
import { createDocsApp, defaultDocsAssetsDir } from './docs-app.ts';
import { type ApiLogger, createErrorHandler } from './error-handler.ts';
import { createFeedsRoutes } from './feeds-routes.ts';
import { benchmarkCsv, listingsCsvStream } from './listing-csv.ts';
import { eachListing, HTTP_FILTER_NAMES, searchListings } from './listing-search.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { createPageApp } from './page/page-app.ts';
import { HttpProblem, problemOf, problemResponse } from './problem.ts';
import { readRequestDocument } from './read-request-document.ts';
import {
  buildRequestSchemas,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  parseQuery,
  toListingSearch,
} from './request-schemas.ts';

export type { ApiLogger } from './error-handler.ts';

/** 5 MiB: the core's document limit, and under Lambda's 6 MB synchronous payload (docs/aws.md). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppLimits {
  /** Largest request body. @default DEFAULT_MAX_BODY_BYTES */
  readonly maxBodyBytes?: number;
  /** How long a cursor stays valid. @default 86 400 */
  readonly cursorTtlSeconds?: number;
  /** Page size when `limit` is absent. @default 20 */
  readonly defaultPageSize?: number;
}

export interface AppDeps {
  readonly store: ListingStore;
  /** Queues postings (send-postings.ts bound to a client and queue). */
  readonly send: (postings: readonly Posting[]) => Promise<SendPostingsResult>;
  /** Fetches `{"url"}` documents. @default fetchDocument (SSRF-guarded) */
  readonly fetch?: (url: string, options: FetchOptions) => Promise<FetchResult>;
  readonly taxonomy: Taxonomy;
  /** HMAC key of the listing cursors (at least 32 characters). */
  readonly cursorSecret: string;
  /** @default () => new Date() */
  readonly now?: () => Date;
  readonly limits?: AppLimits;
  /** @default JSON lines on stderr */
  readonly logger?: ApiLogger;
  /** Vets a feed URL at `POST /feeds`. @default checkFeedUrl (SSRF guard, resolves DNS) */
  readonly checkFeedUrl?: (url: string) => Promise<URL>;
  /**
   * Where swagger-ui-dist's files are (docs-app.ts). null: `/docs` renders but its assets 404.
   * @default the installed swagger-ui-dist package
   */
  readonly docsAssetsDir?: string | null;
  /** The request id of a request from its platform bindings (API Gateway's); a UUID otherwise. */
  readonly requestIdOf?: (env: unknown) => string | undefined;
}

type AppEnv = { Variables: { requestId: string } };

/** The client asked for CSV before (or without) JSON. */
function wantsCsv(c: Context): boolean {
  return (
    accepts(c, {
      header: 'Accept',
      supports: ['application/json', 'text/csv'],
      default: 'application/json',
    }) === 'text/csv'
  );
}

const consoleLogger: ApiLogger = {
  error: (message, attributes) => console.error(JSON.stringify({ level: 'ERROR', message, ...attributes })),
  warn: (message, attributes) => console.error(JSON.stringify({ level: 'WARN', message, ...attributes })),
};

/** Builds the API. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { store, taxonomy } = deps;
  const now = deps.now ?? (() => new Date());
  const fetch = deps.fetch ?? fetchDocument;
  const maxBodyBytes = deps.limits?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const defaultPageSize = deps.limits?.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const codec = createCursorCodec({
    secret: deps.cursorSecret,
    ttlSeconds: deps.limits?.cursorTtlSeconds ?? 86_400,
    now,
  });
  const schemas = buildRequestSchemas(taxonomy);
  const openApi = buildOpenApiDocument(schemas, { version: taxonomy.version });
  const taxonomyBody = buildTaxonomyResponse(taxonomy);
  const query = <T>(c: Context, schema: z.ZodMiniType<T>): T => parseQuery(schema, c.req.queries(), taxonomy);

  const app = new Hono<AppEnv>();
  app.onError(createErrorHandler(deps.logger ?? consoleLogger, randomUUID));
  app.notFound((c) =>
    problemResponse(
      problemOf(
        new HttpProblem(
          404,
          null,
          `no route ${c.req.method} ${c.req.path}: GET /openapi.json lists the routes`,
        ),
        c.get('requestId') ?? randomUUID(),
      ),
    ),
  );

  app.use(async (c, next) => {
    const platformId = deps.requestIdOf?.(c.env);
    const id = platformId && /^[\w=-]{1,128}$/.test(platformId) ? platformId : randomUUID();
    c.set('requestId', id);
    c.header('x-request-id', id);
    c.header('x-content-type-options', 'nosniff');
    await next();
  });

  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new HttpProblem(
        413,
        null,
        `the request body is over the ${(maxBodyBytes / (1024 * 1024)).toFixed(0)} MiB limit (${maxBodyBytes} bytes): split the document`,
      );
    },
  });

  /** A document or URL request in, a parsed DocumentInput out (fetching the URL). */
  const documentOf = async (c: Context): Promise<{ url: string } | { document: DocumentInput }> => {
    const { format } = query(c, schemas.documentQuery);
    return readRequestDocument(c.req.raw, format ?? 'auto');
  };

  app.get('/health', (c) => {
    query(c, schemas.noQuery);
    return c.json({ status: 'ok' as const, taxonomyVersion: taxonomy.version });
  });

  app.post('/ingest', limitBody, async (c) => {
    const source = await documentOf(c);
    const result = await ingestDocument(source, { send: deps.send, fetch });
    if (result.found > 0 && result.queued === 0 && result.rejected.every((r) => r.retryable)) {
      throw new HttpProblem(
        503,
        'queue-unavailable',
        'the queue did not take the postings: try again shortly',
        {
          headers: { 'retry-after': '5' },
        },
      );
    }
    return c.json(
      { queued: result.queued, ids: result.ids, found: result.found, rejected: result.rejected },
      202,
    );
  });

  app.post('/classify', limitBody, async (c) => {
    const source = await documentOf(c);
    let input: DocumentInput;
    if ('url' in source) {
      const fetched = await fetch(source.url, {});
      if (fetched.status !== 'ok')
        throw new HttpProblem(502, 'fetch-failed', `${source.url} answered 304 Not Modified to a plain GET`);
      input = { content: fetched.body, contentType: fetched.contentType, url: fetched.url };
    } else input = source.document;
    return c.json({ items: enrichDocument(input, { taxonomy, now: now() }) });
  });

  const listingsCsv = (c: Context) => {
    const { cursor: _cursor, ...search } = toListingSearch(
      query(c, schemas.listingsQuery),
      MAX_PAGE_SIZE,
      taxonomy.version,
    );
    return c.body(listingsCsvStream(eachListing(store, search, MAX_PAGE_SIZE)), 200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': 'attachment; filename="listings.csv"',
    });
  };

  app.get('/listings', async (c) => {
    if (wantsCsv(c)) return listingsCsv(c);
    const search = toListingSearch(query(c, schemas.listingsQuery), defaultPageSize, taxonomy.version);
    const inHttp = HTTP_FILTER_NAMES.filter((name) => search.http[name] !== undefined);
    // Say which filters the store could not apply: a page may then hold fewer than `limit` items.
    if (inHttp.length > 0) c.header('x-filtered-in-http', inHttp.join(', '));
    return c.json(await searchListings(store, codec, search));
  });

  // For links and spreadsheets' "from web", which cannot send an Accept header.
  app.get('/listings.csv', listingsCsv);

  app.get('/listings/:id', async (c) => {
    query(c, schemas.noQuery);
    const id = c.req.param('id');
    const listing = /^[A-Za-z0-9_-]{1,128}$/.test(id) ? await store.getListing(id) : null;
    if (!listing)
      throw new HttpProblem(404, null, `no listing has the id ${JSON.stringify(id.slice(0, 128))}`);
    return c.json(listing);
  });

  const benchmark = async (c: Context) => {
    const q = query(c, schemas.benchmarksQuery);
    const country = q.country?.toUpperCase();
    const place = q.location ?? country;
    const location = place === undefined ? null : normalizeLocationKey(place);
    const scope: BenchmarkScope =
      q.skill !== undefined
        ? { tier: q.tier, skill: q.skill }
        : location !== null
          ? { tier: q.tier, location }
          : { tier: q.tier };
    const window = {
      ...(q.since !== undefined ? { since: new Date(q.since).toISOString() } : {}),
      ...(country !== undefined ? { country } : {}),
    };
    // The window goes through the port with the scope; the store narrows by it where it can.
    const request: BenchmarkScope & typeof window = { ...scope, ...window };
    const aggregate = await store.getBenchmarkAggregate(request);
    return buildBenchmarkResponse(scope, aggregate, taxonomy, window);
  };
  const benchmarkCsvResponse = async (c: Context) =>
    c.body(benchmarkCsv(await benchmark(c)), 200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': 'attachment; filename="benchmark.csv"',
    });

  app.get('/benchmarks', async (c) => (wantsCsv(c) ? benchmarkCsvResponse(c) : c.json(await benchmark(c))));
  app.get('/benchmarks.csv', benchmarkCsvResponse);

  app.route(
    '/',
    createPageApp({
      store,
      taxonomy,
      schemas,
      codec,
      now,
      defaultPageSize,
      maxBodyBytes,
    }),
  );
  app.route(
    '/',
    createDocsApp(deps.docsAssetsDir === undefined ? defaultDocsAssetsDir() : deps.docsAssetsDir),
  );

  app.get('/taxonomy', (c) => {
    query(c, schemas.noQuery);
    return c.json(taxonomyBody);
  });

  app.get('/openapi.json', (c) => {
    query(c, schemas.noQuery);
    return c.json(openApi);
  });

  app.route(
    '/feeds',
    createFeedsRoutes({ store, ...(deps.checkFeedUrl ? { checkUrl: deps.checkFeedUrl } : {}) }),
  );

  // A known path with another method is a 405 naming the methods it takes, not a 404.
  const methods: Record<string, string> = {
    '/health': 'GET',
    '/ingest': 'POST',
    '/classify': 'POST',
    '/': 'GET, POST',
    '/listings': 'GET',
    '/listings.csv': 'GET',
    '/listings/:id': 'GET',
    '/benchmarks': 'GET',
    '/benchmarks.csv': 'GET',
    '/docs': 'GET',
    '/taxonomy': 'GET',
    '/openapi.json': 'GET',
    '/feeds': 'GET, POST',
    '/feeds/:id': 'DELETE',
  };
  for (const [path, allow] of Object.entries(methods)) {
    app.all(path, (c) => {
      throw new HttpProblem(405, null, `${c.req.method} is not allowed on ${c.req.path}: use ${allow}`, {
        headers: { allow: allow.startsWith('GET') ? allow.replace('GET', 'GET, HEAD') : allow },
      });
    });
  }
  return app;
}
