/**
 * The listing item and the facet items it owns, as stored. The listing item carries, besides
 * the listing document, the bookkeeping of the write protocol (listing-writer.ts): which facet
 * items and which benchmark contribution are in force, and while a write is in flight, the ops
 * still to apply and the lease of the writer applying them.
 */
import * as z from 'zod/mini';
import type { Listing } from '../enrichment/index.ts';
import type { AggregateOp } from './benchmark-aggregate.ts';
import { fromItem, type Item, type PlainObject, type PlainValue, toItem } from './dynamodb-codec.ts';
import type { FacetEntry, TableKey } from './listing-keys.ts';
import { listingKey } from './listing-keys.ts';
import { StoreError } from './store-error.ts';

/** `pending`: document written, facets and aggregates in progress; `applied`: markers to clean. */
export const WRITE_STATES = ['pending', 'applied', 'complete'] as const;
export type WriteState = (typeof WRITE_STATES)[number];

const KeySchema = z.object({ pk: z.string(), sk: z.string() });
const OpSchema = z.object({ pk: z.string(), add: z.record(z.string(), z.number()) });

export const ListingItemSchema = z.object({
  id: z.string(),
  rev: z.number().check(z.int(), z.positive()),
  state: z.enum(WRITE_STATES),
  doc: z.optional(z.string()),
  docz: z.optional(z.custom<Uint8Array>((v) => v instanceof Uint8Array)),
  truncated: z.boolean(),
  contentHash: z.string(),
  taxonomyVersion: z.string(),
  enrichedAt: z.string(),
  receivedAt: z.string(),
  firstReceivedAt: z.string(),
  listedAt: z.string(),
  facetKeys: z.array(KeySchema),
  contribution: z.array(OpSchema),
  pendingOps: z.optional(z.array(OpSchema)),
  previousFacetKeys: z.optional(z.array(KeySchema)),
  leaseOwner: z.optional(z.string()),
  leaseUntil: z.optional(z.number()),
});
export type ListingItem = z.infer<typeof ListingItemSchema>;

/** A stored listing item back to its typed form. */
export function parseListingItem(item: Item): ListingItem {
  const parsed = ListingItemSchema.safeParse(fromItem(item));
  if (!parsed.success) throw new StoreError('listing item is damaged', { cause: parsed.error });
  return parsed.data;
}

const keyValue = (k: TableKey): PlainObject => ({ pk: k.pk, sk: k.sk });
const opValue = (op: AggregateOp): PlainObject => ({ pk: op.pk, add: op.add });

/** A listing item to its DynamoDB form. */
export function listingItemToItem(item: ListingItem): Item {
  const value: PlainObject = {
    ...listingKey(item.id),
    id: item.id,
    rev: item.rev,
    state: item.state,
    doc: item.doc,
    docz: item.docz,
    truncated: item.truncated,
    contentHash: item.contentHash,
    taxonomyVersion: item.taxonomyVersion,
    enrichedAt: item.enrichedAt,
    receivedAt: item.receivedAt,
    firstReceivedAt: item.firstReceivedAt,
    listedAt: item.listedAt,
    facetKeys: item.facetKeys.map(keyValue),
    contribution: item.contribution.map(opValue),
    pendingOps: item.pendingOps?.map(opValue),
    previousFacetKeys: item.previousFacetKeys?.map(keyValue),
    leaseOwner: item.leaseOwner,
    leaseUntil: item.leaseUntil,
  };
  return toItem(value);
}

/**
 * A facet item: the key plus the attributes other filters test with a FilterExpression, so
 * `?tier=director&skill=okta` is one Query of the skill index filtered on tier.
 */
export function facetItemOf(
  entry: FacetEntry,
  listing: Listing,
  listedAt: string,
  companyValue: string | null,
): Item {
  const value: Record<string, PlainValue | undefined> = {
    pk: entry.pk,
    sk: entry.sk,
    id: listing.id,
    at: listedAt,
    tier: listing.role.tier ?? undefined,
    pos: listing.band?.position ?? undefined,
    skills: [...new Set(listing.skills.map((s) => s.id))],
    certs: [...new Set(listing.certifications.map((c) => c.id))],
    co: companyValue ?? undefined,
  };
  return toItem(value);
}

/** Two key lists' difference, by value. */
export function keysMinus(a: readonly TableKey[], b: readonly TableKey[]): TableKey[] {
  const drop = new Set(b.map((k) => `${k.pk}\u0000${k.sk}`));
  return a.filter((k) => !drop.has(`${k.pk}\u0000${k.sk}`));
}
