import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingId } from '../../../functions/enrichment/index.ts';
import { ClassifyResponseSchema, IngestResponseSchema } from '../../../functions/http/response-schemas.ts';
import { FetchError, type FetchResult, fetchDocument } from '../../../functions/ingest/fetch-document.ts';
import { type ApiHarness, createHarness, expectProblem, startBackend, stopBackend } from './api-harness.ts';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const RSS = fixture('feeds/cascade-it-careers.rss');
const GREENHOUSE = fixture('formats/greenhouse-board.json');
const HTML = fixture('formats/html-jsonld-single.html');
const TEXT = fixture('formats/text-posting.txt');

const post = (
  h: ApiHarness,
  path: string,
  body: NonNullable<RequestInit['body']>,
  headers: Record<string, string> = {},
) => h.app.request(path, { method: 'POST', body, headers });

describe('POST /ingest', () => {
  let h: ApiHarness;
  let feedServer: Server;
  let feedUrl: string;

  beforeAll(async () => {
    await startBackend();
    feedServer = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/careers.rss`;
  });

  afterAll(async () => {
    await new Promise((resolve) => feedServer.close(resolve));
    await stopBackend();
  });

  it('queues every posting of a feed and answers 202 with their ids', async () => {
    h = await createHarness();
    const response = await post(h, '/ingest', RSS, { 'content-type': 'application/rss+xml' });

    expect(response.status).toBe(202);
    const body = IngestResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ queued: 5, found: 5, rejected: [] });
    expect(body.ids).toEqual(h.sent.map(listingId));
  });

  it.each([
    ['a Greenhouse board labelled JSON', GREENHOUSE, 'application/json'],
    ['an HTML page with no type (curl --data-binary)', HTML, 'application/x-www-form-urlencoded'],
    ['a plain-text posting', TEXT, 'text/plain; charset=utf-8'],
  ])('reads %s', async (_name, body, type) => {
    h = await createHarness();
    const response = await post(h, '/ingest', body, { 'content-type': type });

    expect(response.status).toBe(202);
    expect(IngestResponseSchema.parse(await response.json()).queued).toBeGreaterThan(0);
  });

  it('fetches the document of a URL request', async () => {
    h = await createHarness({
      // The loopback fixture server is private on purpose: only this test lifts the guard.
      fetch: (url, options) => fetchDocument(url, { ...options, allowPrivateAddresses: true }),
    });
    const response = await post(h, '/ingest', JSON.stringify({ url: feedUrl }), {
      'content-type': 'application/json',
    });

    expect(response.status).toBe(202);
    expect(IngestResponseSchema.parse(await response.json()).queued).toBe(5);
  });

  it('refuses a URL on a private address with a 400 (the SSRF guard)', async () => {
    h = await createHarness();
    const problem = await expectProblem(await post(h, '/ingest', JSON.stringify({ url: feedUrl })), 400);

    expect(problem.type).toBe('urn:job-enrich:problem:fetch-refused');
    expect(h.sent).toEqual([]);
  });

  it.each([
    ['timeout', 504],
    ['http-status', 502],
    ['network', 502],
    ['too-large', 422],
    ['bad-url', 400],
  ] as const)('maps a %s fetch failure to %i', async (code, status) => {
    h = await createHarness({
      fetch: async (): Promise<FetchResult> => {
        throw new FetchError(code, `fetching https://jobs.example.org/feed failed: ${code}`);
      },
    });
    const problem = await expectProblem(
      await post(h, '/ingest', '{"url":"https://jobs.example.org/feed"}', {
        'content-type': 'application/json',
      }),
      status,
    );

    expect(problem.detail).toContain('https://jobs.example.org/feed');
  });

  it('answers 503 with Retry-After when the queue takes none of the postings', async () => {
    h = await createHarness({
      send: async (postings) => ({
        queued: [],
        rejected: postings.map((_, index) => ({ index, reason: 'ServiceUnavailable', retryable: true })),
      }),
    });
    const response = await post(h, '/ingest', RSS);

    await expectProblem(response, 503);
    expect(response.headers.get('retry-after')).toBe('5');
  });
});

describe('POST /classify', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
  });

  afterAll(stopBackend);

  it('enriches a document synchronously and stores nothing', async () => {
    const response = await post(h, '/classify', RSS, { 'content-type': 'application/rss+xml' });

    expect(response.status).toBe(200);
    const { items } = ClassifyResponseSchema.parse(await response.json());
    expect(items.map((l) => l.role.tier)).toContain('director');
    expect(items[0]?.enrichedAt).toBe('2026-11-22T12:00:00.000Z');
    expect(h.sent).toEqual([]);
    expect((await h.store.queryListings({ filters: {}, limit: 5 })).items).toEqual([]);
  });

  it('honours an explicit format over sniffing', async () => {
    const sniffed = await post(h, '/classify', RSS);
    const forced = await post(h, '/classify?format=greenhouse', RSS);

    expect(sniffed.status).toBe(200);
    expect((await expectProblem(forced, 400)).detail).toContain('invalid JSON');
  });

  it('refuses an unknown format parameter', async () => {
    const problem = await expectProblem(await post(h, '/classify?format=docx', TEXT), 400);

    expect(problem.detail).toContain('unknown format "docx"');
  });
});

describe('bad documents', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
  });

  afterAll(stopBackend);

  it.each(['/ingest', '/classify'])('refuses malformed JSON on %s with a 400', async (path) => {
    const problem = await expectProblem(
      await post(h, path, '{"url": "https://jobs.example.org/feed"', { 'content-type': 'application/json' }),
      400,
    );

    expect(problem.type).toBe('urn:job-enrich:problem:invalid-json');
    expect(problem.detail).toContain('not valid JSON');
  });

  it.each(['/ingest', '/classify'])(
    'refuses a page that is not a posting on %s: 422 not-a-posting, nothing queued',
    async (path) => {
      const sent = h.sent.length;
      const problem = await expectProblem(
        await post(h, path, fixture('formats/not-postings/about-us.html'), { 'content-type': 'text/html' }),
        422,
      );

      expect(problem.type).toBe('urn:job-enrich:problem:not-a-posting');
      expect(problem.detail).toMatch(/^not-a-posting: /);
      expect(h.sent.length).toBe(sent);
    },
  );

  it('reads an empty job list as a board with nothing on it: 200, no items, nothing queued', async () => {
    const sent = h.sent.length;
    const response = await post(h, '/classify', '{"positions": []}', { 'content-type': 'application/json' });

    expect(response.status).toBe(200);
    expect(ClassifyResponseSchema.parse(await response.json()).items).toEqual([]);
    expect(h.sent.length).toBe(sent);
  });

  it('refuses a URL request whose url is not a string', async () => {
    const problem = await expectProblem(await post(h, '/ingest', '{"url": 42}'), 400);

    expect(problem.invalidParams?.[0]?.name).toBe('url');
  });

  it.each([
    ['image/png', 'a PNG'],
    ['application/pdf', 'a PDF'],
  ])('refuses %s up front with a 415', async (type) => {
    const problem = await expectProblem(
      await post(h, '/ingest', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), {
        'content-type': type,
      }),
      415,
    );

    expect(problem.detail).toContain(type);
  });

  it('refuses binary content sent as octet-stream after sniffing it', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const problem = await expectProblem(
      await post(h, '/classify', bytes, { 'content-type': 'application/octet-stream' }),
      415,
    );

    expect(problem.detail).toContain('binary content');
  });

  it.each([
    ['an empty body', '', {}, 400, 'the body is empty'],
    ['a form upload', 'x', { 'content-type': 'multipart/form-data; boundary=x' }, 415, 'not a multipart'],
    ['a gzipped body', 'x', { 'content-encoding': 'gzip' }, 415, 'Content-Encoding gzip'],
    [
      'JSON of no known board',
      '{"colour": "blue", "sizes": [1, 2]}',
      { 'content-type': 'application/json' },
      415,
      'unknown JSON',
    ],
    [
      'XML that is no feed',
      '<?xml version="1.0"?><catalog/>',
      { 'content-type': 'text/xml' },
      415,
      'unknown XML',
    ],
  ])('refuses %s', async (_name, body, headers, status, detail) => {
    const problem = await expectProblem(await post(h, '/classify', body, headers), status);

    expect(problem.detail).toContain(detail);
  });

  it.each([
    ['with Content-Length', true],
    ['streamed', false],
  ])('refuses a 12 MB body %s with a 413 naming the limit', async (_name, withLength) => {
    const big = new Uint8Array(12 * 1024 * 1024).fill(0x61);
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    if (withLength) headers['content-length'] = String(big.length);
    const problem = await expectProblem(await post(h, '/ingest', big, headers), 413);

    expect(problem.detail).toContain('5 MiB limit');
    expect(h.sent).toEqual([]);
  });
});
