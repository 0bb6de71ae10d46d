/**
 * How a listing is stored inside its item: its JSON, brotli-compressed (a listing's JSON repeats
 * field names and taxonomy words; brotli's built-in dictionary takes a 3-4 KB listing to about a
 * third, measured in `npm run bench -- cost`), bounded under DynamoDB's 400 KB item limit
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html#limits-items).
 * A listing never carries the posting's description, only short evidence quotes; a hostile or
 * huge posting can still make those (or a title) enormous, so strings are cut first (and the
 * listing says `truncated: true`), and a listing that still does not fit is refused with a
 * StoreError rather than written half. The ceiling leaves room in the item for the posting as
 * received (issue 17), compressed beside it.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import * as z from 'zod/mini';
import { type Listing, ListingSchema, type Posting, PostingSchema } from '../enrichment/index.ts';
import { StoreError } from './store-error.ts';

/** One place a job was seen at (issue 18): the posting's format and URL, first and last receipt. */
export interface ListingSource {
  readonly format: string;
  readonly url: string | null;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

/**
 * What the store adds to a listing, one listing per job (listing-writer.ts): every source the
 * job was seen at, when it was first and last seen, and the ids of other sources' postings
 * merged into it. (The job's identity is kept beside the document, in the item's `ji`.)
 */
export interface JobExtras {
  readonly sources?: readonly ListingSource[];
  readonly firstSeenAt?: string;
  readonly lastSeenAt?: string;
  readonly duplicates?: readonly string[];
}

/** A listing as the store returns it: `truncated` says that evidence or text was cut to fit. */
export type StoredListing = Listing & { readonly truncated?: true } & JobExtras;

const nullableString = () => z.nullable(z.string());
/** Built on first use, like the store's other schemas: the consumer's cold start pays for none it does not read. */
const JobExtrasSchema = z.lazy(() =>
  z.object({
    sources: z.optional(
      z.array(
        z.object({ format: z.string(), url: nullableString(), firstSeen: z.string(), lastSeen: z.string() }),
      ),
    ),
    firstSeenAt: z.optional(z.string()),
    lastSeenAt: z.optional(z.string()),
    duplicates: z.optional(z.array(z.string())),
  }),
);

/** The compressed document's ceiling: under half an item, the other half kept for the posting as received. */
export const DOC_MAX_BYTES = 150 * 1024;
/** JSON over this is trimmed before it is compressed. */
export const TRIM_ABOVE_BYTES = 32 * 1024;
/** Evidence quotes are cut to this many characters when a listing is over TRIM_ABOVE_BYTES. */
export const EVIDENCE_MAX_CHARS = 500;
/** Any other string is cut to this many characters in the same case. */
export const TEXT_MAX_CHARS = 4_000;

export interface EncodedDocument {
  /** The brotli-compressed listing JSON (or `[listing, posting]` JSON: {@link encodeListingDocument}). */
  readonly body: Uint8Array;
  readonly truncated: boolean;
  /** The JSON's size before compression. */
  readonly jsonBytes: number;
  /** Whether the posting as received is inside the document (then the item has no `raw`). */
  readonly withPosting: boolean;
}

/**
 * A posting whose JSON is at most this is compressed in one stream with its listing, as the
 * JSON array `[listing, posting]`: the two share the title, company, location, pay line and
 * evidence quotes, and one stream saves 320 of 1,493 bytes a bench-corpus posting against two
 * (1,173 B), which keeps most listing items under 2 KB (2 WRU, not 3: docs/write-path.md). A
 * larger posting is kept apart (`raw`), so a listing read never inflates a huge one.
 */
export const COMBINED_POSTING_MAX_BYTES = 32 * 1024;

/**
 * Quality 6 of 11 with a 64 KiB window (LGWIN 16): on the bench corpus's listings (2.4 KB of
 * JSON) it compresses to 919 B on average against 924 B at quality 9 with the default 4 MiB
 * window, in 0.33 ms instead of 81 ms a listing (a loaded 2-core machine, 2026-12-06): the large
 * window's set-up was most of `npm start`'s CPU time under `bench -- pipeline` (--cpu-prof).
 * Any window decodes with the same brotliDecompressSync.
 */
const compress = (json: string) =>
  brotliCompressSync(json, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 6,
      [constants.BROTLI_PARAM_LGWIN]: 16,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json),
    },
  });

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function trimListing(listing: StoredListing, evidenceMax: number, textMax: number): StoredListing {
  return {
    ...listing,
    title: cut(listing.title, textMax),
    company: listing.company === null ? null : cut(listing.company, textMax),
    source: {
      ...listing.source,
      url: listing.source.url === null ? null : cut(listing.source.url, textMax),
      externalId: listing.source.externalId === null ? null : cut(listing.source.externalId, textMax),
      file: listing.source.file === null ? null : cut(listing.source.file, textMax),
    },
    location: {
      ...listing.location,
      text: listing.location.text === null ? null : cut(listing.location.text, textMax),
    },
    role: {
      ...listing.role,
      evidence: listing.role.evidence.map((e) => ({ ...e, text: cut(e.text, evidenceMax) })),
    },
    skills: listing.skills.map((s) => ({ ...s, evidence: cut(s.evidence, evidenceMax) })),
    certifications: listing.certifications.map((c) => ({ ...c, evidence: cut(c.evidence, evidenceMax) })),
    salary: listing.salary === null ? null : { ...listing.salary, raw: cut(listing.salary.raw, textMax) },
  };
}

/**
 * Encodes a listing for its item, trimming when huge, always compressed.
 * @throws StoreError when even the trimmed, compressed listing is over DOC_MAX_BYTES.
 */
export function encodeListingDocument(listing: StoredListing, posting?: Posting | null): EncodedDocument {
  const json = JSON.stringify(listing);
  const bytes = Buffer.byteLength(json);
  if (bytes <= TRIM_ABOVE_BYTES) {
    const postingJson = posting ? JSON.stringify(posting) : '';
    if (posting && Buffer.byteLength(postingJson) <= COMBINED_POSTING_MAX_BYTES) {
      const both = `[${json},${postingJson}]`;
      const body = compress(both);
      if (body.byteLength <= DOC_MAX_BYTES)
        return { body, truncated: false, jsonBytes: Buffer.byteLength(both), withPosting: true };
    }
    const body = compress(json);
    if (body.byteLength <= DOC_MAX_BYTES)
      return { body, truncated: false, jsonBytes: bytes, withPosting: false };
  }
  const attempts: Array<[number, number]> = [
    [EVIDENCE_MAX_CHARS, TEXT_MAX_CHARS],
    [80, 400],
  ];
  for (const [evidenceMax, textMax] of attempts) {
    const trimmed = trimListing(listing, evidenceMax, textMax);
    const changed = JSON.stringify(trimmed) !== json;
    const out = JSON.stringify(changed ? { ...trimmed, truncated: true } : trimmed);
    const body = compress(out);
    if (body.byteLength <= DOC_MAX_BYTES) {
      return { body, truncated: changed, jsonBytes: Buffer.byteLength(out), withPosting: false };
    }
  }
  throw new StoreError(`listing ${listing.id} does not fit in an item even trimmed and compressed`);
}

/**
 * Decodes a stored document back to a listing, validated: a damaged item is a StoreError, not
 * a half-typed object.
 */
export function decodeListingDocument(body: Uint8Array | undefined): StoredListing {
  return decodeStoredDocument(body, false).listing;
}

/**
 * A stored document: its listing, and the posting as received when it was compressed with it
 * (null otherwise: look in the item's `raw`). Both validated.
 */
export function decodeStoredDocument(
  body: Uint8Array | undefined,
  withPosting = true,
): { listing: StoredListing; posting: Posting | null } {
  if (body === undefined) throw new StoreError('listing item has no document');
  let doc: unknown;
  try {
    doc = JSON.parse(brotliDecompressSync(body).toString('utf8'));
  } catch (error) {
    throw new StoreError('listing document is not compressed JSON', { cause: error });
  }
  const [raw, kept] = Array.isArray(doc) ? doc : [doc, undefined];
  let posting: Posting | null = null;
  if (withPosting && kept !== undefined) {
    const parsed = PostingSchema.safeParse(kept);
    if (!parsed.success)
      throw new StoreError('kept posting does not match the schema', { cause: parsed.error });
    posting = parsed.data;
  }
  return { listing: listingOf(raw), posting };
}

function listingOf(raw: unknown): StoredListing {
  const parsed = ListingSchema.safeParse(raw);
  if (!parsed.success)
    throw new StoreError('listing document does not match the schema', { cause: parsed.error });
  const extras = JobExtrasSchema.safeParse(raw);
  if (!extras.success)
    throw new StoreError('listing document does not match the schema', { cause: extras.error });
  const job = Object.fromEntries(Object.entries(extras.data).filter(([, v]) => v !== undefined));
  const truncated = (raw as { truncated?: unknown }).truncated === true;
  return truncated ? { ...parsed.data, ...job, truncated: true } : { ...parsed.data, ...job };
}

/**
 * A hash of what a listing says, its enrichment time and when its sources were seen left out:
 * equal hashes mean nothing to write (a repost of the same content moves no `lastSeen`, and
 * costs no write).
 */
export function contentHashOf(listing: StoredListing): string {
  const { enrichedAt: _e, firstSeenAt: _f, lastSeenAt: _l, sources, ...rest } = listing;
  const said = sources === undefined ? rest : { ...rest, sources: sources.map((s) => [s.format, s.url]) };
  return createHash('sha256').update(JSON.stringify(said)).digest('base64url').slice(0, 22);
}

/**
 * The posting as received (issue 17): the normalised input `enrichPosting` read, so that
 * re-enriching it under another taxonomy gives what a fresh ingest of it gives. Brotli like the
 * document; up to RAW_MAX_BYTES compressed (the other half of the item). A posting over that is
 * not kept (null): its listing is stored, and a re-enrichment reports it as not re-enrichable.
 */
export const RAW_MAX_BYTES = 200 * 1024;

/** The kept posting, compressed, or null when it is over RAW_MAX_BYTES compressed. */
export function encodePostingRaw(posting: Posting): Uint8Array | null {
  const body = compress(JSON.stringify(posting));
  return body.byteLength <= RAW_MAX_BYTES ? body : null;
}

/** A kept posting, validated: a damaged one is a StoreError. */
export function decodePostingRaw(body: Uint8Array): Posting {
  let raw: unknown;
  try {
    raw = JSON.parse(brotliDecompressSync(body).toString('utf8'));
  } catch (error) {
    throw new StoreError('kept posting is not compressed JSON', { cause: error });
  }
  const parsed = PostingSchema.safeParse(raw);
  if (!parsed.success)
    throw new StoreError('kept posting does not match the schema', { cause: parsed.error });
  return parsed.data;
}
