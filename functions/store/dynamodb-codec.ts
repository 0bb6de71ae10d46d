/**
 * Plain values to DynamoDB attribute values and back. Written here rather than taken from
 * `@aws-sdk/util-dynamodb` because that package is not a dependency and the store only needs
 * strings, numbers, booleans, null, binary, lists and maps.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** What the store puts into an item: JSON-like values plus binary. */
export type PlainValue = string | number | boolean | null | Uint8Array | readonly PlainValue[] | PlainObject;
export interface PlainObject {
  readonly [key: string]: PlainValue | undefined;
}

export type Item = Record<string, AttributeValue>;

/** Converts one plain value; `undefined` members of objects are left out, as DynamoDB has no undefined. */
export function toAttributeValue(value: PlainValue): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cannot store the number ${value}`);
    return { N: String(value) };
  }
  if (typeof value === 'boolean') return { BOOL: value };
  if (value instanceof Uint8Array) return { B: value };
  if (Array.isArray(value)) return { L: value.map((v: PlainValue) => toAttributeValue(v)) };
  return { M: toItem(value as PlainObject) };
}

/** Converts an object to an item (a map of attribute values). */
export function toItem(value: PlainObject): Item {
  const item: Item = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined) item[key] = toAttributeValue(v);
  }
  return item;
}

/** Converts one attribute value back to a plain value. Sets come back as arrays. */
export function fromAttributeValue(value: AttributeValue): PlainValue {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.B !== undefined) return value.B;
  if (value.L !== undefined) return value.L.map(fromAttributeValue);
  if (value.M !== undefined) return fromItem(value.M);
  if (value.SS !== undefined) return value.SS;
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.BS !== undefined) return value.BS;
  throw new TypeError(`unsupported attribute value: ${Object.keys(value).join(',')}`);
}

/** Converts an item back to a plain object. */
export function fromItem(item: Item): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [key, v] of Object.entries(item)) out[key] = fromAttributeValue(v);
  return out;
}
