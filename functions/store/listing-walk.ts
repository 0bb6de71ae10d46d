/**
 * A walk over the stored listings enriched under another taxonomy version than `version`: a
 * paginated Scan (an operator's job, like the doctor; never a request path) of the listing
 * items, filtered on their `tv`, projecting what a re-enrichment needs (the kept posting, the
 * document, the receipt time). A page ends with DynamoDB's LastEvaluatedKey, which is the
 * walk's checkpoint: a walk started again from it sees the rest, and listings already
 * re-enriched drop out through the filter.
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { Posting } from '../enrichment/index.ts';
import type { Item } from './dynamodb-codec.ts';
import { decodePostingRaw, decodeStoredDocument, type StoredListing } from './listing-document.ts';
import { HEAD } from './listing-item.ts';
import type { WriterContext } from './listing-writer.ts';

/** One listing of a walk: what it says now and the posting it was enriched from (null: not kept). */
export interface WalkedListing {
  readonly id: string;
  readonly listing: StoredListing;
  readonly posting: Posting | null;
  readonly receivedAt: string;
  readonly taxonomyVersion: string;
}

export interface WalkPage {
  readonly listings: WalkedListing[];
  /** Where the next page starts; null: the walk is done. */
  readonly next: Item | null;
  /** Items the Scan evaluated (listings and others), for pacing and progress. */
  readonly scanned: number;
  /** Listing items that could not be read (damaged document or posting): left as they are. */
  readonly unreadable: string[];
}

/**
 * One page of listings not enriched under `version`, from `start` (null: the beginning).
 * `limit` bounds the items evaluated (DynamoDB's Scan Limit), so a page may hold none.
 */
export async function walkStaleListings(
  ctx: Pick<WriterContext, 'client' | 'tableName'>,
  version: string,
  start: Item | null,
  limit: number,
): Promise<WalkPage> {
  const out = await ctx.client.send(
    new ScanCommand({
      TableName: ctx.tableName,
      Limit: limit,
      FilterExpression: 'begins_with(#pk, :l) AND #sk = :sk AND (attribute_not_exists(#tv) OR #tv <> :v)',
      ProjectionExpression: '#id, #d, #raw, #rc, #tv, #pk, #sk',
      ExpressionAttributeNames: {
        '#pk': 'pk',
        '#sk': 'sk',
        '#id': 'id',
        '#d': HEAD.document,
        '#raw': HEAD.raw,
        '#rc': HEAD.receivedAt,
        '#tv': HEAD.taxonomyVersion,
      },
      ExpressionAttributeValues: { ':l': { S: 'L#' }, ':sk': { S: 'L' }, ':v': { S: version } },
      ...(start ? { ExclusiveStartKey: start } : {}),
    }),
  );
  const listings: WalkedListing[] = [];
  const unreadable: string[] = [];
  for (const item of out.Items ?? []) {
    const id = item.id?.S ?? item.pk?.S?.slice(2) ?? '';
    try {
      const raw = item[HEAD.raw]?.B;
      const stored = decodeStoredDocument(item[HEAD.document]?.B);
      listings.push({
        id,
        listing: stored.listing,
        posting: raw === undefined ? stored.posting : decodePostingRaw(raw),
        receivedAt: item[HEAD.receivedAt]?.S ?? '',
        taxonomyVersion: item[HEAD.taxonomyVersion]?.S ?? '',
      });
    } catch {
      unreadable.push(id);
    }
  }
  return { listings, next: out.LastEvaluatedKey ?? null, scanned: out.ScannedCount ?? 0, unreadable };
}
