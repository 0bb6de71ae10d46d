/**
 * How a listing is stored inside its item, bounded under DynamoDB's 400 KB item limit
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html#limits-items).
 * A listing never carries the posting's description, only short evidence quotes; a hostile or
 * huge posting can still make those (or a title) enormous, so: strings are cut first (and the
 * listing says `truncated: true`), then the JSON is gzipped (`compressed`), and a listing that
 * still does not fit is refused with a StoreError rather than written half.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type Listing, ListingSchema } from '../enrichment/index.ts';
import { StoreError } from './store-error.ts';

/** A listing as the store returns it: `truncated` says that evidence or text was cut to fit. */
export type StoredListing = Listing & { readonly truncated?: true };

/** JSON up to this size is stored as plain text; above it, gzipped. */
export const PLAIN_DOC_MAX_BYTES = 32 * 1024;
/** The stored document's ceiling, leaving room for keys, bookkeeping and the aggregates' op list. */
export const DOC_MAX_BYTES = 300 * 1024;
/** Evidence quotes are cut to this many characters when a listing is over PLAIN_DOC_MAX_BYTES. */
export const EVIDENCE_MAX_CHARS = 500;
/** Any other string is cut to this many characters in the same case. */
export const TEXT_MAX_CHARS = 4_000;

export interface EncodedDocument {
  /** The listing JSON, when small. */
  readonly doc?: string;
  /** The gzipped listing JSON, when not. */
  readonly docz?: Uint8Array;
  readonly truncated: boolean;
  readonly compressed: boolean;
  readonly bytes: number;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function trimListing(listing: Listing, evidenceMax: number, textMax: number): Listing {
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
 * Encodes a listing for its item, trimming and compressing as needed.
 * @throws StoreError when even the trimmed, compressed listing is over DOC_MAX_BYTES.
 */
export function encodeListingDocument(listing: Listing): EncodedDocument {
  const json = JSON.stringify(listing);
  const bytes = Buffer.byteLength(json);
  if (bytes <= PLAIN_DOC_MAX_BYTES) return { doc: json, truncated: false, compressed: false, bytes };
  const attempts: Array<[number, number]> = [
    [EVIDENCE_MAX_CHARS, TEXT_MAX_CHARS],
    [80, 400],
  ];
  for (const [evidenceMax, textMax] of attempts) {
    const trimmed = trimListing(listing, evidenceMax, textMax);
    const changed = JSON.stringify(trimmed) !== json;
    const out = JSON.stringify(changed ? { ...trimmed, truncated: true } : trimmed);
    const docz = gzipSync(out);
    if (docz.byteLength <= DOC_MAX_BYTES) {
      return { docz, truncated: changed, compressed: true, bytes: docz.byteLength };
    }
  }
  throw new StoreError(`listing ${listing.id} does not fit in an item even trimmed and compressed`);
}

/**
 * Decodes a stored document back to a listing, validated: a damaged item is a StoreError, not
 * a half-typed object.
 */
export function decodeListingDocument(doc: string | undefined, docz: Uint8Array | undefined): StoredListing {
  let json: string;
  if (doc !== undefined) json = doc;
  else if (docz !== undefined) json = gunzipSync(docz).toString('utf8');
  else throw new StoreError('listing item has no document');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new StoreError('listing document is not JSON', { cause: error });
  }
  const parsed = ListingSchema.safeParse(raw);
  if (!parsed.success)
    throw new StoreError('listing document does not match the schema', { cause: parsed.error });
  const truncated = (raw as { truncated?: unknown }).truncated === true;
  return truncated ? { ...parsed.data, truncated: true } : parsed.data;
}

/** A hash of what a listing says, its enrichment time left out: equal hashes mean nothing to write. */
export function contentHashOf(listing: Listing): string {
  const { enrichedAt: _ignored, ...rest } = listing;
  return createHash('sha256').update(JSON.stringify(rest)).digest('base64url').slice(0, 22);
}
