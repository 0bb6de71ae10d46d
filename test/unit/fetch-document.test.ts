import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_USER_AGENT,
  type FetchOptions,
  fetchDocument,
  fetchDocumentStream,
} from '../../functions/ingest/fetch-document.ts';
import {
  FEED_LAST_MODIFIED,
  FEED_XML,
  type FixtureServer,
  POSTING_ETAG,
  POSTING_HTML,
  startFixtureServer,
} from './fetch-fixture-server.ts';
import { expectCode, okResult } from './fetch-test-support.ts';

/** The guard is off for these tests alone: they talk to the fixture server on 127.0.0.1. */
const loopback: FetchOptions = { allowPrivateAddresses: true };
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

describe('fetchDocument against a loopback fixture server', () => {
  it('returns an HTML posting with its final URL, content type and validators', async () => {
    const result = okResult(await fetchDocument(`${server.origin}/jobs/4471`, loopback));

    expect(Buffer.from(result.body).equals(POSTING_HTML)).toBe(true);
    expect(result).toMatchObject({
      url: `${server.origin}/jobs/4471`,
      contentType: 'text/html; charset=utf-8',
      etag: POSTING_ETAG,
      lastModified: 'Fri, 02 Oct 2026 08:00:00 GMT',
    });
  });

  it('sends an honest User-Agent, an Accept header for HTML, feeds and JSON, and the stored validators', async () => {
    await fetchDocument(`${server.origin}/echo`, {
      ...loopback,
      etag: '"v7"',
      lastModified: FEED_LAST_MODIFIED,
    });

    const sent = server.headers.get('/echo');
    expect(sent?.['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(sent?.['user-agent']).toMatch(/^job-enrich\/\S+ \(\+https:\/\//);
    for (const type of ['text/html', 'application/rss+xml', 'application/atom+xml', 'application/json']) {
      expect(sent?.accept).toContain(type);
    }
    expect(sent?.['accept-encoding']).toBe('gzip, br');
    expect(sent?.['if-none-match']).toBe('"v7"');
    expect(sent?.['if-modified-since']).toBe(FEED_LAST_MODIFIED);
    expect(sent?.authorization).toBeUndefined();
    expect(sent?.cookie).toBeUndefined();
  });

  it('returns not-modified when the stored ETag still matches', async () => {
    const result = await fetchDocument(`${server.origin}/jobs/4471`, { ...loopback, etag: POSTING_ETAG });

    expect(result).toEqual({
      status: 'not-modified',
      url: `${server.origin}/jobs/4471`,
      etag: POSTING_ETAG,
      lastModified: null,
    });
  });

  it('keeps the stored validators when a 304 for an unchanged feed omits them', async () => {
    const result = await fetchDocument(`${server.origin}/feed.xml`, {
      ...loopback,
      etag: '"feed-12"',
      lastModified: FEED_LAST_MODIFIED,
    });

    expect(result).toEqual({
      status: 'not-modified',
      url: `${server.origin}/feed.xml`,
      etag: '"feed-12"',
      lastModified: FEED_LAST_MODIFIED,
    });
  });

  it('fetches a changed RSS feed in full and returns its new Last-Modified', async () => {
    const result = okResult(
      await fetchDocument(`${server.origin}/feed.xml`, {
        ...loopback,
        lastModified: 'Mon, 02 Nov 2026 09:00:00 GMT',
      }),
    );

    expect(Buffer.from(result.body).equals(FEED_XML)).toBe(true);
    expect(result.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(result.lastModified).toBe(FEED_LAST_MODIFIED);
    expect(result.etag).toBeNull();
  });

  it('follows 301, 302, 303, 307 and 308 redirects, relative or absolute, to the final URL', async () => {
    const result = okResult(await fetchDocument(`${server.origin}/careers/old`, loopback));

    expect(result.url).toBe(`${server.origin}/jobs/4471`);
    expect(Buffer.from(result.body).equals(POSTING_HTML)).toBe(true);
    expect(server.hits).toEqual([
      '/careers/old',
      '/careers/new',
      '/careers/see-other',
      '/careers/temporary',
      '/careers/permanent',
      '/jobs/4471',
    ]);
  });

  it('gives up on an endless redirect loop after maxRedirects hops', async () => {
    await expectCode(`${server.origin}/loop`, loopback, 'too-many-redirects');

    expect(server.hits).toHaveLength(6);
  });

  it('refuses a redirect chain longer than a lower maxRedirects', async () => {
    await expectCode(`${server.origin}/careers/old`, { ...loopback, maxRedirects: 2 }, 'too-many-redirects');

    expect(server.hits).toEqual(['/careers/old', '/careers/new', '/careers/see-other']);
  });

  it('refuses a redirect to a file: URL', async () => {
    const error = await expectCode(`${server.origin}/redirect/file`, loopback, 'bad-url');

    expect(error.message).toContain('file:');
  });

  it('reports a redirect without a Location header as an HTTP status error', async () => {
    const error = await expectCode(`${server.origin}/redirect/none`, loopback, 'http-status');

    expect(error.status).toBe(302);
  });

  it.each([
    ['/missing', 404],
    ['/unavailable', 503],
  ])('reports %s as an http-status error carrying %i', async (path, status) => {
    const error = await expectCode(`${server.origin}${path}?token=secret`, loopback, 'http-status');

    expect(error.status).toBe(status);
    expect(error.message).toContain(`HTTP ${status}`);
    expect(error.message).toContain(path);
    expect(error.message).not.toContain('secret');
  });

  it('times out when the server never sends a response', async () => {
    const started = performance.now();

    await expectCode(`${server.origin}/slow-headers`, { ...loopback, timeoutMs: 150 }, 'timeout');

    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('times out when the body stalls halfway', async () => {
    const started = performance.now();

    await expectCode(`${server.origin}/slow-body`, { ...loopback, timeoutMs: 150 }, 'timeout');

    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a body whose Content-Length is over maxBytes without reading it', async () => {
    const error = await expectCode(`${server.origin}/huge-declared`, loopback, 'too-large');

    expect(error.message).toContain('Content-Length');
  });

  it('stops reading a streamed body once it passes maxBytes', async () => {
    await expectCode(`${server.origin}/huge-streamed`, { ...loopback, maxBytes: 256 * 1024 }, 'too-large');
  });

  it('decodes gzip and brotli bodies', async () => {
    const html = okResult(await fetchDocument(`${server.origin}/jobs/4471.gz`, loopback));
    const feed = okResult(await fetchDocument(`${server.origin}/feed.br`, loopback));

    expect(Buffer.from(html.body).equals(POSTING_HTML)).toBe(true);
    expect(Buffer.from(feed.body).equals(FEED_XML)).toBe(true);
  });

  it('stops inflating a gzip bomb at maxBytes of decoded output', async () => {
    const heapBefore = process.memoryUsage().arrayBuffers;

    const error = await expectCode(
      `${server.origin}/bomb.gz`,
      { ...loopback, maxBytes: 1024 * 1024 },
      'too-large',
    );

    expect(error.message).toContain('decompressed');
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(16 * 1024 * 1024);
  });

  it('reports a corrupt gzip body and an unsupported encoding as network errors', async () => {
    await expectCode(`${server.origin}/corrupt.gz`, loopback, 'network');
    const error = await expectCode(`${server.origin}/compress`, loopback, 'network');

    expect(error.message).toContain('compress');
  });
});

describe('fetchDocumentStream', () => {
  const read = async (chunks: AsyncIterable<Uint8Array>) => {
    const parts: Uint8Array[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    return Buffer.concat(parts);
  };

  it('hands over the body as it arrives, after following redirects, decompressed', async () => {
    const result = await fetchDocumentStream(`${server.origin}/careers/old`, loopback);
    if (result.status !== 'ok') throw new Error('expected a body');
    expect(result.url).toBe(`${server.origin}/jobs/4471`);
    expect((await read(result.chunks)).equals(POSTING_HTML)).toBe(true);
    const feed = await fetchDocumentStream(`${server.origin}/feed.br`, loopback);
    if (feed.status !== 'ok') throw new Error('expected a body');
    expect((await read(feed.chunks)).equals(FEED_XML)).toBe(true);
  });

  it('keeps the address guard, and fails the stream at the byte cap on a gzip bomb', async () => {
    await expect(fetchDocumentStream(`${server.origin}/jobs/4471`)).rejects.toMatchObject({
      code: 'blocked-address',
    });
    const bomb = await fetchDocumentStream(`${server.origin}/bomb.gz`, {
      ...loopback,
      maxBytes: 1024 * 1024,
    });
    if (bomb.status !== 'ok') throw new Error('expected a body');
    await expect(read(bomb.chunks)).rejects.toMatchObject({ code: 'too-large' });
  });
});
