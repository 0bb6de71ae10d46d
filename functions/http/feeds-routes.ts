/**
 * `GET /feeds`, `POST /feeds`, `DELETE /feeds/{id}`: the feed sources the scheduled pull reads.
 * A Hono sub-app that create-app.ts mounts at `/feeds`; errors are thrown as HttpProblem and
 * answered by the parent app's error handler. Every URL is vetted when it is added
 * (ingest/feed-url.ts: http(s) only, every address public) and again at each fetch.
 * On AWS these routes sit behind the API's IAM authorizer like every other route.
 */
import { createHash } from 'node:crypto';
import { bodyLimit } from 'hono/body-limit';
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { checkFeedUrl } from '../ingest/feed-url.ts';
import { FetchError } from '../ingest/fetch-error.ts';
import type { FeedSource, ListingStore } from '../store/listing-store.ts';
import { HttpProblem } from './problem.ts';

export interface FeedsRoutesDeps {
  readonly store: Pick<ListingStore, 'listFeedSources' | 'putFeedSource' | 'deleteFeedSource'>;
  /** Vets a URL at add time. @default checkFeedUrl (DNS-resolving SSRF guard) */
  readonly checkUrl?: (url: string) => Promise<URL>;
  /** Most feed sources kept. @default 500 */
  readonly maxFeeds?: number;
}

const FEED_ID = /^[A-Za-z0-9._-]{1,100}$/;
const MAX_BODY_BYTES = 16 * 1024;

/** The body of `POST /feeds`. */
export const FeedRequestSchema = z.strictObject({
  url: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(2048),
      z.describe('The feed or board URL, http(s), on a public host.'),
    ),
  id: z.optional(
    z
      .string()
      .check(
        z.regex(FEED_ID),
        z.describe('Letters, digits, dot, dash, underscore (at most 100); derived from the URL when absent.'),
      ),
  ),
});

/** A feed source as the API shows it. */
export const FeedResponseSchema = z.object({
  id: z.string(),
  url: z.string(),
  etag: z.nullable(z.string()),
  lastModified: z.nullable(z.string()),
  /** When the scheduled pull last fetched it (null: not yet). */
  lastFetchedAt: z.nullable(z.string()),
  /** `ok`, `not-modified` or the last fetch's one-line error. */
  lastStatus: z.nullable(z.string()),
});

export const FeedListSchema = z.object({ items: z.array(FeedResponseSchema) });

/** The id of a feed added without one: the same URL always gets the same id. */
export function feedIdOf(url: string): string {
  return `feed-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

const show = (s: FeedSource) => ({
  id: s.id,
  url: s.url,
  etag: s.etag,
  lastModified: s.lastModified,
  lastFetchedAt: s.lastFetchedAt,
  lastStatus: s.lastStatus,
});

async function readFeedRequest(request: Request): Promise<z.infer<typeof FeedRequestSchema>> {
  const text = await request.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    throw new HttpProblem(400, 'invalid-json', `the body is not valid JSON: ${reason}`, { cause: error });
  }
  const parsed = FeedRequestSchema.safeParse(json);
  if (!parsed.success) {
    throw new HttpProblem(400, 'invalid-request', 'a feed is the JSON {"url": "https://…", "id"?: "…"}', {
      invalidParams: parsed.error.issues.map((issue) => ({
        name: issue.path.join('.') || 'body',
        reason: issue.message,
      })),
    });
  }
  return parsed.data;
}

async function vet(checkUrl: (url: string) => Promise<URL>, url: string): Promise<string> {
  try {
    return (await checkUrl(url)).href;
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const status = error.code === 'network' ? 422 : 400;
    throw new HttpProblem(
      status,
      'fetch-refused',
      `${error.message}: feeds are fetched from public http(s) hosts only`,
      {
        cause: error,
        invalidParams: [{ name: 'url', reason: error.message }],
      },
    );
  }
}

/** Builds the `/feeds` sub-app. */
export function createFeedsRoutes(deps: FeedsRoutesDeps): Hono {
  const { store } = deps;
  const checkUrl = deps.checkUrl ?? ((url: string) => checkFeedUrl(url));
  const maxFeeds = deps.maxFeeds ?? 500;
  const app = new Hono();
  // Like every route of the API, an unknown query parameter is a 400, not silently ignored.
  app.use(async (c, next) => {
    const names = Object.keys(c.req.queries());
    if (names.length > 0)
      throw new HttpProblem(400, 'invalid-request', `/feeds takes no query parameter`, {
        invalidParams: names
          .slice(0, 10)
          .map((name) => ({ name: name.slice(0, 100), reason: 'unknown parameter' })),
      });
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new HttpProblem(413, null, `a feed request is at most ${MAX_BODY_BYTES} bytes`);
    },
  });

  app.get('/', async (c) => {
    const sources = await store.listFeedSources();
    return c.json({ items: sources.map(show).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) });
  });

  app.post('/', limitBody, async (c) => {
    const body = await readFeedRequest(c.req.raw);
    const url = await vet(checkUrl, body.url);
    const id = body.id ?? feedIdOf(url);
    const sources = await store.listFeedSources();
    const existing = sources.find((s) => s.id === id);
    if (existing) {
      if (existing.url === url) return c.json(show(existing), 200);
      throw new HttpProblem(
        409,
        null,
        `the feed ${id} has another URL: remove it first, or choose another id`,
      );
    }
    if (sources.length >= maxFeeds)
      throw new HttpProblem(422, 'invalid-request', `at most ${maxFeeds} feeds are kept: remove one first`);
    const source: FeedSource = {
      id,
      url,
      etag: null,
      lastModified: null,
      lastFetchedAt: null,
      lastStatus: null,
    };
    await store.putFeedSource(source);
    c.header('location', `/feeds/${encodeURIComponent(id)}`);
    return c.json(show(source), 201);
  });

  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    const deleted = FEED_ID.test(id) && (await store.deleteFeedSource(id));
    if (!deleted) throw new HttpProblem(404, null, `no feed has the id ${JSON.stringify(id.slice(0, 100))}`);
    return c.body(null, 204);
  });

  return app;
}
