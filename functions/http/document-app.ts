/**
 * The half of the API that reads documents: `POST /ingest` (split and queue), `POST /classify`
 * (read and classify, nothing stored) and the recruiters' paste form (`POST /`). These are the
 * only routes that need the document reader (htmlparser2, cheerio, entities, the JSON stream
 * parser: about 200 KB of bundle), so on AWS they run in their own function (the document
 * function, lib/query-api.ts) and the query function stays small. create-app.ts mounts both
 * halves for `npm start` and the tests.
 */
import type { Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import { type DocumentInput, enrichDocument, type Posting, type Taxonomy } from '../enrichment/index.ts';
import { type FetchOptions, type FetchResult, fetchDocument } from '../ingest/fetch-document.ts';
import { ingestDocument } from '../ingest/ingest-document.ts';
import type { SendPostingsResult } from '../ingest/send-postings.ts';
import type { ListingStore } from '../store/listing-store.ts';
import {
  type AppEnv,
  addMethodNotAllowed,
  createShell,
  DEFAULT_MAX_BODY_BYTES,
  limitBody,
  type ShellDeps,
} from './app-shell.ts';
import { createPastePage } from './page/page-paste.ts';
import { HttpProblem } from './problem.ts';
import { readRequestDocument } from './read-request-document.ts';
import { buildDocumentQuerySchema, parseQuery, type RequestSchemas } from './request-schemas.ts';

export interface DocumentDeps extends ShellDeps {
  /** The paste form sets a posting against its tier's benchmark. */
  readonly store: Pick<ListingStore, 'getBenchmarkAggregate'>;
  /** Queues postings (send-postings.ts bound to a client and queue). */
  readonly send: (postings: readonly Posting[]) => Promise<SendPostingsResult>;
  /** Fetches `{"url"}` documents. @default fetchDocument (SSRF-guarded) */
  readonly fetch?: (url: string, options: FetchOptions) => Promise<FetchResult>;
  readonly taxonomy: Taxonomy;
  /** @default () => new Date() */
  readonly now?: () => Date;
  readonly limits?: {
    /** Largest request body. @default DEFAULT_MAX_BODY_BYTES */
    readonly maxBodyBytes?: number;
  };
}

/** Mounts the document routes on `app`. */
export function addDocumentRoutes(
  app: Hono<AppEnv>,
  deps: DocumentDeps,
  schemas: Pick<RequestSchemas, 'documentQuery'>,
): void {
  const { taxonomy } = deps;
  const now = deps.now ?? (() => new Date());
  const fetch = deps.fetch ?? fetchDocument;
  const maxBodyBytes = deps.limits?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limit = limitBody(maxBodyBytes);
  const query = <T>(c: Context, schema: z.ZodMiniType<T>): T => parseQuery(schema, c.req.queries(), taxonomy);

  /** A document or URL request in, a parsed DocumentInput out (fetching the URL). */
  const documentOf = async (c: Context): Promise<{ url: string } | { document: DocumentInput }> => {
    const { format } = query(c, schemas.documentQuery);
    return readRequestDocument(c.req.raw, format ?? 'auto');
  };

  app.post('/ingest', limit, async (c) => {
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

  app.post('/classify', limit, async (c) => {
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

  app.route('/', createPastePage({ store: deps.store, taxonomy, now, maxBodyBytes }));
}

/** The document half alone: what the document function serves on AWS. */
export function createDocumentApp(deps: DocumentDeps): Hono<AppEnv> {
  const app = createShell(deps);
  addDocumentRoutes(app, deps, { documentQuery: buildDocumentQuerySchema() });
  return addMethodNotAllowed(app);
}
