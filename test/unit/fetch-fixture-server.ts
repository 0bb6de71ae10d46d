/**
 * A loopback HTTP server for the document fetcher's tests: fixture documents, validators and
 * 304s, redirect chains and loops, stalls, oversized and compressed bodies.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const POSTING_HTML = readFileSync(new URL('../fixtures/fetch/posting.html', import.meta.url));
export const FEED_XML = readFileSync(new URL('../fixtures/fetch/feed.xml', import.meta.url));
export const POSTING_ETAG = '"posting-4471-v3"';
export const FEED_LAST_MODIFIED = 'Tue, 17 Nov 2026 09:00:00 GMT';
export const BOMB_INFLATED_BYTES = 32 * 1024 * 1024;

const POSTING_GZIP = gzipSync(POSTING_HTML);
const FEED_BROTLI = brotliCompressSync(FEED_XML);
const GZIP_BOMB = gzipSync(Buffer.alloc(BOMB_INFLATED_BYTES), { level: 9 });

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Paths requested since the last `reset()`, in order. */
  readonly hits: string[];
  /** Request headers by path, last request wins. */
  readonly headers: Map<string, IncomingMessage['headers']>;
  reset(): void;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, port: number) => void;

const REDIRECTS: Record<string, readonly [number, (port: number) => string]> = {
  '/careers/old': [301, () => 'new'],
  '/careers/new': [302, (port) => `http://127.0.0.1:${port}/careers/see-other`],
  '/careers/see-other': [303, () => '/careers/temporary'],
  '/careers/temporary': [307, () => '/careers/permanent'],
  '/careers/permanent': [308, () => '/jobs/4471'],
  '/loop': [302, () => '/loop'],
  '/redirect/metadata': [302, () => 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'],
  '/redirect/loopback': [302, (port) => `http://127.0.0.1:${port}/jobs/4471`],
  '/redirect/intranet': [302, (port) => `http://intranet.public.test:${port}/jobs/4471`],
  '/redirect/file': [302, () => 'file:///etc/passwd'],
};

const ROUTES: Record<string, Handler> = {
  '/jobs/4471': (req, res) => {
    if (req.headers['if-none-match'] === POSTING_ETAG) {
      res.writeHead(304, { etag: POSTING_ETAG }).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': POSTING_HTML.length,
        etag: POSTING_ETAG,
        'last-modified': 'Fri, 02 Oct 2026 08:00:00 GMT',
      })
      .end(POSTING_HTML);
  },
  '/jobs/4471.gz': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
      .end(POSTING_GZIP);
  },
  '/feed.xml': (req, res) => {
    if (req.headers['if-modified-since'] === FEED_LAST_MODIFIED) {
      res.writeHead(304).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        'last-modified': FEED_LAST_MODIFIED,
      })
      .end(FEED_XML);
  },
  '/feed.br': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'br' }).end(FEED_BROTLI);
  },
  '/echo': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.headers));
  },
  '/redirect/none': (_req, res) => {
    res.writeHead(302).end();
  },
  '/missing': (_req, res) => {
    res
      .writeHead(404, 'Not Found', { 'content-type': 'text/html' })
      .end('<h1>This position has been filled</h1>');
  },
  '/unavailable': (_req, res) => {
    res.writeHead(503, 'Service Unavailable').end();
  },
  '/slow-headers': () => {
    // Never answers; the client's deadline has to end it.
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': 4096 });
    res.write('<!DOCTYPE html><html><body><h1>Site Reliability Manager</h1>');
  },
  '/huge-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': 50 * 1024 * 1024 });
    res.write(Buffer.alloc(16 * 1024, 0x20));
  },
  '/huge-streamed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      if (res.destroyed || sent >= 8 * 1024 * 1024) {
        res.end();
        return;
      }
      sent += chunk.length;
      if (res.write(chunk)) setImmediate(pump);
      else res.once('drain', pump);
    };
    pump();
  },
  '/bomb.gz': (_req, res) => {
    res
      .writeHead(200, {
        'content-type': 'text/html',
        'content-encoding': 'gzip',
        'content-length': GZIP_BOMB.length,
      })
      .end(GZIP_BOMB);
  },
  '/corrupt.gz': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      .end('<html>not gzip at all</html>');
  },
  '/compress': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' }).end('\x1f\x9d');
  },
};

/** Starts the fixture server on 127.0.0.1 with an ephemeral port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const hits: string[] = [];
  const headers = new Map<string, IncomingMessage['headers']>();
  let port = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    hits.push(path);
    headers.set(path, req.headers);
    const redirect = REDIRECTS[path];
    if (redirect) {
      res.writeHead(redirect[0], { location: redirect[1](port) }).end();
      return;
    }
    const route = ROUTES[path];
    if (route) route(req, res, port);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    headers,
    reset: () => {
      hits.length = 0;
      headers.clear();
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
