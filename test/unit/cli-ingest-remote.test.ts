/**
 * `job-enrich ingest --to`: documents go to an API's POST /ingest, SigV4-signed. A local server
 * stands in for API Gateway: it checks the Authorization header's shape and recomputes the
 * signature from the request as it arrived (no AWS involved).
 */
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../functions/cli/main.ts';
import { createApiClient, regionOfEndpoint } from '../../functions/ingest/signed-api-client.ts';

const fixtures = join(import.meta.dirname, '../fixtures/postings');
const KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** SigV4 written out from the AWS documentation, independent of the signer under test. */
function expectedSignature(r: Received, secret: string, region: string): string {
  const auth = String(r.headers.authorization);
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
  const amzDate = String(r.headers['x-amz-date']);
  const date = amzDate.slice(0, 8);
  const url = new URL(r.url, 'http://x');
  const query = [...url.searchParams]
    .map(([k, v]): [string, string] => [encodeURIComponent(k), encodeURIComponent(v)])
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonical = [
    r.method,
    url.pathname,
    query,
    ...signedHeaders.map((h) => `${h}:${String(r.headers[h]).trim()}`),
    '',
    signedHeaders.join(';'),
    sha256(r.body),
  ].join('\n');
  const scope = `${date}/${region}/execute-api/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  let key = hmac(`AWS4${secret}`, date);
  for (const part of [region, 'execute-api', 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(toSign).digest('hex');
}

describe('job-enrich ingest --to', () => {
  let server: Server;
  let base: string;
  const received: Received[] = [];
  let answer: { status: number; body: unknown } = { status: 202, body: {} };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks),
        });
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    received.length = 0;
    answer = { status: 202, body: { queued: 1, ids: ['abc'], found: 1, rejected: [] } };
  });

  async function run(args: string[], env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      stdin: async () => new TextEncoder().encode('IT Manager\n\nLead the IT team.'),
      now: () => new Date(),
      env: (name) => env[name],
    });
    return { code, out, err };
  }

  it('signs POST /ingest with SigV4 for execute-api, and the signature checks out', async () => {
    const file = join(fixtures, 'director-it-ops.html');
    const { code, out, err } = await run(['ingest', file, '--to', `${base}/prod`, '--format', 'html'], {
      ...KEYS,
      AWS_REGION: 'eu-west-1',
    });
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(JSON.parse(out[0] as string)).toEqual({
      input: file,
      queued: 1,
      ids: ['abc'],
      found: 1,
      rejected: [],
    });

    expect(received).toHaveLength(1);
    const r = received[0] as Received;
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/prod/ingest?format=html');
    expect(r.body.equals(readFileSync(file))).toBe(true);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    const auth = String(r.headers.authorization);
    expect(auth).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
    );
    const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';');
    expect(signed).toEqual(expect.arrayContaining(['host', 'x-amz-date', 'content-type']));
    expect(/Signature=([0-9a-f]{64})/.exec(auth)?.[1]).toBe(
      expectedSignature(r, KEYS.AWS_SECRET_ACCESS_KEY, 'eu-west-1'),
    );
  });

  it('carries the session token of temporary credentials', async () => {
    await run(['ingest', '-', '--to', base, '--region', 'us-east-1'], {
      ...KEYS,
      AWS_SESSION_TOKEN: 'token-123',
    });
    const r = received[0] as Received;
    expect(r.headers['x-amz-security-token']).toBe('token-123');
    expect(String(r.headers.authorization)).toContain('/us-east-1/execute-api/aws4_request');
    expect(String(r.headers.authorization)).toMatch(/SignedHeaders=[^,]*x-amz-security-token/);
  });

  it('sends a URL as {"url"} for the API to fetch, and unsigned to a local API without keys', async () => {
    const { code } = await run(['ingest', 'https://jobs.example.com/feed.rss', '--to', base]);
    expect(code).toBe(0);
    const r = received[0] as Received;
    expect(JSON.parse(r.body.toString())).toEqual({ url: 'https://jobs.example.com/feed.rss' });
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers.authorization).toBeUndefined();
  });

  it('reports a refusal of the API as one prefixed line and exit 1', async () => {
    answer = { status: 403, body: { message: 'Forbidden' } };
    const { code, err } = await run(['ingest', '-', '--to', base]);
    expect(code).toBe(1);
    expect(err).toEqual(['job-enrich: -: the API answered 403: Forbidden']);
  });

  it('exits 3 when the API found no posting in any input', async () => {
    answer = { status: 202, body: { queued: 0, ids: [], found: 0, rejected: [] } };
    const { code, err } = await run(['ingest', '-', '--to', base]);
    expect(code).toBe(3);
    expect(err).toEqual(['job-enrich: -: no postings found']);
  });

  it('needs a region to sign for a host that does not name one', async () => {
    const { code, err } = await run(['ingest', '-', '--to', 'https://api.jobs.example.com'], KEYS);
    expect(code).toBe(2);
    expect(err[0]).toMatch(
      /^job-enrich: no region for api\.jobs\.example\.com: pass --region or set AWS_REGION/,
    );
  });
});

describe('createApiClient', () => {
  it('reads the region from an execute-api host name', () => {
    expect(regionOfEndpoint(new URL('https://a1b2c3.execute-api.ap-southeast-2.amazonaws.com'))).toBe(
      'ap-southeast-2',
    );
    expect(regionOfEndpoint(new URL('https://api.example.com'))).toBeNull();
  });

  it('signs with credentials from a provider, resolved per request', async () => {
    const seen: Headers[] = [];
    let calls = 0;
    const client = createApiClient({
      endpoint: 'https://a1b2c3.execute-api.eu-central-1.amazonaws.com',
      credentials: async () => {
        calls += 1;
        return { accessKeyId: 'AKIDPROVIDER', secretAccessKey: 'secret' };
      },
      fetch: async (_url, init) => {
        seen.push(new Headers(init?.headers));
        return new Response('{}', { status: 200 });
      },
    });
    expect(client.signed).toBe(true);
    await client.request({ method: 'GET', path: '/feeds' });
    expect(calls).toBe(1);
    expect(seen[0]?.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDPROVIDER\/\d{8}\/eu-central-1\/execute-api\/aws4_request, /,
    );
    expect(seen[0]?.has('host')).toBe(false);
  });

  it.each([
    ['not a URL', 'api'],
    ['a non-http scheme', 'file:///etc/passwd'],
    ['credentials in the URL', 'https://user:pw@api.example.com'],
    ['plain http to a remote host', 'http://api.example.com'],
  ])('refuses %s as an endpoint', (_name, endpoint) => {
    expect(() => createApiClient({ endpoint, credentials: null })).toThrow();
  });
});
