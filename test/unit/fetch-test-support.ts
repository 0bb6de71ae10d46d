/** Assertions and fakes shared by the document fetcher's tests. */
import { expect, vi } from 'vitest';
import {
  FetchError,
  type FetchErrorCode,
  type FetchOptions,
  type FetchResult,
  fetchDocument,
  type LookupHost,
} from '../../functions/ingest/fetch-document.ts';

export async function fetchError(url: string, options?: FetchOptions): Promise<FetchError> {
  const error = await fetchDocument(url, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

export async function expectCode(
  url: string,
  options: FetchOptions | undefined,
  code: FetchErrorCode,
): Promise<FetchError> {
  const error = await fetchError(url, options);
  expect(error.code, error.message).toBe(code);
  expect(error.message).not.toContain('\n');
  return error;
}

export function okResult(result: FetchResult): Extract<FetchResult, { status: 'ok' }> {
  expect(result.status).toBe('ok');
  return result as Extract<FetchResult, { status: 'ok' }>;
}

/** A resolver that knows only the given names and fails the test if asked anything else. */
export function fakeLookup(table: Record<string, readonly string[]>): LookupHost & ReturnType<typeof vi.fn> {
  return vi.fn(async (hostname: string) => {
    const addresses = table[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  });
}

/** Lets `jobs.public.test` stand for a public careers site that is really the loopback fixture. */
export function publicFixtureHost(port: number, extra: Record<string, readonly string[]> = {}) {
  const lookup = fakeLookup({ 'jobs.public.test': ['127.0.0.1'], ...extra });
  const allowAddress = vi.fn(
    (address: string, hostname: string) => hostname === 'jobs.public.test' && address === '127.0.0.1',
  );
  return { lookup, allowAddress, origin: `http://jobs.public.test:${port}` };
}
