/**
 * The ListingStore on DynamoDB (and on dynalite / DynamoDB Local, which speak its API).
 * The write protocol is in listing-writer.ts, the query merge in listing-query.ts; feed
 * sources, seen markers and benchmark reads are small enough to live here.
 */
import {
  type AttributeValue,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { Listing } from '../enrichment/index.ts';
import { batchGetAll, batchWriteAll, type RetryPolicy } from './batch-requests.ts';
import type { BenchmarkAggregate, BenchmarkScope } from './benchmark-aggregate.ts';
import { BenchmarkReader, type BenchmarkReaderOptions } from './benchmark-reader.ts';
import { fromItem, toItem } from './dynamodb-codec.ts';
import { type ListingWriterOptions, writerContext } from './dynamodb-listing-writer.ts';
import { decodeListingDocument } from './listing-document.ts';
import { HEAD } from './listing-item.ts';
import { listingKey } from './listing-keys.ts';
import { getListingsById, queryListingPage } from './listing-query.ts';
import {
  type FeedSource,
  FeedSourceSchema,
  type FeedValidators,
  type ListingPage,
  type ListingQuery,
  type ListingStore,
  type PutListingOptions,
  type PutListingResult,
  type StoredListing,
} from './listing-store.ts';
import { type WriterContext, writeListing } from './listing-writer.ts';
import { StoreError } from './store-error.ts';
import { ALIAS_ATTRIBUTE, TTL_ATTRIBUTE } from './table-definition.ts';

export interface DynamoDbListingStoreOptions extends ListingWriterOptions {
  /**
   * How long a feed posting stays seen. A posting still listed after that is enqueued once
   * more, which stores nothing new unless the taxonomy changed meanwhile.
   * @default 180 days
   */
  readonly seenForSeconds?: number;
  /** Benchmark reads (benchmark-reader.ts): cache, source, the wait before a kept aggregate. */
  readonly benchmarkCacheMs?: BenchmarkReaderOptions['benchmarkCacheMs'];
  readonly benchmarks?: BenchmarkReaderOptions['benchmarks'];
  readonly beforeBenchmarkRead?: BenchmarkReaderOptions['beforeBenchmarkRead'];
}

const FEEDS_PK = 'FEED';
const seenPk = (sourceId: string) => `S#${sourceId}`;
const SEEN_FOR_SECONDS = 180 * 24 * 3600;

/** The DynamoDB implementation of {@link ListingStore}. */
export class DynamoDbListingStore implements ListingStore {
  readonly #client: DynamoDBClient;
  readonly #table: string;
  readonly #writer: WriterContext;
  readonly #retry: RetryPolicy;
  readonly #now: () => number;
  readonly #seenForSeconds: number;
  readonly #benchmarks: BenchmarkReader;

  constructor(options: DynamoDbListingStoreOptions) {
    this.#client = options.client;
    this.#table = options.tableName;
    this.#retry = options.retry ?? {};
    this.#now = options.now ?? Date.now;
    this.#seenForSeconds = options.seenForSeconds ?? SEEN_FOR_SECONDS;
    this.#writer = writerContext({ ...options, retry: this.#retry });
    this.#benchmarks = new BenchmarkReader({
      client: options.client,
      tableName: options.tableName,
      now: this.#now,
      ...(options.benchmarkCacheMs !== undefined ? { benchmarkCacheMs: options.benchmarkCacheMs } : {}),
      ...(options.benchmarks !== undefined ? { benchmarks: options.benchmarks } : {}),
      ...(options.beforeBenchmarkRead !== undefined
        ? { beforeBenchmarkRead: options.beforeBenchmarkRead }
        : {}),
    });
  }

  putListing(listing: Listing, options: PutListingOptions): Promise<PutListingResult> {
    return writeListing(this.#writer, listing, options);
  }

  /** A listing by id; the id of a posting merged into another source's listing of the same job gives that listing. */
  async getListing(id: string): Promise<StoredListing | null> {
    const first = await this.#readDocument(id);
    if (first === null || 'listing' in first) return first?.listing ?? null;
    const target = await this.#readDocument(first.alias);
    return target !== null && 'listing' in target ? target.listing : null;
  }

  async #readDocument(id: string): Promise<{ listing: StoredListing } | { alias: string } | null> {
    const k = listingKey(id);
    const out = await this.#client.send(
      new GetItemCommand({
        TableName: this.#table,
        Key: { pk: { S: k.pk }, sk: { S: k.sk } },
        ProjectionExpression: '#d, #al',
        ExpressionAttributeNames: { '#d': HEAD.document, '#al': ALIAS_ATTRIBUTE },
      }),
    );
    if (!out.Item) return null;
    const alias = out.Item[ALIAS_ATTRIBUTE]?.S;
    if (alias !== undefined) return { alias };
    return { listing: decodeListingDocument(out.Item[HEAD.document]?.B) };
  }

  getListings(ids: readonly string[]): Promise<StoredListing[]> {
    return getListingsById({ client: this.#client, tableName: this.#table, retry: this.#retry }, ids);
  }

  queryListings(query: ListingQuery): Promise<ListingPage> {
    return queryListingPage({ client: this.#client, tableName: this.#table, retry: this.#retry }, query);
  }

  getBenchmarkAggregate(scope: BenchmarkScope): Promise<BenchmarkAggregate> {
    return this.#benchmarks.getBenchmarkAggregate(scope);
  }

  async listFeedSources(): Promise<FeedSource[]> {
    const sources: FeedSource[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const out = await this.#client.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': 'pk' },
          ExpressionAttributeValues: { ':pk': { S: FEEDS_PK } },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) {
        const parsed = FeedSourceSchema.safeParse(fromItem(item));
        if (!parsed.success) throw new StoreError('feed source item is damaged', { cause: parsed.error });
        sources.push(parsed.data);
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return sources;
  }

  async putFeedSource(source: FeedSource): Promise<void> {
    const valid = FeedSourceSchema.parse(source);
    await batchWriteAll(
      this.#client,
      this.#table,
      [{ PutRequest: { Item: toItem({ pk: FEEDS_PK, sk: valid.id, ...valid }) } }],
      this.#retry,
    );
  }

  async deleteFeedSource(sourceId: string): Promise<boolean> {
    const out = await this.#client.send(
      new DeleteItemCommand({
        TableName: this.#table,
        Key: { pk: { S: FEEDS_PK }, sk: { S: sourceId } },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return out.Attributes !== undefined;
  }

  async recordFeedFetch(sourceId: string, validators: FeedValidators): Promise<void> {
    await this.#client.send(
      new UpdateItemCommand({
        TableName: this.#table,
        Key: { pk: { S: FEEDS_PK }, sk: { S: sourceId } },
        UpdateExpression: 'SET #etag = :etag, #lm = :lm, #at = :at, #status = :status',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: {
          '#etag': 'etag',
          '#lm': 'lastModified',
          '#at': 'lastFetchedAt',
          '#status': 'lastStatus',
        },
        ExpressionAttributeValues: toItem({
          ':etag': validators.etag,
          ':lm': validators.lastModified,
          ':at': validators.fetchedAt,
          ':status': validators.status.slice(0, 500),
        }),
      }),
    );
  }

  async findUnseen(sourceId: string, keys: readonly string[]): Promise<string[]> {
    const unique = [...new Set(keys)];
    const items = await batchGetAll(
      this.#client,
      this.#table,
      unique.map((k) => ({ pk: { S: seenPk(sourceId) }, sk: { S: k } })),
      { projection: ['sk', TTL_ATTRIBUTE] },
      this.#retry,
    );
    // DynamoDB deletes an expired marker days late at best, dynalite never: expiry is read here.
    // A marker from before markers expired has no expiry and stays.
    const nowSeconds = this.#now() / 1000;
    const live = (item: Record<string, AttributeValue>) => {
      const expiresAt = item[TTL_ATTRIBUTE]?.N;
      return expiresAt === undefined || Number(expiresAt) > nowSeconds;
    };
    const seen = new Set(items.filter(live).map((i) => i.sk?.S));
    return unique.filter((k) => !seen.has(k));
  }

  async markSeen(sourceId: string, keys: readonly string[]): Promise<void> {
    const expiresAt = { N: String(Math.floor(this.#now() / 1000) + this.#seenForSeconds) };
    await batchWriteAll(
      this.#client,
      this.#table,
      [...new Set(keys)].map((k) => ({
        PutRequest: { Item: { pk: { S: seenPk(sourceId) }, sk: { S: k }, [TTL_ATTRIBUTE]: expiresAt } },
      })),
      this.#retry,
    );
  }
}
