/**
 * The reading half of the API: listings, benchmarks, the taxonomy, the OpenAPI document and its
 * reference page, feed sources, and the recruiters' page's views. It never reads a document, so on
 * AWS its function carries no document reader (the API function; lib/query-api.ts). The other
 * half is document-app.ts; create-app.ts mounts both for `npm start` and the tests.
 */
import type { Context, Hono } from 'hono';
import { accepts } from 'hono/accepts';
import type * as z from 'zod/mini';
import type { Taxonomy } from '../enrichment/index.ts';
import type { BenchmarkScope } from '../store/benchmark-aggregate.ts';
import type { ListingStore } from '../store/listing-store.ts';
import { normalizeLocationKey } from '../store/location-keys.ts';
import { type AppEnv, addMethodNotAllowed, createShell, type ShellDeps } from './app-shell.ts';
import { buildBenchmarkResponse, buildTaxonomyResponse } from './benchmark-response.ts';
import { createCursorCodec } from './cursor-codec.ts';
import { createDocsApp, defaultDocsAssetsDir } from './docs-app.ts';
import { createFeedsRoutes } from './feeds-routes.ts';
import { benchmarkCsv, listingsCsvStream } from './listing-csv.ts';
import { eachListing, HTTP_FILTER_NAMES, searchListings } from './listing-search.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { createPageApp } from './page/page-app.ts';
import { HttpProblem } from './problem.ts';
import {
  buildRequestSchemas,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  parseQuery,
  type RequestSchemas,
  toListingSearch,
} from './request-schemas.ts';

export interface QueryLimits {
  /** How long a cursor stays valid. @default 86 400 */
  readonly cursorTtlSeconds?: number;
  /** Page size when `limit` is absent. @default 20 */
  readonly defaultPageSize?: number;
}

export interface QueryDeps extends ShellDeps {
  readonly store: ListingStore;
  readonly taxonomy: Taxonomy;
  /** HMAC key of the listing cursors (at least 32 characters). */
  readonly cursorSecret: string;
  /** @default () => new Date() */
  readonly now?: () => Date;
  readonly limits?: QueryLimits;
  /** Vets a feed URL at `POST /feeds`. @default checkFeedUrl (SSRF guard, resolves DNS) */
  readonly checkFeedUrl?: (url: string) => Promise<URL>;
  /**
   * Where swagger-ui-dist's files are (docs-app.ts). null: `/docs` renders but its assets 404.
   * @default the installed swagger-ui-dist package
   */
  readonly docsAssetsDir?: string | null;
}

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

/** Mounts the reading routes on `app`. */
export function addQueryRoutes(app: Hono<AppEnv>, deps: QueryDeps, schemas: RequestSchemas): void {
  const { store, taxonomy } = deps;
  const now = deps.now ?? (() => new Date());
  const defaultPageSize = deps.limits?.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const codec = createCursorCodec({
    secret: deps.cursorSecret,
    ttlSeconds: deps.limits?.cursorTtlSeconds ?? 86_400,
    now,
  });
  const openApi = buildOpenApiDocument(schemas, { version: taxonomy.version });
  const taxonomyBody = buildTaxonomyResponse(taxonomy);
  const query = <T>(c: Context, schema: z.ZodMiniType<T>): T => parseQuery(schema, c.req.queries(), taxonomy);

  app.get('/health', (c) => {
    query(c, schemas.noQuery);
    return c.json({ status: 'ok' as const, taxonomyVersion: taxonomy.version });
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

  // The page's own copies of the CSV and listing routes: on AWS everything under /page/ takes the
  // recruiter's session (a browser cannot sign SigV4), while the routes above keep IAM.
  app.get('/page/listings.csv', listingsCsv);

  const oneListing = async (c: Context) => {
    query(c, schemas.noQuery);
    const id = c.req.param('id') ?? '';
    const listing = /^[A-Za-z0-9_-]{1,128}$/.test(id) ? await store.getListing(id) : null;
    if (!listing)
      throw new HttpProblem(404, null, `no listing has the id ${JSON.stringify(id.slice(0, 128))}`);
    return c.json(listing);
  };
  app.get('/listings/:id', oneListing);
  app.get('/page/listings/:id', oneListing);

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
  app.get('/page/benchmarks.csv', benchmarkCsvResponse);

  app.route('/', createPageApp({ store, taxonomy, schemas, codec, defaultPageSize }));
  app.route(
    '/',
    createDocsApp(deps.docsAssetsDir === undefined ? defaultDocsAssetsDir() : deps.docsAssetsDir),
  );

  app.get('/taxonomy', (c) => {
    query(c, schemas.noQuery);
    return c.json(taxonomyBody);
  });

  const openApiResponse = (c: Context) => {
    query(c, schemas.noQuery);
    return c.json(openApi);
  };
  app.get('/openapi.json', openApiResponse);
  // The reference page's copy (under /docs, which takes the recruiter's session on AWS).
  app.get('/docs/openapi.json', openApiResponse);

  app.route(
    '/feeds',
    createFeedsRoutes({ store, ...(deps.checkFeedUrl ? { checkUrl: deps.checkFeedUrl } : {}) }),
  );
}

/** The reading half alone: what the API function serves on AWS. */
export function createQueryApp(deps: QueryDeps): Hono<AppEnv> {
  const app = createShell(deps);
  addQueryRoutes(app, deps, buildRequestSchemas(deps.taxonomy));
  return addMethodNotAllowed(app);
}
