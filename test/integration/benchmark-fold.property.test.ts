/**
 * The benchmark fold is exact by construction: any sequence of puts, overwrites and deletes of
 * listing items (and of items that are not listings: aliases without a tier, index items),
 * turned into change records, cut into batches and delivered with redeliveries (a batch again
 * after a run that failed late, its halves as a bisecting retry sends them, and halves after a
 * run that died after some of its updates), leaves aggregates
 * equal to a recount of the final listings, on dynalite, through the same UpdateItems the
 * stream handler sends. The recount is the tier-index path (`inScope` + `foldBenchmark`), which
 * shares no code with the fold.
 */
import { type AttributeValue, ScanCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BenchmarkScope,
  foldBenchmark,
  inScope,
  readAggregatedBenchmark,
  summarizeAggregate,
} from '../../functions/store/benchmark-aggregate.ts';
import {
  applyChangeBatch,
  type ChangeRecord,
  deltaOfItem,
  recountAggregates,
  sameFigures,
} from '../../functions/store/benchmark-fold.ts';
import type { Item } from '../../functions/store/dynamodb-codec.ts';
import { ATTR } from '../../functions/store/table-definition.ts';
import { createTestTable, type DynamoBackend, startDynaliteBackend } from './support/dynamodb-backends.ts';
import { killedAfter } from './support/store-fixture.ts';

let backend: DynamoBackend;
beforeAll(async () => {
  backend = await startDynaliteBackend();
});
afterAll(async () => {
  await backend?.stop();
});

const TIERS = ['director', 'cio'] as const;
const SKILLS = ['okta', 'aws', 'itil'] as const;
const PLACES = [[], ['US', 'US-WA'], ['GB'], ['remote'], ['US', 'GB']] as const;
const POSITIONS = ['below', 'within', 'overlaps', 'above', 'unknown', 'constructor'] as const;
const DATES = [
  '2026-01-05T10:00:00.000Z',
  '2026-01-31T23:59:59.999Z',
  '2026-02-01T00:00:00.000Z',
  '2026-03-15T08:00:00.000Z',
];

/** A listing item's attributes as the writer stores them (tier index member or not). */
const listingImage = fc.record({
  inScope: fc.boolean(),
  tier: fc.constantFrom(...TIERS),
  shard: fc.integer({ min: 0, max: 7 }),
  listedAt: fc.constantFrom(...DATES),
  mid: fc.option(fc.constantFrom(95_000, 120_000, 120_500, 250_000, 1_200_000), { nil: null }),
  position: fc.constantFrom(...POSITIONS),
  skills: fc.subarray([...SKILLS]),
  places: fc.constantFrom(...PLACES),
});
type Image = typeof listingImage extends fc.Arbitrary<infer T> ? T : never;

const ID_COUNT = 6;
const op = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: fc.nat(ID_COUNT - 1), image: listingImage }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.nat(ID_COUNT - 1) }),
  // An alias of a merged id: a listing key without index attributes; and an index item.
  fc.record({ kind: fc.constant('alias' as const), id: fc.nat(ID_COUNT - 1) }),
  fc.record({ kind: fc.constant('index' as const), id: fc.nat(ID_COUNT - 1), image: listingImage }),
);

function itemOf(id: number, image: Image, pk = `L#id${id}`, sk = 'L'): Item {
  const item: Item = {
    pk: { S: pk },
    sk: { S: sk },
    [ATTR.listedSort]: { S: `${image.listedAt}#id${id}` },
    [ATTR.skills]: { S: image.skills.length ? `,${image.skills.join(',')},` : ',' },
    [ATTR.position]: { S: image.position },
  };
  if (image.inScope) {
    item[ATTR.tierKey] = { S: `${image.tier}#${image.shard}` };
    if (image.mid !== null) item[ATTR.midUsd] = { N: String(image.mid) };
    if (image.places.length) item[ATTR.locations] = { S: `,${image.places.join(',')},` };
    const country = image.places.find((p: string) => /^[A-Z]{2}$/.test(p));
    if (country) item[ATTR.country] = { S: country };
  }
  return item;
}

const plain = (item: Item): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(item).map(([k, v]) => [k, v.N !== undefined ? Number(v.N) : (v as { S?: string }).S]),
  );

const SCOPES: BenchmarkScope[] = [
  ...TIERS.map((tier) => ({ tier })),
  { tier: 'director', skill: 'okta' },
  { tier: 'cio', skill: 'aws' },
  { tier: 'director', location: 'US' },
  { tier: 'director', location: 'US-WA' },
  { tier: 'director', location: 'GB', country: 'GB' },
  { tier: 'cio', location: 'remote' },
  { tier: 'director', since: '2026-02-01T00:00:00.000Z' },
  { tier: 'director', since: '2026-01-20T00:00:00.000Z' },
  { tier: 'cio', skill: 'itil', since: '2026-01-31T12:00:00.000Z' },
];

describe('the benchmark fold', () => {
  it('gives aggregates equal to a recount of the final listings, whatever the batches and redeliveries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.constantFrom('none', 'again', 'halves', 'partial'), { minLength: 1, maxLength: 10 }),
        fc.constantFrom('shard-a', 'shardId-00000001536019433011-bc2ee4c6'),
        async (ops, sizes, redeliveries, shardId) => {
          const { client, tableName } = await createTestTable(backend);
          // The table as a stream would see it: each change with its images.
          const items = new Map<string, Item>();
          const records: ChangeRecord[] = [];
          let seq = 100;
          for (const o of ops) {
            const pk = o.kind === 'index' ? `X#s#okta#${o.id}` : `L#id${o.id}`;
            const sk = o.kind === 'index' ? `x${o.id}` : 'L';
            const key = `${pk}|${sk}`;
            const old = items.get(key);
            const next =
              o.kind === 'delete'
                ? undefined
                : o.kind === 'alias'
                  ? ({ pk: { S: pk }, sk: { S: sk }, to: { S: 'id0' } } as Item)
                  : itemOf(o.id, o.image, pk, sk);
            if (next) items.set(key, next);
            else items.delete(key);
            if (!old && !next) continue;
            seq += 1 + (seq % 3);
            records.push({
              sequenceNumber: String(seq),
              keys: { pk: { S: pk }, sk: { S: sk } },
              oldImage: old,
              newImage: next,
            });
          }
          // Batches in order, each delivered as a stream would: once; or again after a run that
          // did all its work but failed late (the same batch, or bisected into halves); or after a
          // run that died part-way through its updates, bisected into halves.
          const apply = (records: ChangeRecord[], c = client) =>
            applyChangeBatch({ client: c, tableName, concurrency: 1 }, { shardId, records });
          let at = 0;
          for (let i = 0; at < records.length; i += 1) {
            const size = sizes[i % sizes.length] as number;
            const batch = records.slice(at, at + size);
            at += size;
            const half = Math.ceil(batch.length / 2);
            const delivery = redeliveries[i % redeliveries.length];
            if (delivery === 'partial')
              await apply(batch, killedAfter(client, 1 + (i % 3))).catch(() => undefined);
            else await apply(batch);
            if (delivery === 'again') await apply(batch);
            if (delivery === 'halves' || delivery === 'partial') {
              await apply(batch.slice(0, half));
              await apply(batch.slice(half));
            }
          }
          // Served figures against the tier-index recount.
          const finals = [...items.values()];
          for (const scope of SCOPES) {
            const served = await readAggregatedBenchmark({ client, tableName }, scope);
            if (served === null) throw new Error(`scope ${JSON.stringify(scope)} not kept`);
            // The ragged month of a since reads the tier index, which this test does not fill:
            // compare only what came from the aggregates for it.
            const inIndex = finals
              .filter((item) => item.pk?.S?.startsWith('L#') && item[ATTR.tierKey] !== undefined)
              .map(plain)
              .filter((attrs) => inScope(scope, attrs))
              .filter((attrs) => !scope.since || raggedFree(scope.since, String(attrs[ATTR.listedSort])));
            const recount = foldBenchmark(scope, inIndex);
            expect(summarizeAggregate(served), JSON.stringify(scope)).toEqual(summarizeAggregate(recount));
          }
          // Every aggregate item against recountAggregates (what the doctor compares).
          const stored = new Map<string, Item>();
          let start: Record<string, AttributeValue> | undefined;
          do {
            const out = await client.send(
              new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }),
            );
            for (const item of out.Items ?? [])
              if (item.pk?.S?.startsWith('A#')) stored.set(`${item.pk.S}\u0000${item.sk?.S}`, item);
            start = out.LastEvaluatedKey;
          } while (start);
          const expected = recountAggregates(finals);
          for (const [key, want] of expected)
            expect(sameFigures(deltaOfItem(stored.get(key)), want), key).toBe(true);
          for (const [key, item] of stored)
            if (!expected.has(key)) expect(deltaOfItem(item).n, `${key} should be empty`).toBe(0);
          client.destroy();
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});

/** Listings of the ragged month before a mid-month `since` are read from the tier index, not kept. */
function raggedFree(since: string, sort: string): boolean {
  const s = new Date(since);
  const monthStart = Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), 1);
  if (s.getTime() === monthStart) return true;
  return sort.slice(0, 7) !== since.slice(0, 7);
}
