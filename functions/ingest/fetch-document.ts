/**
 * Fetches a posting page or a feed from a user-supplied URL without letting that URL reach
 * anything but the public internet (SSRF): the CLI, `POST /ingest {"url"}` and the scheduled
 * feed pull all go through here.
 *
 * Every hop (the first URL and each redirect) is parsed, its host resolved once, every
 * resolved address vetted, and the connection pinned to those vetted addresses through the
 * socket's `lookup` hook, so a DNS answer that changes between check and connect (rebinding)
 * is never consulted. Redirects are followed by hand for that reason. Proxy environment
 * variables are ignored: node:http does not read them.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressKind, classifyAddress, isBlockedHostname } from './address-guard.ts';
import { describeUrl, FetchError } from './fetch-error.ts';
import { parseFetchUrl, resolveRedirect } from './fetch-url.ts';
import { readCappedBody, streamCappedBody } from './read-capped-body.ts';

export type { FetchErrorCode } from './fetch-error.ts';
export { FetchError } from './fetch-error.ts';

export const DEFAULT_USER_AGENT = 'job-enrich/0.1 (+https://github.com/job-enrich; postings enrichment)';
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Cap on a body read as a stream (`fetchDocumentStream`): a big aggregator feed, not a bomb. */
export const DEFAULT_MAX_STREAM_BYTES = 1024 * 1024 * 1024;
/** Cap on the whole of a streamed fetch: a 120 MB feed parses in about a minute on one core. */
export const DEFAULT_STREAM_TIMEOUT_MS = 4 * 60_000;
export const DEFAULT_MAX_REDIRECTS = 5;

const ACCEPT = [
  'text/html',
  'application/xhtml+xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/xml;q=0.9',
  'text/xml;q=0.9',
  'text/plain;q=0.8',
  '*/*;q=0.1',
].join(', ');

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

/** Resolves a host name to every address it has (like `dns.promises.lookup(name, { all: true })`). */
export type LookupHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface FetchOptions {
  /** ETag stored from the previous fetch; sent as If-None-Match. */
  readonly etag?: string | null;
  /** Last-Modified stored from the previous fetch; sent as If-Modified-Since. */
  readonly lastModified?: string | null;
  /** Cap on the decoded body. @default 5 MiB */
  readonly maxBytes?: number;
  /** Cap on the whole fetch: DNS, every redirect hop and the body. @default 10 000 ms */
  readonly timeoutMs?: number;
  /** Redirects followed before giving up. @default 5 */
  readonly maxRedirects?: number;
  /** @default DEFAULT_USER_AGENT */
  readonly userAgent?: string;
  /** Switches the address guard off entirely. ONLY for tests against a loopback server. */
  readonly allowPrivateAddresses?: boolean;
  /**
   * A narrow exception to the guard, asked for each resolved address that is not public.
   * For tests (a fixture host name served on 127.0.0.1); never derive it from user input.
   */
  readonly allowAddress?: (address: string, hostname: string) => boolean;
  /** Host resolution. @default dns.promises.lookup with `all: true` */
  readonly lookup?: LookupHost;
}

export type FetchResult =
  | {
      readonly status: 'ok';
      /** The final URL, after redirects. */
      readonly url: string;
      readonly contentType: string | null;
      readonly body: Uint8Array;
      readonly etag: string | null;
      readonly lastModified: string | null;
    }
  | {
      readonly status: 'not-modified';
      readonly url: string;
      readonly etag: string | null;
      readonly lastModified: string | null;
    };

interface Settings {
  readonly headers: OutgoingHttpHeaders;
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  readonly allowPrivateAddresses: boolean;
  readonly allowAddress: ((address: string, hostname: string) => boolean) | undefined;
  readonly lookup: LookupHost;
  readonly validators: { readonly etag: string | null; readonly lastModified: string | null };
}

/**
 * Fetches `url` with a GET, following up to `maxRedirects` redirects, and returns the decoded
 * body, or `not-modified` when the stored validators still match (HTTP 304).
 *
 * @example
 * const result = await fetchDocument(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
 * if (result.status === 'ok') store({ etag: result.etag, lastModified: result.lastModified });
 * @throws FetchError with a one-line message; `code` says which limit or rule was hit.
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const settings = resolveSettings(options);
  const signal = AbortSignal.timeout(settings.timeoutMs);
  const at = { current: parseFetchUrl(url) };
  try {
    const response = await followRedirects(at, settings, signal);
    return await readResult(at.current, response, settings);
  } catch (error) {
    throw toFetchError(error, at.current, settings, signal);
  }
}

/** What `fetchDocumentStream` answers: a 304, or the body as it arrives. */
export type FetchStreamResult =
  | Extract<FetchResult, { status: 'not-modified' }>
  | (Omit<Extract<FetchResult, { status: 'ok' }>, 'body'> & { readonly chunks: AsyncIterable<Uint8Array> });

/**
 * `fetchDocument` with the body handed over as it arrives instead of read whole: the same
 * address guard on every hop and the same caps, with defaults fit for a big feed
 * (`DEFAULT_MAX_STREAM_BYTES`, `DEFAULT_STREAM_TIMEOUT_MS`, the timeout covering the body too).
 * Failures while the body streams are thrown by the iteration, as `FetchError`s.
 */
export async function fetchDocumentStream(
  url: string,
  options: FetchOptions = {},
): Promise<FetchStreamResult> {
  const settings = resolveSettings({
    ...options,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_STREAM_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS,
  });
  const signal = AbortSignal.timeout(settings.timeoutMs);
  const at = { current: parseFetchUrl(url) };
  let response: IncomingMessage;
  try {
    response = await followRedirects(at, settings, signal);
    const head = await readResult(at.current, response, settings, true);
    if (head.status === 'not-modified') return head;
  } catch (error) {
    throw toFetchError(error, at.current, settings, signal);
  }
  const final = at.current;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      yield* streamCappedBody(response, settings.maxBytes);
    } catch (error) {
      throw toFetchError(error, final, settings, signal);
    }
  }
  return {
    status: 'ok',
    url: final.href,
    contentType: headerValue(response, 'content-type'),
    chunks: chunks(),
    etag: headerValue(response, 'etag'),
    lastModified: headerValue(response, 'last-modified'),
  };
}

/** GETs `at.current`, following up to `maxRedirects` redirects (each hop vetted); `at.current` ends as the final URL. */
async function followRedirects(
  at: { current: URL },
  settings: Settings,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  for (let redirects = 0; ; redirects += 1) {
    const addresses = await vetHost(at.current, settings, signal);
    const response = await sendRequest(at.current, addresses, settings, signal);
    const status = response.statusCode ?? 0;
    if (REDIRECT_STATUSES.has(status) && response.headers.location !== undefined) {
      response.destroy();
      if (redirects >= settings.maxRedirects) {
        throw new FetchError(
          'too-many-redirects',
          `more than ${settings.maxRedirects} redirects, last from ${describeUrl(at.current)}`,
        );
      }
      at.current = resolveRedirect(at.current, response.headers.location);
      continue;
    }
    return response;
  }
}

function resolveSettings(options: FetchOptions): Settings {
  const headers: OutgoingHttpHeaders = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: ACCEPT,
    // Only what read-capped-body decodes under the size cap; zstd needs Node 22.15+.
    'accept-encoding': 'gzip, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return {
    headers,
    maxBytes: positive(options.maxBytes, DEFAULT_MAX_BYTES),
    timeoutMs: positive(options.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxRedirects: Math.max(0, Math.floor(options.maxRedirects ?? DEFAULT_MAX_REDIRECTS)),
    allowPrivateAddresses: options.allowPrivateAddresses === true,
    allowAddress: options.allowAddress,
    lookup: options.lookup ?? lookupAll,
    validators: { etag: options.etag ?? null, lastModified: options.lastModified ?? null },
  };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

async function lookupAll(hostname: string): Promise<readonly ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true });
}

/**
 * The addresses `url`'s host may be reached at: all of them public (or excepted), or none.
 * Requiring every address, not just the first, matters because the socket may try any of them.
 */
async function vetHost(
  url: URL,
  settings: Settings,
  signal: AbortSignal,
): Promise<readonly ResolvedAddress[]> {
  const hostname = bareHostname(url);
  const literalFamily = isIP(hostname);
  if (literalFamily === 0 && !settings.allowPrivateAddresses && isBlockedHostname(hostname)) {
    throw new FetchError('blocked-address', `refusing ${hostname}: an internal host name`);
  }
  const resolved =
    literalFamily === 0
      ? await resolveHost(hostname, settings.lookup, signal)
      : [{ address: hostname, family: literalFamily }];
  const addresses = resolved.map(({ address }) => ({ address, family: isIP(address) }));
  if (addresses.length === 0) throw new FetchError('network', `${hostname} has no addresses`);
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === 'public' || settings.allowPrivateAddresses || settings.allowAddress?.(address, hostname))
      continue;
    const what = hostname === address ? address : `${hostname} (${address})`;
    throw new FetchError('blocked-address', `refusing ${what}: ${describeKind(kind)} address`);
  }
  return addresses;
}

async function resolveHost(
  hostname: string,
  lookup: LookupHost,
  signal: AbortSignal,
): Promise<readonly ResolvedAddress[]> {
  signal.throwIfAborted();
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([lookup(hostname), aborted]);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchError('network', `could not resolve ${hostname}`, { cause: error });
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function describeKind(kind: AddressKind): string {
  switch (kind) {
    case 'metadata':
      return 'a cloud metadata';
    case 'shared':
      return 'a carrier-grade NAT (shared)';
    case 'invalid':
      return 'an unparseable';
    case 'unspecified':
      return 'an unspecified';
    default:
      return `a ${kind}`;
  }
}

/** One GET whose socket can only connect to `addresses`, whatever DNS says by then. */
function sendRequest(
  url: URL,
  addresses: readonly ResolvedAddress[],
  settings: Settings,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request({
      protocol: url.protocol,
      hostname: bareHostname(url),
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: settings.headers,
      // A fresh agent per request: a pooled socket could outlive the check that vetted it.
      agent: false,
      lookup: pinLookup(addresses),
      signal,
    });
    request.on('error', reject);
    request.on('response', resolve);
    request.end();
  });
}

function pinLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const [first] = addresses;
    if (options.all)
      callback(
        null,
        addresses.map(({ address, family }) => ({ address, family })),
      );
    else if (first) callback(null, first.address, first.family);
    else callback(new Error('no vetted address'), '');
  };
}

async function readResult(
  url: URL,
  response: IncomingMessage,
  settings: Settings,
  headOnly = false,
): Promise<FetchResult> {
  const status = response.statusCode ?? 0;
  const etag = headerValue(response, 'etag');
  const lastModified = headerValue(response, 'last-modified');
  if (status === 304) {
    response.destroy();
    // A 304 may omit the validators; the stored ones are still the current ones then.
    return {
      status: 'not-modified',
      url: url.href,
      etag: etag ?? settings.validators.etag,
      lastModified: lastModified ?? settings.validators.lastModified,
    };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    const reason = response.statusMessage ? ` ${response.statusMessage.slice(0, 60)}` : '';
    throw new FetchError('http-status', `HTTP ${status}${reason} from ${describeUrl(url)}`, { status });
  }
  const body = headOnly ? new Uint8Array(0) : await readCappedBody(response, settings.maxBytes);
  return {
    status: 'ok',
    url: url.href,
    contentType: headerValue(response, 'content-type'),
    body,
    etag,
    lastModified,
  };
}

function headerValue(
  response: IncomingMessage,
  name: 'etag' | 'last-modified' | 'content-type',
): string | null {
  const value = response.headers[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function toFetchError(error: unknown, url: URL, settings: Settings, signal: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) {
    return new FetchError(
      'timeout',
      `no complete response within ${settings.timeoutMs} ms from ${describeUrl(url)}`,
      {
        cause: error,
      },
    );
  }
  const detail = error instanceof Error ? `: ${error.message.split('\n')[0]?.slice(0, 120)}` : '';
  return new FetchError('network', `could not fetch ${describeUrl(url)}${detail}`, { cause: error });
}

/** The host as sockets and lookups want it: `[::1]` becomes `::1`. */
function bareHostname(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}
