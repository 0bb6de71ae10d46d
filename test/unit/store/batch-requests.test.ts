import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { batchGetAll, batchWriteAll } from '../../../functions/store/batch-requests.ts';
import { StoreError } from '../../../functions/store/store-error.ts';

const TABLE = 'listings';
const ddb = mockClient(DynamoDBClient);
const client = new DynamoDBClient({ region: 'us-east-1' });
const put = (n: number): WriteRequest => ({ PutRequest: { Item: { pk: { S: `p${n}` }, sk: { S: 's' } } } });
const noWait = { sleep: async () => undefined, random: () => 0.5 };

afterEach(() => ddb.reset());

describe('batchWriteAll', () => {
  it('writes 60 requests in chunks of 25', async () => {
    ddb.on(BatchWriteItemCommand).resolves({ UnprocessedItems: {} });

    await batchWriteAll(
      client,
      TABLE,
      Array.from({ length: 60 }, (_, i) => put(i)),
      noWait,
    );

    const sizes = ddb
      .commandCalls(BatchWriteItemCommand)
      .map((c) => c.args[0].input.RequestItems?.[TABLE]?.length);
    expect(sizes).toEqual([25, 25, 10]);
  });

  it('retries only the unprocessed items, with a growing backoff, until all are written', async () => {
    const waits: number[] = [];
    ddb
      .on(BatchWriteItemCommand)
      .resolvesOnce({ UnprocessedItems: { [TABLE]: [put(1), put(2)] } })
      .resolvesOnce({ UnprocessedItems: { [TABLE]: [put(2)] } })
      .resolvesOnce({});

    await batchWriteAll(client, TABLE, [put(0), put(1), put(2)], {
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 1,
      baseDelayMs: 10,
    });

    const calls = ddb.commandCalls(BatchWriteItemCommand).map((c) => c.args[0].input.RequestItems?.[TABLE]);
    expect(calls).toEqual([[put(0), put(1), put(2)], [put(1), put(2)], [put(2)]]);
    expect(waits).toEqual([20, 40]);
  });

  it('gives up with a StoreError when items stay unprocessed', async () => {
    ddb.on(BatchWriteItemCommand).resolves({ UnprocessedItems: { [TABLE]: [put(1)] } });

    await expect(batchWriteAll(client, TABLE, [put(1)], { ...noWait, maxAttempts: 3 })).rejects.toThrow(
      StoreError,
    );
    expect(ddb.commandCalls(BatchWriteItemCommand)).toHaveLength(3);
  });

  it('makes no call for no requests', async () => {
    await batchWriteAll(client, TABLE, [], noWait);

    expect(ddb.commandCalls(BatchWriteItemCommand)).toHaveLength(0);
  });
});

describe('batchGetAll', () => {
  it('retries unprocessed keys and returns every item once', async () => {
    const key = (n: number) => ({ pk: { S: `p${n}` }, sk: { S: 's' } });
    ddb
      .on(BatchGetItemCommand)
      .resolvesOnce({ Responses: { [TABLE]: [key(0)] }, UnprocessedKeys: { [TABLE]: { Keys: [key(1)] } } })
      .resolvesOnce({ Responses: { [TABLE]: [key(1)] } });

    const items = await batchGetAll(client, TABLE, [key(0), key(1)], {}, noWait);

    expect(items).toEqual([key(0), key(1)]);
    expect(ddb.commandCalls(BatchGetItemCommand)[1]?.args[0].input.RequestItems?.[TABLE]?.Keys).toEqual([
      key(1),
    ]);
  });
});
