import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createErrorHandler } from '../../../functions/http/error-handler.ts';
import {
  createFeedsRoutes,
  FeedListSchema,
  FeedResponseSchema,
  feedIdOf,
} from '../../../functions/http/feeds-routes.ts';
import { checkFeedUrl } from '../../../functions/ingest/feed-url.ts';
import type { LookupHost } from '../../../functions/ingest/fetch-document.ts';
import { type ApiHarness, createHarness, expectProblem, startBackend, stopBackend } from './api-harness.ts';

/** A resolver with no network: example names resolve to documentation-free public or private addresses. */
const DNS: Record<string, string[]> = {
  'jobs.example.com': ['93.184.215.14'],
  'careers.example.org': ['93.184.215.15', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'rebind.example.net': ['93.184.215.16', '10.0.0.5'],
  'metadata.example.net': ['169.254.169.254'],
};
const lookup: LookupHost = async (name) => {
  const addresses = DNS[name];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

const json = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

describe('/feeds', () => {
  let h: ApiHarness;
  beforeAll(startBackend);
  afterAll(stopBackend);
  beforeEach(async () => {
    h = await createHarness({ checkFeedUrl: (url) => checkFeedUrl(url, { lookup }) });
  });

  it('adds a feed (201, Location), lists it and removes it (204), and the store agrees', async () => {
    const added = await h.app.request('/feeds', json({ url: 'https://jobs.example.com/careers.rss' }));
    expect(added.status).toBe(201);
    const feed = FeedResponseSchema.parse(await added.json());
    expect(feed).toEqual({
      id: feedIdOf('https://jobs.example.com/careers.rss'),
      url: 'https://jobs.example.com/careers.rss',
      etag: null,
      lastModified: null,
      lastFetchedAt: null,
      lastStatus: null,
    });
    expect(added.headers.get('location')).toBe(`/feeds/${feed.id}`);
    expect((await h.store.listFeedSources()).map((s) => s.url)).toEqual([
      'https://jobs.example.com/careers.rss',
    ]);

    const listed = FeedListSchema.parse(await (await h.app.request('/feeds')).json());
    expect(listed.items).toEqual([feed]);

    const removed = await h.app.request(`/feeds/${feed.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect(await h.store.listFeedSources()).toEqual([]);
    await expectProblem(await h.app.request(`/feeds/${feed.id}`, { method: 'DELETE' }), 404);
  });

  it('lists feeds by id and keeps what the pull recorded', async () => {
    await h.app.request('/feeds', json({ url: 'https://careers.example.org/b.json', id: 'b-board' }));
    await h.app.request('/feeds', json({ url: 'https://jobs.example.com/a.rss', id: 'a-feed' }));
    await h.store.recordFeedFetch('a-feed', {
      etag: '"v1"',
      lastModified: null,
      fetchedAt: '2026-11-22T12:00:00.000Z',
      status: 'ok',
    });
    const { items } = FeedListSchema.parse(await (await h.app.request('/feeds')).json());
    expect(items.map((f) => f.id)).toEqual(['a-feed', 'b-board']);
    expect(items[0]).toMatchObject({
      etag: '"v1"',
      lastStatus: 'ok',
      lastFetchedAt: '2026-11-22T12:00:00.000Z',
    });
  });

  it('is idempotent for the same URL, keeps the recorded validators, and refuses an id taken by another URL', async () => {
    const body = { url: 'https://jobs.example.com/a.rss', id: 'a-feed' };
    expect((await h.app.request('/feeds', json(body))).status).toBe(201);
    await h.store.recordFeedFetch('a-feed', {
      etag: '"v1"',
      lastModified: null,
      fetchedAt: '2026-11-22T12:00:00.000Z',
      status: 'ok',
    });
    const again = await h.app.request('/feeds', json(body));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: 'a-feed', etag: '"v1"' });
    const taken = await expectProblem(
      await h.app.request('/feeds', json({ url: 'https://jobs.example.com/other.rss', id: 'a-feed' })),
      409,
    );
    expect(taken.title).toBe('Conflict');
    expect((await h.store.listFeedSources()).map((s) => s.url)).toEqual(['https://jobs.example.com/a.rss']);
  });

  it.each([
    [
      'a loopback address',
      'http://127.0.0.1:3000/feed.xml',
      /127\.0\.0\.1: not a public address \(loopback\)/,
    ],
    ['an IPv6 loopback', 'http://[::1]/feed.xml', /not a public address \(loopback\)/],
    ['a private address', 'https://10.1.2.3/feed.xml', /\(private\)/],
    ['a link-local address', 'http://169.254.10.10/feed', /\(link-local\)/],
    ['the instance metadata endpoint', 'http://169.254.169.254/latest/meta-data/', /\(metadata\)/],
    ['a name resolving to the metadata endpoint', 'http://metadata.example.net/x', /\(metadata\)/],
    ['a name with one private address among public ones', 'https://rebind.example.net/x', /10\.0\.0\.5/],
    ['an IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/', /loopback/],
    ['a decimal-encoded loopback', 'http://2130706433/feed', /127\.0\.0\.1/],
    ['localhost', 'http://localhost:8080/feed', /internal host name/],
    ['an .internal name', 'http://metadata.google.internal/x', /internal host name/],
    ['a file URL', 'file:///etc/passwd', /only http and https/],
    ['a gopher URL', 'gopher://jobs.example.com/', /only http and https/],
    ['credentials in the URL', 'https://user:pw@jobs.example.com/feed', /credentials/],
    ['a non-web port', 'https://jobs.example.com:25/feed', /port 25/],
  ])('refuses %s with a 400 problem and stores nothing', async (_name, url, reason) => {
    const problem = await expectProblem(await h.app.request('/feeds', json({ url })), 400);
    expect(problem.type).toBe('urn:job-enrich:problem:fetch-refused');
    expect(problem.detail).toMatch(reason);
    expect(problem.invalidParams?.[0]?.name).toBe('url');
    expect(await h.store.listFeedSources()).toEqual([]);
  });

  it('refuses a host that does not resolve (it cannot be vetted) with a 422', async () => {
    const problem = await expectProblem(
      await h.app.request('/feeds', json({ url: 'https://nowhere.example.com/feed' })),
      422,
    );
    expect(problem.detail).toMatch(/nowhere\.example\.com does not resolve/);
  });

  it.each([
    ['malformed JSON', '{"url": ', 'invalid-json'],
    ['no url', '{}', 'invalid-request'],
    ['an unknown member', '{"url":"https://jobs.example.com/a","x":1}', 'invalid-request'],
    ['a bad id', '{"url":"https://jobs.example.com/a","id":"../etc"}', 'invalid-request'],
    ['a __proto__ member', '{"url":"https://jobs.example.com/a","__proto__":{"id":"x"}}', 'invalid-request'],
    ['an array', '[]', 'invalid-request'],
  ])('answers %s with a 400 problem', async (_name, body, kind) => {
    const problem = await expectProblem(
      await h.app.request('/feeds', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      }),
      400,
    );
    expect(problem.type).toBe(`urn:job-enrich:problem:${kind}`);
  });

  it('refuses an unknown query parameter with a 400 naming it', async () => {
    const problem = await expectProblem(await h.app.request('/feeds?limit=5'), 400);
    expect(problem.invalidParams).toEqual([{ name: 'limit', reason: 'unknown parameter' }]);
  });

  it('refuses a body over 16 KiB with a 413', async () => {
    const url = `https://jobs.example.com/${'a'.repeat(20_000)}`;
    await expectProblem(await h.app.request('/feeds', json({ url })), 413);
  });

  it('stops at the feed limit with a 422, adding nothing', async () => {
    const app = new Hono();
    app.onError(createErrorHandler({ error: () => {}, warn: () => {} }, () => 'test-request'));
    app.route(
      '/feeds',
      createFeedsRoutes({ store: h.store, checkUrl: (url) => checkFeedUrl(url, { lookup }), maxFeeds: 2 }),
    );
    for (const i of [1, 2])
      expect((await app.request('/feeds', json({ url: `https://jobs.example.com/${i}.rss` }))).status).toBe(
        201,
      );
    const third = await app.request('/feeds', json({ url: 'https://jobs.example.com/3.rss' }));
    expect(third.status).toBe(422);
    expect(((await third.json()) as { detail: string }).detail).toMatch(/at most 2 feeds/);
    expect(await h.store.listFeedSources()).toHaveLength(2);
  });

  it('answers a DELETE of a malformed id with 404 and other methods with 405 and Allow', async () => {
    await expectProblem(await h.app.request('/feeds/..%2F..', { method: 'DELETE' }), 404);
    const put = await h.app.request('/feeds', { method: 'PUT' });
    await expectProblem(put, 405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST');
    const get = await h.app.request('/feeds/abc');
    await expectProblem(get, 405);
    expect(get.headers.get('allow')).toBe('DELETE');
  });
});

describe('checkFeedUrl', () => {
  it('normalises the URL and drops the fragment', async () => {
    expect((await checkFeedUrl('HTTPS://Jobs.Example.com/a.rss#top', { lookup })).href).toBe(
      'https://jobs.example.com/a.rss',
    );
  });

  it('accepts a public IPv6 host', async () => {
    expect((await checkFeedUrl('https://careers.example.org/x', { lookup })).hostname).toBe(
      'careers.example.org',
    );
  });
});
