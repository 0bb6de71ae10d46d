/**
 * The consumer's IAM policy denies writes to any item whose partition key matches none of
 * CONSUMER_LEADING_KEYS (`dynamodb:LeadingKeys`). This runs the real consumer handler, with the
 * real writer, against dynalite and checks every key it writes against those patterns: when the
 * store gains an item type, this fails before a deployed consumer would be denied.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrichConsumer } from '../../functions/consumer/enrich-consumer.ts';
import { CountingMetrics } from '../../functions/consumer/pipeline-metrics.ts';
import { enrichPosting, loadTaxonomy } from '../../functions/enrichment/index.ts';
import { encodeEnvelope } from '../../functions/ingest/posting-envelope.ts';
import { type LocalRuntime, startLocalRuntime } from '../../functions/local/start-local-runtime.ts';
import { createListingWriter } from '../../functions/store/dynamodb-listing-writer.ts';
import { TABLE_KEYS } from '../../functions/store/table-definition.ts';
import { CONSUMER_LEADING_KEYS } from '../../lib/table-access.ts';
import { buildPosting, paragraphs } from '../factories/postings.ts';
import { buildSqsEvent } from '../factories/sqs-event.ts';

type AttributeMap = Record<string, { S?: string }>;
interface WriteInput {
  Item?: AttributeMap;
  Key?: AttributeMap;
  RequestItems?: Record<
    string,
    Array<{ PutRequest?: { Item: AttributeMap }; DeleteRequest?: { Key: AttributeMap } }>
  >;
  TransactItems?: Array<Record<string, WriteInput>>;
}

const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);

/** The partition keys a write request touches. */
function leadingKeysOf(input: WriteInput): string[] {
  const pk = (m: AttributeMap | undefined) => m?.[TABLE_KEYS.partitionKey.name]?.S;
  const keys = [pk(input.Item), pk(input.Key)];
  for (const requests of Object.values(input.RequestItems ?? {}))
    for (const r of requests) keys.push(pk(r.PutRequest?.Item), pk(r.DeleteRequest?.Key));
  for (const item of input.TransactItems ?? [])
    for (const op of Object.values(item)) keys.push(...leadingKeysOf(op));
  return keys.filter((k): k is string => k !== undefined);
}

/** IAM StringLike: `*` any run of characters, `?` one. */
const likeToRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    's',
  );

let runtime: LocalRuntime;
const written: string[] = [];

function recording(client: DynamoDBClient): DynamoDBClient {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (WRITES.has(context.commandName ?? '')) written.push(...leadingKeysOf(args.input as WriteInput));
      return next(args);
    },
    { step: 'initialize', name: 'recordLeadingKeys' },
  );
  return client;
}

beforeAll(async () => {
  runtime = await startLocalRuntime({ dataDir: null, logLevel: 'SILENT', consumer: { enabled: false } });
});
afterAll(async () => {
  await runtime?.stop();
});

describe('the keys the enrich consumer writes', () => {
  it('all match the dynamodb:LeadingKeys patterns its IAM policy allows', async () => {
    const handler = createEnrichConsumer({
      store: createListingWriter({
        client: recording(runtime.clients.dynamodb),
        tableName: runtime.tableName,
      }),
      taxonomy: loadTaxonomy(),
      enrich: enrichPosting,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      metrics: new CountingMetrics(),
    });
    const receivedAt = new Date().toISOString();
    const postings = [
      buildPosting(),
      buildPosting({
        title: 'Director of Nursing',
        source: { format: 'rss', url: 'https://care.example/jobs/2', externalId: null, file: null },
        blocks: paragraphs('Lead the nursing staff of a 200-bed hospital. Salary $150,000 a year.'),
      }),
      buildPosting({
        title: 'IT Manager',
        company: 'Fabrikam Credit Union',
        source: { format: 'rss', url: 'https://fabrikam.example/jobs/3', externalId: null, file: null },
      }),
    ];
    const event = buildSqsEvent(postings.map((posting) => encodeEnvelope({ v: 1, posting, receivedAt })));

    const response = await handler(event);
    // Redelivery: the same postings again write nothing new, or only listing-shaped keys.
    await handler(event);

    expect(response.batchItemFailures).toEqual([]);
    expect(written.length).toBeGreaterThan(0);
    const patterns = CONSUMER_LEADING_KEYS.map(likeToRegExp);
    const outside = written.filter((key) => !patterns.some((p) => p.test(key)));
    expect(outside).toEqual([]);
  });
});
