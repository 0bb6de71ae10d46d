/**
 * The write half of the DynamoDB listing store on its own: all the enrich consumer needs, so its
 * bundle carries no query, benchmark or feed-source code (see dynamodb-listing-store.ts for the
 * whole store, which writes through the same context).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Listing } from '../enrichment/index.ts';
import type { RetryPolicy } from './batch-requests.ts';
import type { ListingStore, PutListingOptions, PutListingResult } from './listing-store.ts';
import { type WriterContext, writeListing } from './listing-writer.ts';

export interface ListingWriterOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** @default Date.now */
  readonly now?: () => number;
  readonly retry?: RetryPolicy;
}

/** The context `writeListing` runs in, from the store's options. */
export function writerContext(options: ListingWriterOptions): WriterContext {
  return { client: options.client, tableName: options.tableName, retry: options.retry ?? {} };
}

/** A store that can only write listings, as the consumer uses one. */
export function createListingWriter(options: ListingWriterOptions): Pick<ListingStore, 'putListing'> {
  const context = writerContext(options);
  return {
    putListing: (listing: Listing, put: PutListingOptions): Promise<PutListingResult> =>
      writeListing(context, listing, put),
  };
}
