import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../../functions/local/bootstrap.ts';
import {
  createLocalDynamoDbClient,
  createLocalItemReader,
} from '../../../functions/local/local-dynamodb-client.ts';
import { type RunningDynaliteThread, startDynaliteThread } from '../../../functions/local/start-emulators.ts';

const TABLE = 'reader-test';
let dynalite: RunningDynaliteThread;

beforeAll(async () => {
  dynalite = await startDynaliteThread();
});
afterAll(async () => {
  await dynalite.stop();
});

describe("the change log's item reader", () => {
  it('reads what the SDK reads, nothing for an absent key, and fails on an error answer', async () => {
    const client = createLocalDynamoDbClient({
      region: 'us-east-1',
      endpoint: dynalite.endpoint,
      requestHandler: dynalite.requestHandler,
    });
    await ensureTable(client, TABLE);
    const item = {
      pk: { S: 'L#constructor' },
      sk: { S: 'L' },
      n: { N: '3.50' },
      l: { L: [{ S: '__proto__' }, { BOOL: true }, { NULL: true }] },
      m: { M: { 'é €': { SS: ['a', 'b'] } } },
    };
    await client.send(new PutItemCommand({ TableName: TABLE, Item: item }));
    const read = createLocalItemReader(dynalite.requestHandler, TABLE);
    const viaSdk = await client.send(
      new GetItemCommand({ TableName: TABLE, Key: { pk: item.pk, sk: item.sk }, ConsistentRead: true }),
    );
    expect(await read('L#constructor', 'L')).toEqual(viaSdk.Item);
    expect(await read('L#absent', 'L')).toBeUndefined();
    await expect(createLocalItemReader(dynalite.requestHandler, 'no-such-table')('L#x', 'L')).rejects.toThrow(
      /ResourceNotFoundException/,
    );
    client.destroy();
  });
});
