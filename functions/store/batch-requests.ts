/**
 * BatchWriteItem and BatchGetItem until everything is done. DynamoDB may answer a batch with
 * `UnprocessedItems` / `UnprocessedKeys` (throttling, a partition's ceiling) instead of an
 * error; the SDK does not retry those, so this module does, with exponential backoff and full
 * jitter (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html).
 * dynalite never returns them: the unit tests drive this path with aws-sdk-client-mock.
 */
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  type DynamoDBClient,
  type KeysAndAttributes,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { backoffDelay, DEFAULT_MAX_ATTEMPTS, sleep as defaultSleep, type RetryPolicy } from '../backoff.ts';
import type { Item } from './dynamodb-codec.ts';
import { StoreError } from './store-error.ts';

/** DynamoDB's per-call limits. */
export const BATCH_WRITE_LIMIT = 25;
export const BATCH_GET_LIMIT = 100;

export type { RetryPolicy } from '../backoff.ts';

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes (puts and deletes) every request to one table, 25 per call, retrying unprocessed
 * items with backoff.
 * @throws StoreError when items are still unprocessed after `maxAttempts` calls.
 */
export async function batchWriteAll(
  client: DynamoDBClient,
  tableName: string,
  requests: readonly WriteRequest[],
  policy: RetryPolicy = {},
): Promise<void> {
  const maxAttempts = policy.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const sleep = policy.sleep ?? defaultSleep;
  for (const part of chunk(requests, BATCH_WRITE_LIMIT)) {
    let pending: WriteRequest[] = part;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= maxAttempts) {
        throw new StoreError(
          `BatchWriteItem left ${pending.length} items unprocessed after ${maxAttempts} attempts`,
        );
      }
      if (attempt > 0) await sleep(backoffDelay(attempt, policy));
      const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = result.UnprocessedItems?.[tableName] ?? [];
    }
  }
}

/**
 * Reads every key from one table, 100 per call, retrying unprocessed keys with backoff.
 * Items come back in no particular order; missing items are simply absent.
 * @throws StoreError when keys are still unprocessed after `maxAttempts` calls.
 */
export async function batchGetAll(
  client: DynamoDBClient,
  tableName: string,
  keys: readonly Item[],
  options: { readonly consistentRead?: boolean; readonly projection?: readonly string[] } = {},
  policy: RetryPolicy = {},
): Promise<Item[]> {
  const maxAttempts = policy.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const sleep = policy.sleep ?? defaultSleep;
  const names = options.projection?.map((_, i) => `#p${i}`);
  const request = (batch: Item[]): KeysAndAttributes => ({
    Keys: batch,
    ConsistentRead: options.consistentRead ?? false,
    ...(options.projection && names
      ? {
          ProjectionExpression: names.join(', '),
          ExpressionAttributeNames: Object.fromEntries(
            names.map((n, i) => [n, options.projection?.[i] as string]),
          ),
        }
      : {}),
  });
  const out: Item[] = [];
  await Promise.all(
    chunk(keys, BATCH_GET_LIMIT).map(async (part) => {
      let pending: Item[] = part;
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt >= maxAttempts) {
          throw new StoreError(
            `BatchGetItem left ${pending.length} keys unprocessed after ${maxAttempts} attempts`,
          );
        }
        if (attempt > 0) await sleep(backoffDelay(attempt, policy));
        const result = await client.send(
          new BatchGetItemCommand({ RequestItems: { [tableName]: request(pending) } }),
        );
        out.push(...(result.Responses?.[tableName] ?? []));
        pending = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
    }),
  );
  return out;
}
