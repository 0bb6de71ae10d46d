import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchDocument, type LookupHost } from '../../functions/ingest/fetch-document.ts';
import { resolveRedirect } from '../../functions/ingest/fetch-url.ts';
import { type FixtureServer, startFixtureServer } from './fetch-fixture-server.ts';
import { expectCode, fakeLookup, okResult, publicFixtureHost } from './fetch-test-support.ts';

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

describe('fetchDocument address guard', () => {
  it.each([
    ['a loopback URL', (port: number) => `http://127.0.0.1:${port}/jobs/4471`],
    ['a private-network URL', () => 'http://10.0.0.1/'],
    ['the cloud metadata URL', () => 'http://169.254.169.254/latest/meta-data/'],
    ['an IPv6 loopback URL', (port: number) => `http://[::1]:${port}/jobs/4471`],
    ['an IPv4-mapped IPv6 loopback URL', (port: number) => `http://[::ffff:127.0.0.1]:${port}/jobs/4471`],
    ['a decimal loopback URL', (port: number) => `http://2130706433:${port}/jobs/4471`],
    ['a hex short-form loopback URL', (port: number) => `http://0x7f.1:${port}/jobs/4471`],
    ['a hex loopback URL', () => 'http://0x7f000001/'],
    ['an octal loopback URL', () => 'http://017700000001/'],
    ['an unspecified-address URL', (port: number) => `http://0.0.0.0:${port}/jobs/4471`],
    ['the AWS IPv6 metadata URL', () => 'http://[fd00:ec2::254]/latest/meta-data/'],
    ['the Alibaba metadata URL', () => 'http://100.100.100.200/latest/meta-data/'],
    ['an IPv6 link-local URL', () => 'http://[fe80::1]/'],
    ['a localhost URL', (port: number) => `http://localhost:${port}/jobs/4471`],
    ['the GCP metadata host name', () => 'http://metadata.google.internal/computeMetadata/v1/'],
    ['a single-label host name', () => 'http://metadata/'],
  ])('refuses %s without resolving or connecting', async (_kind, makeUrl) => {
    const lookup = fakeLookup({});

    await expectCode(makeUrl(server.port), { lookup }, 'blocked-address');

    expect(lookup).not.toHaveBeenCalled();
    expect(server.hits).toEqual([]);
  });

  it('refuses a host name that resolves to a private address', async () => {
    const lookup = fakeLookup({ 'careers.acme.test': ['10.20.30.40'] });

    const error = await expectCode('https://careers.acme.test/jobs', { lookup }, 'blocked-address');

    expect(lookup).toHaveBeenCalledWith('careers.acme.test');
    expect(error.message).toBe('refusing careers.acme.test (10.20.30.40): a private address');
  });

  it('refuses a host name when any one of its addresses is private', async () => {
    const { lookup, allowAddress } = publicFixtureHost(server.port, {
      'jobs.public.test': ['127.0.0.1', '192.168.1.20'],
    });

    await expectCode(
      `http://jobs.public.test:${server.port}/jobs/4471`,
      { lookup, allowAddress },
      'blocked-address',
    );

    expect(server.hits).toEqual([]);
  });

  it('refuses a redirect from an allowed host to the metadata address before connecting', async () => {
    const { lookup, allowAddress, origin } = publicFixtureHost(server.port);

    const error = await expectCode(
      `${origin}/redirect/metadata`,
      { lookup, allowAddress },
      'blocked-address',
    );

    expect(error.message).toContain('169.254.169.254: a cloud metadata address');
    expect(server.hits).toEqual(['/redirect/metadata']);
    expect(allowAddress).toHaveBeenLastCalledWith('169.254.169.254', '169.254.169.254');
    expect(lookup.mock.calls).toEqual([['jobs.public.test']]);
  });

  it('refuses a redirect from an allowed host to 127.0.0.1 before connecting', async () => {
    const { lookup, allowAddress, origin } = publicFixtureHost(server.port);

    await expectCode(`${origin}/redirect/loopback`, { lookup, allowAddress }, 'blocked-address');

    expect(server.hits).toEqual(['/redirect/loopback']);
  });

  it('refuses a redirect to a host name that resolves to a private address', async () => {
    const { lookup, allowAddress, origin } = publicFixtureHost(server.port, {
      'intranet.public.test': ['10.0.0.1'],
    });

    await expectCode(`${origin}/redirect/intranet`, { lookup, allowAddress }, 'blocked-address');

    expect(lookup.mock.calls).toEqual([['jobs.public.test'], ['intranet.public.test']]);
    expect(server.hits).toEqual(['/redirect/intranet']);
  });

  it('connects to the vetted address even when DNS would answer differently later (rebinding)', async () => {
    const lookup = vi
      .fn<LookupHost>()
      .mockResolvedValueOnce([{ address: '127.0.0.1', family: 4 }])
      .mockResolvedValue([{ address: '169.254.169.254', family: 4 }]);
    const { allowAddress, origin } = publicFixtureHost(server.port);

    const result = okResult(await fetchDocument(`${origin}/jobs/4471`, { lookup, allowAddress }));

    expect(result.url).toBe(`${origin}/jobs/4471`);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(server.headers.get('/jobs/4471')?.host).toBe(`jobs.public.test:${server.port}`);
  });

  it('reports a host name that does not resolve as a network error', async () => {
    const error = await expectCode('https://gone.acme.test/jobs', { lookup: fakeLookup({}) }, 'network');

    expect(error.message).toBe('could not resolve gone.acme.test');
  });
});

describe('fetchDocument URL rules', () => {
  it.each([
    'ftp://jobs.acme.test/posting.html',
    'file:///etc/passwd',
    'data:text/html,<h1>IT Manager</h1>',
    'javascript:alert(1)',
    'gopher://jobs.acme.test:70/_GET',
    'http://user:pass@jobs.acme.test/',
    'https://:token@jobs.acme.test/',
    'not a url',
    '/jobs/4471',
    'http://jobs.acme.test:25/',
  ])('refuses %s as a bad URL without resolving it', async (url) => {
    const lookup = fakeLookup({});

    await expectCode(url, { lookup }, 'bad-url');

    expect(lookup).not.toHaveBeenCalled();
  });

  it('refuses a URL longer than 8 KiB', async () => {
    const error = await expectCode(`https://jobs.acme.test/${'a'.repeat(9000)}`, undefined, 'bad-url');

    expect(error.message.length).toBeLessThan(100);
  });

  it('resolves a relative Location against the current URL', () => {
    const next = resolveRedirect(new URL('https://jobs.acme.test/careers/it/old?x=1'), '../ops/4471');

    expect(next.href).toBe('https://jobs.acme.test/careers/ops/4471');
  });

  it('follows http to https but refuses https to http', () => {
    expect(resolveRedirect(new URL('http://jobs.acme.test/a'), 'https://jobs.acme.test/a').protocol).toBe(
      'https:',
    );
    expect(() => resolveRedirect(new URL('https://jobs.acme.test/a'), 'http://jobs.acme.test/a')).toThrow(
      expect.objectContaining({ code: 'bad-url' }),
    );
  });
});

describe('fetchDocument over https', () => {
  let tlsServer: HttpsServer;
  let tlsPort = 0;
  const serverNames: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fetch-tls-'));
    try {
      // A throwaway self-signed certificate, so nothing key-like is committed.
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-days',
          '1',
        ].concat([
          '-subj',
          '/CN=jobs.public.test',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ]),
        { stdio: 'ignore' },
      );
      const key = readFileSync(join(dir, 'key.pem'));
      const cert = readFileSync(join(dir, 'cert.pem'));
      tlsServer = createHttpsServer(
        {
          key,
          cert,
          SNICallback: (servername, callback) => {
            serverNames.push(servername);
            callback(null, undefined);
          },
        },
        (_req, res) => res.end('<h1>never served</h1>'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    tlsPort = (tlsServer.address() as AddressInfo).port;
  });
  afterAll(async () => {
    tlsServer.closeAllConnections();
    await new Promise<void>((resolve) => tlsServer.close(() => resolve()));
  });

  it('verifies the certificate of the pinned host and refuses an untrusted one', async () => {
    const { lookup, allowAddress } = publicFixtureHost(server.port);

    const error = await expectCode(
      `https://jobs.public.test:${tlsPort}/jobs/4471`,
      { lookup, allowAddress },
      'network',
    );

    expect(error.message).toMatch(/self[- ]signed certificate/);
    expect(serverNames).toEqual(['jobs.public.test']);
  });
});
