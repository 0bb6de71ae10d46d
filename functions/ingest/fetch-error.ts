/** Why a fetch failed; callers map these to HTTP problems, CLI messages or retry decisions. */
export type FetchErrorCode =
  | 'blocked-address'
  | 'bad-url'
  | 'too-large'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-status'
  | 'network';

/**
 * A failed document fetch. The message is one line and safe to show to the user who supplied
 * the URL: it names the host and path, never the query string or internal details.
 */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly code: FetchErrorCode;
  /** The HTTP status for `http-status`, null otherwise. */
  readonly status: number | null;

  constructor(code: FetchErrorCode, message: string, options: { cause?: unknown; status?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status ?? null;
  }
}

/** `https://host:port/path` of a URL for messages: no query (it may carry tokens), at most 200 chars. */
export function describeUrl(url: URL): string {
  const text = `${url.origin}${url.pathname}`;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
