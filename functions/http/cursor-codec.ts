/**
 * Listing cursors as clients see them: opaque base64url tokens that the API alone can mint.
 *
 * Token = base64url( version (1 byte) ‖ HMAC-SHA256 truncated to 16 bytes ‖ deflated JSON
 * payload ), the MAC computed over version ‖ payload with the key from config (CURSOR_SECRET).
 * Deflating and a 128-bit tag (RFC 2104 §5 allows truncation to half the hash) keep a cursor over
 * 16 shards under 512 characters (it was 1,368), short enough for a URL a person copies. The payload holds the
 * store's position (ListingCursor), the hash of the query that produced it and an expiry, so:
 *   - a tampered or invented token fails the MAC (compared in constant time);
 *   - a genuine token replayed on another query (other filters or limit) fails the query hash;
 *   - an old token fails the expiry, so positions into a long-changed index are not resumed.
 * Each is an InvalidCursorError (a 400), never a silent first page.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as z from 'zod/mini';
import { companyKey } from '../store/listing-keys.ts';
import { type ListingCursor, ListingCursorSchema, type ListingFilters } from '../store/listing-store.ts';
import { InvalidCursorError } from '../store/store-error.ts';

const VERSION = 2;
const MAC_BYTES = 16;
/** Far above any real cursor (64 shards × 400 chars would be the store's own ceiling). */
export const MAX_CURSOR_CHARS = 8_192;
/** The most a deflated payload may inflate to (the schema's ceilings, with room). */
const MAX_PAYLOAD_BYTES = 64 * 1024;

const PayloadSchema = z.strictObject({
  /** The query's hash (base64url). */
  q: z.string(),
  /** Expiry, seconds since the epoch. */
  e: z.int(),
  c: ListingCursorSchema,
});

export interface CursorCodecOptions {
  /** The HMAC key (at least 32 characters). */
  readonly secret: string;
  /** How long a cursor stays valid. @default 86 400 (a day) */
  readonly ttlSeconds?: number;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

export interface CursorCodec {
  /** Mints the token of a store cursor for the query `queryHash` identifies. */
  seal(cursor: ListingCursor, queryHash: string): string;
  /**
   * Opens a token, checking MAC, expiry and query.
   * @throws InvalidCursorError naming which check failed.
   */
  open(token: string, queryHash: string): ListingCursor;
}

/**
 * The hash a cursor is bound to: the query's filters as the store sees them (company as its
 * facet key, `since` as an ISO instant) and the page size.
 */
export function listingQueryHash(filters: ListingFilters, limit: number): string {
  const normal: Record<string, string | number> = { limit };
  for (const [name, value] of Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === undefined) continue;
    if (name === 'company') normal[name] = companyKey(String(value));
    else if (name === 'since') normal[name] = new Date(String(value)).toISOString();
    else normal[name] = String(value);
  }
  return createHash('sha256').update(JSON.stringify(normal)).digest('base64url').slice(0, 22);
}

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A codec that seals and opens cursors with one key. */
export function createCursorCodec(options: CursorCodecOptions): CursorCodec {
  if (options.secret.length < 32) throw new RangeError('the cursor secret must be at least 32 characters');
  const key = Buffer.from(options.secret, 'utf8');
  const ttl = options.ttlSeconds ?? 86_400;
  const now = options.now ?? (() => new Date());
  const mac = (version: Buffer, payload: Buffer) =>
    createHmac('sha256', key).update(version).update(payload).digest().subarray(0, MAC_BYTES);

  return {
    seal(cursor, queryHash) {
      const payload = deflateRawSync(
        JSON.stringify({ q: queryHash, e: Math.floor(now().getTime() / 1000) + ttl, c: cursor }),
        { level: 9 },
      );
      const version = Buffer.from([VERSION]);
      return Buffer.concat([version, mac(version, payload), payload]).toString('base64url');
    },

    open(token, queryHash) {
      if (token.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(token))
        throw new InvalidCursorError('the cursor is not one this API issued');
      const raw = Buffer.from(token, 'base64url');
      if (raw.length <= 1 + MAC_BYTES || raw[0] !== VERSION)
        throw new InvalidCursorError('the cursor is not one this API issued');
      const version = raw.subarray(0, 1);
      const given = raw.subarray(1, 1 + MAC_BYTES);
      const payload = raw.subarray(1 + MAC_BYTES);
      if (!timingSafeEqual(given, mac(version, payload)))
        throw new InvalidCursorError('the cursor is not one this API issued (or it was altered)');
      let json: unknown;
      try {
        json = JSON.parse(inflateRawSync(payload, { maxOutputLength: MAX_PAYLOAD_BYTES }).toString('utf8'));
      } catch (error) {
        throw new InvalidCursorError('the cursor is damaged', { cause: error });
      }
      const parsed = PayloadSchema.safeParse(json);
      if (!parsed.success) throw new InvalidCursorError('the cursor is damaged', { cause: parsed.error });
      if (parsed.data.e * 1000 <= now().getTime())
        throw new InvalidCursorError(`the cursor expired at ${new Date(parsed.data.e * 1000).toISOString()}`);
      if (!sameText(parsed.data.q, queryHash))
        throw new InvalidCursorError(
          'the cursor belongs to another query: send it with the same filters and limit as the request that returned it',
        );
      return parsed.data.c;
    },
  };
}
