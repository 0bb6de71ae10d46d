/**
 * Vets a feed source's URL when it is added (`POST /feeds`), with the same rules the fetcher
 * applies on every fetch (fetch-url.ts, address-guard.ts): http(s) only, no credentials, no
 * non-web port, no internal host name, and every address the host resolves to public. A feed
 * that passes here is still vetted again at each fetch, since DNS can change in between.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyAddress, isBlockedHostname } from './address-guard.ts';
import type { LookupHost, ResolvedAddress } from './fetch-document.ts';
import { FetchError } from './fetch-error.ts';
import { parseFetchUrl } from './fetch-url.ts';

export interface FeedUrlOptions {
  /** @default dns.promises.lookup with `all: true` */
  readonly lookup?: LookupHost;
  /** Cap on resolving the host. @default 5 000 ms */
  readonly timeoutMs?: number;
}

const lookupAll: LookupHost = (hostname) => dnsLookup(hostname, { all: true });

/**
 * The URL, normalised, when a feed may be fetched from it.
 * @throws FetchError `bad-url` (scheme, credentials, port, syntax), `blocked-address` (an internal
 *   name or a private, loopback, link-local, metadata... address) or `network` (the host does not
 *   resolve, so it cannot be vetted).
 */
export async function checkFeedUrl(input: string, options: FeedUrlOptions = {}): Promise<URL> {
  const url = parseFetchUrl(input);
  url.hash = '';
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(hostname);
  if (family === 0 && isBlockedHostname(hostname))
    throw new FetchError('blocked-address', `refusing ${hostname}: an internal host name`);
  let addresses: readonly ResolvedAddress[];
  if (family !== 0) addresses = [{ address: hostname, family }];
  else {
    try {
      addresses = await withTimeout((options.lookup ?? lookupAll)(hostname), options.timeoutMs ?? 5_000);
    } catch (error) {
      throw new FetchError('network', `${hostname} does not resolve, so it cannot be vetted`, {
        cause: error,
      });
    }
    if (addresses.length === 0) throw new FetchError('network', `${hostname} has no addresses`);
  }
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === 'public') continue;
    const what = hostname === address ? address : `${hostname} (${address})`;
    throw new FetchError('blocked-address', `refusing ${what}: not a public address (${kind})`);
  }
  return url;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
