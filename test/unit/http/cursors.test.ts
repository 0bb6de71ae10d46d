import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCursorCodec, listingQueryHash } from '../../../functions/http/cursor-codec.ts';
import { ListingPageSchema } from '../../../functions/http/response-schemas.ts';
import type { ListingCursor } from '../../../functions/store/listing-store.ts';
import { InvalidCursorError } from '../../../functions/store/store-error.ts';
import { buildListing } from '../../factories/postings.ts';
import {
  type ApiHarness,
  CURSOR_SECRET,
  createHarness,
  expectProblem,
  startBackend,
  stopBackend,
} from './api-harness.ts';

const position: ListingCursor = {
  v: 1,
  f: 'tier:director',
  b: '2026-11',
  p: [null, '2026-11-02#a'],
  d: [false, true],
};

describe('cursor codec', () => {
  const codec = createCursorCodec({ secret: CURSOR_SECRET, now: () => new Date('2026-11-22T00:00:00Z') });
  const hash = listingQueryHash({ tier: 'director' }, 20);

  it('opens what it sealed, for the same query', () => {
    expect(codec.open(codec.seal(position, hash), hash)).toEqual(position);
  });

  it('binds a cursor to the filters and the limit', () => {
    const token = codec.seal(position, hash);

    expect(() => codec.open(token, listingQueryHash({ tier: 'vp' }, 20))).toThrow(/another query/);
    expect(() => codec.open(token, listingQueryHash({ tier: 'director' }, 21))).toThrow(/another query/);
  });

  it('treats spellings of one company and of one instant as the same query', () => {
    expect(listingQueryHash({ company: 'Acme, Inc.' }, 5)).toBe(listingQueryHash({ company: 'ACME inc' }, 5));
    expect(listingQueryHash({ since: '2026-11-01' }, 5)).toBe(
      listingQueryHash({ since: '2026-11-01T00:00:00Z' }, 5),
    );
  });

  it('refuses every single-character change to a token', () => {
    const token = codec.seal(position, hash);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i += 1) {
      const swapped = alphabet[(alphabet.indexOf(token[i] as string) + 1) % alphabet.length];
      const tampered = `${token.slice(0, i)}${swapped}${token.slice(i + 1)}`;
      // The last character may carry only padding bits: the bytes (and so the MAC) can stay the same.
      if (Buffer.from(tampered, 'base64url').equals(Buffer.from(token, 'base64url'))) continue;
      expect(() => codec.open(tampered, hash), `position ${i}`).toThrow(InvalidCursorError);
    }
  });

  it('refuses a cursor signed with another key', () => {
    const other = createCursorCodec({ secret: 'another-secret-of-at-least-32-characters' });

    expect(() => codec.open(other.seal(position, hash), hash)).toThrow(/not one this API issued/);
  });

  it('refuses a cursor past its expiry', () => {
    let now = new Date('2026-11-22T00:00:00Z');
    const clocked = createCursorCodec({ secret: CURSOR_SECRET, ttlSeconds: 60, now: () => now });
    const token = clocked.seal(position, hash);
    now = new Date('2026-11-22T00:01:01Z');

    expect(() => clocked.open(token, hash)).toThrow(/expired at 2026-11-22T00:01:00/);
  });

  it('refuses a secret too short to be a key', () => {
    expect(() => createCursorCodec({ secret: 'short' })).toThrow(RangeError);
  });
});

describe('GET /listings with a cursor', () => {
  let h: ApiHarness;
  let cursor: string;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    await h.put(
      Array.from({ length: 6 }, (_, i) => buildListing({ postedAt: `2026-11-0${i + 1}T10:00:00.000Z` })),
    );
    const first = ListingPageSchema.parse(
      await (await h.app.request('/listings?tier=director&limit=2')).json(),
    );
    cursor = first.nextCursor as string;
  });

  afterAll(stopBackend);

  it('answers the next page for the query that made the cursor', async () => {
    const response = await h.app.request(`/listings?tier=director&limit=2&cursor=${cursor}`);

    expect(response.status).toBe(200);
    expect(ListingPageSchema.parse(await response.json()).items).toHaveLength(2);
  });

  it.each([
    ['forged', 'eyJ2IjoxLCJmIjoidGllcjpkaXJlY3RvciJ9'],
    ['not base64url', 'abc.def/ghi'],
    ['truncated', 'AQ'],
    ['absurdly long', 'A'.repeat(9000)],
  ])('refuses a %s cursor with a 400, not a first page', async (_name, token) => {
    const problem = await expectProblem(
      await h.app.request(`/listings?tier=director&limit=2&cursor=${encodeURIComponent(token)}`),
      400,
    );

    expect(problem.type).toMatch(/invalid-(cursor|request)$/);
  });

  it('refuses a tampered cursor', async () => {
    const bytes = Buffer.from(cursor, 'base64url');
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 0x01;
    const problem = await expectProblem(
      await h.app.request(`/listings?tier=director&limit=2&cursor=${bytes.toString('base64url')}`),
      400,
    );

    expect(problem.type).toBe('urn:job-enrich:problem:invalid-cursor');
    expect(problem.detail).toContain('not one this API issued');
  });

  it('refuses a cursor sent with other filters or another limit', async () => {
    const otherTier = await expectProblem(
      await h.app.request(`/listings?tier=vp&limit=2&cursor=${cursor}`),
      400,
    );
    const otherLimit = await expectProblem(
      await h.app.request(`/listings?tier=director&limit=3&cursor=${cursor}`),
      400,
    );

    expect(otherTier.detail).toContain('belongs to another query');
    expect(otherLimit.detail).toContain('belongs to another query');
  });

  it('refuses a cursor a day old', async () => {
    h.setNow(new Date('2026-11-23T12:00:01.000Z'));
    try {
      const problem = await expectProblem(
        await h.app.request(`/listings?tier=director&limit=2&cursor=${cursor}`),
        400,
      );

      expect(problem.detail).toContain('the cursor expired');
    } finally {
      h.setNow(new Date('2026-11-22T12:00:00.000Z'));
    }
  });
});

describe('cursor length', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    // Enough listings that every one of the 16 shards of the unfiltered index holds a position.
    await h.put(
      Array.from({ length: 80 }, (_, i) =>
        buildListing({ postedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString() }),
      ),
    );
  });

  afterAll(stopBackend);

  it('stays under 512 characters on every page of the widest query, and pages through it all', async () => {
    const lengths: number[] = [];
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const query: string = `/listings?limit=7${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page = ListingPageSchema.parse(await (await h.app.request(query)).json());
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
      if (cursor !== null) lengths.push(cursor.length);
    } while (cursor !== null);

    expect(seen.size).toBe(80);
    expect(Math.max(...lengths)).toBeLessThan(512);
  });
});
