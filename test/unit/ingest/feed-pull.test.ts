import { describe, expect, it } from 'vitest';
import type { Posting } from '../../../functions/enrichment/index.ts';
import { type FeedPullDeps, pullFeeds } from '../../../functions/ingest/feed-pull.ts';
import type { FetchResult } from '../../../functions/ingest/fetch-document.ts';
import type { SendPostingsResult } from '../../../functions/ingest/send-postings.ts';
import type { FeedSource, FeedValidators } from '../../../functions/store/listing-store.ts';
import { buildPosting } from '../../factories/postings.ts';

const posting = (n: number) =>
  buildPosting({
    title: `IT Manager ${n}`,
    source: { format: 'rss', url: `https://jobs.example/${n}`, externalId: null, file: null },
  });

/** A feed server: its current postings and ETag; answers 304 when the client's ETag matches. */
function feedServer(initial: { etag: string; postings: Posting[] }) {
  const state = { ...initial, requests: [] as Array<{ url: string; etag: string | null | undefined }> };
  const fetch: FeedPullDeps['fetch'] = async (url, options): Promise<FetchResult> => {
    state.requests.push({ url, etag: options.etag });
    if (url.includes('down')) throw new Error('connect ECONNREFUSED');
    if (options.etag === state.etag)
      return { status: 'not-modified', url, etag: state.etag, lastModified: null };
    const body = new TextEncoder().encode(JSON.stringify(state.postings));
    return { status: 'ok', url, body, contentType: 'application/json', etag: state.etag, lastModified: null };
  };
  const parse = (input: { content: string | Uint8Array }) =>
    JSON.parse(new TextDecoder().decode(input.content as Uint8Array)) as Posting[];
  return { state, fetch, parse };
}

function memoryStore(sources: FeedSource[]) {
  const seen = new Map<string, Set<string>>();
  const fetches: Array<{ id: string } & FeedValidators> = [];
  const store: FeedPullDeps['store'] = {
    listFeedSources: async () => sources.map((s) => ({ ...s })),
    recordFeedFetch: async (id, v) => {
      fetches.push({ id, ...v });
      const source = sources.find((s) => s.id === id);
      if (source) Object.assign(source, { etag: v.etag, lastModified: v.lastModified, lastStatus: v.status });
    },
    findUnseen: async (id, keys) => keys.filter((k) => !seen.get(id)?.has(k)),
    markSeen: async (id, keys) => {
      const set = seen.get(id) ?? new Set<string>();
      for (const k of keys) set.add(k);
      seen.set(id, set);
    },
  };
  return { store, sources, fetches, seen };
}

function sender(failTitles: string[] = []) {
  const sent: string[] = [];
  const send = async (postings: readonly Posting[]): Promise<SendPostingsResult> => {
    const result: SendPostingsResult = { queued: [], rejected: [] };
    postings.forEach((p, index) => {
      if (failTitles.includes(p.title))
        result.rejected.push({ index, reason: 'InternalError', retryable: true });
      else {
        sent.push(p.title);
        result.queued.push({ index, messageId: `m${sent.length}` });
      }
    });
    return result;
  };
  return { sent, send };
}

const source = (id: string, url: string): FeedSource => ({
  id,
  url,
  etag: null,
  lastModified: null,
  lastFetchedAt: null,
  lastStatus: null,
});
const now = () => new Date('2026-11-20T06:00:00Z');

describe('pullFeeds', () => {
  it('queues every posting of a new feed once, even when the feed lists one twice, and stores the validators', async () => {
    const server = feedServer({ etag: '"v1"', postings: [posting(1), posting(2), posting(1)] });
    const { store, sources } = memoryStore([source('cascade', 'https://feeds.example/cascade.rss')]);
    const { sent, send } = sender();

    const [outcome] = await pullFeeds({ store, fetch: server.fetch, parse: server.parse, send, now });

    expect(sent).toEqual(['IT Manager 1', 'IT Manager 2']);
    expect(outcome).toMatchObject({ status: 'ok', found: 3, queued: 2, seen: 0 });
    expect(sources[0]?.etag).toBe('"v1"');
  });

  it('sends the stored validators and queues nothing when the feed has not changed', async () => {
    const server = feedServer({ etag: '"v1"', postings: [posting(1)] });
    const { store } = memoryStore([source('cascade', 'https://feeds.example/cascade.rss')]);
    const { sent, send } = sender();
    await pullFeeds({ store, fetch: server.fetch, parse: server.parse, send, now });

    const [outcome] = await pullFeeds({ store, fetch: server.fetch, parse: server.parse, send, now });

    expect(server.state.requests.map((r) => r.etag)).toEqual([null, '"v1"']);
    expect(outcome?.status).toBe('not-modified');
    expect(sent).toEqual(['IT Manager 1']);
  });

  it('queues only the postings it has not seen when the feed changes', async () => {
    const server = feedServer({ etag: '"v1"', postings: [posting(1), posting(2)] });
    const { store } = memoryStore([source('cascade', 'https://feeds.example/cascade.rss')]);
    const { sent, send } = sender();
    await pullFeeds({ store, fetch: server.fetch, parse: server.parse, send, now });
    Object.assign(server.state, { etag: '"v2"', postings: [posting(3), posting(1), posting(2)] });

    const [outcome] = await pullFeeds({ store, fetch: server.fetch, parse: server.parse, send, now });

    expect(sent).toEqual(['IT Manager 1', 'IT Manager 2', 'IT Manager 3']);
    expect(outcome).toMatchObject({ status: 'ok', found: 3, seen: 2, queued: 1 });
  });

  it('keeps the old validators and leaves unsent postings unseen after a partial failure, so the next pull sends them', async () => {
    const server = feedServer({ etag: '"v1"', postings: [posting(1), posting(2)] });
    const { store, sources } = memoryStore([source('cascade', 'https://feeds.example/cascade.rss')]);
    const flaky = sender(['IT Manager 2']);

    const [first] = await pullFeeds({
      store,
      fetch: server.fetch,
      parse: server.parse,
      send: flaky.send,
      now,
    });
    const healthy = sender();
    await pullFeeds({ store, fetch: server.fetch, parse: server.parse, send: healthy.send, now });

    expect(first?.status).toBe('partial');
    expect(sources[0]?.lastStatus).toBe('ok');
    expect(healthy.sent).toEqual(['IT Manager 2']);
  });

  it('records a failing source with its error and still pulls the others', async () => {
    const server = feedServer({ etag: '"v1"', postings: [posting(1)] });
    const { store, fetches } = memoryStore([
      source('broken', 'https://down.example/feed.rss'),
      source('cascade', 'https://feeds.example/cascade.rss'),
    ]);
    const { sent, send } = sender();

    const outcomes = await pullFeeds({ store, fetch: server.fetch, parse: server.parse, send, now });

    expect(outcomes.map((o) => o.status)).toEqual(['error', 'ok']);
    expect(fetches.find((f) => f.id === 'broken')?.status).toMatch(/^error: .*ECONNREFUSED/);
    expect(sent).toEqual(['IT Manager 1']);
  });
});

describe('pullFeeds on a feed read as it downloads', () => {
  const item = (n: number) =>
    `<item><title>IT Manager ${n}</title><link>https://jobs.example/${n}</link><description>Run IT for site ${n}. ${'Keep every site running. '.repeat(20)}</description></item>`;
  const rss = (n: number) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Board</title>${Array.from({ length: n }, (_, i) => item(i)).join('')}</channel></rss>`;
  /** A streamed fetch whose body arrives in pieces of 1,000 bytes, and a log of what happened when. */
  function streamingServer(body: string) {
    const log: string[] = [];
    const fetch: FeedPullDeps['fetch'] = async (url) => {
      async function* chunks() {
        const bytes = new TextEncoder().encode(body);
        for (let i = 0; i < bytes.length; i += 1000) {
          log.push('read');
          yield bytes.subarray(i, i + 1000);
        }
      }
      return {
        status: 'ok',
        url,
        contentType: 'application/rss+xml',
        chunks: chunks(),
        etag: '"v1"',
        lastModified: null,
      };
    };
    return { fetch, log };
  }

  it('sends postings in batches while the feed is still downloading', async () => {
    // Over a megabyte: the first megabyte is read before anything (the encoding is chosen from it).
    const { fetch, log } = streamingServer(rss(2_000));
    const { store, fetches } = memoryStore([source('big', 'https://board.example/big.xml')]);
    const sent: string[][] = [];
    const send = async (postings: readonly Posting[]): Promise<SendPostingsResult> => {
      sent.push(postings.map((p) => p.title));
      log.push(`send ${postings.length}`);
      return { queued: postings.map((_, index) => ({ index, messageId: `m${index}` })), rejected: [] };
    };
    const [outcome] = await pullFeeds({ store, fetch, send, now, batchSize: 500 });
    expect(outcome).toMatchObject({ status: 'ok', found: 2_000, queued: 2_000, seen: 0 });
    expect(sent.map((b) => b.length)).toEqual([500, 500, 500, 500]);
    expect(sent.flat()).toEqual(Array.from({ length: 2_000 }, (_, i) => `IT Manager ${i}`));
    expect(fetches.at(-1)).toMatchObject({ etag: '"v1"', status: 'ok' });
    // The first batch went to the queue before the last of the body was read.
    expect(log.indexOf('send 500')).toBeLessThan(log.lastIndexOf('read'));
  });

  it('queues the complete postings of a feed that breaks off, and keeps the old validators', async () => {
    const body = rss(6);
    const { fetch } = streamingServer(body.slice(0, body.indexOf('IT Manager 4') + 5));
    const { store, fetches } = memoryStore([source('cut', 'https://board.example/cut.xml')]);
    const { sent, send } = sender();
    const [outcome] = await pullFeeds({ store, fetch, send, now });
    expect(outcome).toMatchObject({ status: 'partial', found: 4, queued: 4 });
    expect(sent).toEqual(['IT Manager 0', 'IT Manager 1', 'IT Manager 2', 'IT Manager 3']);
    expect(fetches.at(-1)).toMatchObject({ etag: null, status: 'partial: the feed broke off part-way' });
  });
});
