/** `job-enrich feeds add|list|remove` against the real API app (on dynalite), through io.fetch. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../functions/cli/main.ts';
import { checkFeedUrl } from '../../functions/ingest/feed-url.ts';
import { type ApiHarness, createHarness, startBackend, stopBackend } from './http/api-harness.ts';

const lookup = async (name: string) => {
  if (name === 'jobs.example.com') return [{ address: '93.184.215.14', family: 4 }];
  throw new Error(`ENOTFOUND ${name}`);
};

describe('job-enrich feeds', () => {
  let h: ApiHarness;
  beforeAll(startBackend);
  afterAll(stopBackend);
  beforeEach(async () => {
    h = await createHarness({ checkFeedUrl: (url) => checkFeedUrl(url, { lookup }) });
  });

  async function run(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...args, '--to', 'http://127.0.0.1:9'], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      stdin: async () => new Uint8Array(),
      now: () => new Date(),
      env: () => undefined,
      fetch: async (url, init) => h.app.request(String(url), init),
    });
    return { code, out, err };
  }

  it('adds, lists and removes a feed source', async () => {
    const added = await run('feeds', 'add', 'https://jobs.example.com/careers.rss', '--id', 'acme');
    expect(added).toMatchObject({ code: 0, err: [] });
    expect(JSON.parse(added.out[0] as string)).toMatchObject({
      id: 'acme',
      url: 'https://jobs.example.com/careers.rss',
    });
    const listed = await run('feeds', 'list');
    expect(listed.code).toBe(0);
    expect(listed.out.map((l) => JSON.parse(l).id)).toEqual(['acme']);

    expect(await run('feeds', 'remove', 'acme')).toMatchObject({ code: 0, out: [], err: [] });
    expect((await run('feeds', 'list')).out).toEqual([]);
    expect(await h.store.listFeedSources()).toEqual([]);
  });

  it('prints the API refusal of a private URL as one prefixed line, exit 1', async () => {
    const { code, out, err } = await run('feeds', 'add', 'http://169.254.169.254/latest/meta-data/');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      expect.stringMatching(
        /^job-enrich: feeds: the API answered 400: refusing 169\.254\.169\.254: .*metadata/,
      ),
    ]);
  });

  it('says which feed is missing on remove, exit 1', async () => {
    const { code, err } = await run('feeds', 'remove', 'nope');
    expect(code).toBe(1);
    expect(err).toEqual(['job-enrich: feeds: feed nope: the API answered 404: no feed has the id "nope"']);
  });
});
