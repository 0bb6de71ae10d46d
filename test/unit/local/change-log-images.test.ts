/**
 * What the local change log records as a write's new image without reading the table again:
 * only what the write itself proves (a put's item, a delete, a batch with nothing unprocessed);
 * anything else answers null, and the log reads the table.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { imagesAfterWrite } from '../../../functions/local/change-log.ts';

type Image = Record<string, AttributeValue>;
const TABLE = 'listings';
const item = (id: string, extra: Image = {}): Image => ({ pk: { S: `L#${id}` }, sk: { S: 'L' }, ...extra });
const keyOf = (id: string) => [`L#${id}`, 'L'] as const;

describe('imagesAfterWrite', () => {
  it('takes a put item as the new image, without its binary attributes', () => {
    const put = item('a', { t: { S: 'director' }, doc: { B: new Uint8Array([1, 2]) } });
    expect(
      imagesAfterWrite('PutItemCommand', { TableName: TABLE, Item: put }, {}, TABLE, [keyOf('a')], [null]),
    ).toEqual([item('a', { t: { S: 'director' } })]);
  });

  it('records a delete as no item', () => {
    const old = item('a', { t: { S: 'manager' } });
    expect(
      imagesAfterWrite(
        'DeleteItemCommand',
        { TableName: TABLE, Key: item('a') },
        {},
        TABLE,
        [keyOf('a')],
        [old],
      ),
    ).toEqual([null]);
  });

  it('reads a batch per request, keeps the old image of a key it does not write, and gives up on unprocessed requests', () => {
    const input = {
      RequestItems: {
        [TABLE]: [
          { PutRequest: { Item: item('a', { t: { S: 'vp' } }) } },
          { DeleteRequest: { Key: item('b') } },
        ],
        other: [{ PutRequest: { Item: item('c', { t: { S: 'elsewhere' } }) } }],
      },
    };
    const olds = [null, item('b', { t: { S: 'manager' } }), item('c', { t: { S: 'kept' } })];
    const keys = [keyOf('a'), keyOf('b'), keyOf('c')];
    expect(imagesAfterWrite('BatchWriteItemCommand', input, {}, TABLE, keys, olds)).toEqual([
      item('a', { t: { S: 'vp' } }),
      null,
      item('c', { t: { S: 'kept' } }),
    ]);
    const unprocessed = { UnprocessedItems: { [TABLE]: [input.RequestItems[TABLE][1]] } };
    expect(imagesAfterWrite('BatchWriteItemCommand', input, unprocessed, TABLE, keys, olds)).toBeNull();
  });

  it('leaves updates and transactions to a read', () => {
    for (const name of ['UpdateItemCommand', 'TransactWriteItemsCommand'])
      expect(
        imagesAfterWrite(name, { TableName: TABLE, Key: item('a') }, {}, TABLE, [keyOf('a')], [null]),
      ).toBeNull();
  });
});
