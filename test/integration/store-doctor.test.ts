import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { runDoctorCommand } from '../../functions/cli/doctor.ts';
import { indexItemKeysOf, listingKey } from '../../functions/store/listing-keys.ts';
import { buildPaidListing } from '../factories/postings.ts';
import { startDynaliteBackend } from './support/dynamodb-backends.ts';
import { putAll, useStoreBackend } from './support/store-fixture.ts';

const RECEIVED = '2026-11-20T08:00:00.000Z';

describe('job-enrich doctor', () => {
  const fixture = useStoreBackend(startDynaliteBackend);

  it('finds listings whose index entries disagree with their document, repairs them with --fix, and then finds nothing', async () => {
    const { store, client, tableName } = await fixture.fresh();
    const listings = [150_000, 200_000, 250_000].map((pay) => buildPaidListing(pay));
    await putAll(store, listings, RECEIVED);
    const [first, second] = listings as [(typeof listings)[0], (typeof listings)[0]];
    // Damage: a listing counted in the wrong tier and without pay, a missing and a stale index item.
    const key = listingKey(first.id);
    await client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: key.pk }, sk: { S: key.sk } },
        UpdateExpression: 'SET gT = :t, tr = :tier REMOVE m',
        ExpressionAttributeValues: { ':t': { S: 'vp#0' }, ':tier': { S: 'vp' } },
      }),
    );
    // The stored content's hash (the document as stored: the listing and its job's sources).
    const secondKey = listingKey(second.id);
    const secondItem = await client.send(
      new GetItemCommand({ TableName: tableName, Key: { pk: { S: secondKey.pk }, sk: { S: secondKey.sk } } }),
    );
    const secondHash = secondItem.Item?.h?.S ?? '';
    const [okta] = indexItemKeysOf(second.id, ['okta'], [], second.postedAt ?? RECEIVED, secondHash);
    await client.send(
      new DeleteItemCommand({
        TableName: tableName,
        Key: { pk: { S: okta?.pk ?? '' }, sk: { S: okta?.sk ?? '' } },
      }),
    );
    const [stale] = indexItemKeysOf(second.id, ['aws'], [], second.postedAt ?? RECEIVED, secondHash);
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: stale?.pk ?? '' }, sk: { S: stale?.sk ?? '' }, id: { S: second.id } },
      }),
    );
    expect((await store.getBenchmarkAggregate({ tier: 'director' })).count).toBe(2);
    const endpoint = fixture.backend().endpoint;
    const run = async (...extra: string[]) => {
      const out: string[] = [];
      const code = await runDoctorCommand(
        ['--table', tableName, '--region', 'us-east-1', '--endpoint', endpoint, ...extra],
        { out: (l) => out.push(l), err: (l) => out.push(`ERR ${l}`), env: () => undefined },
      );
      return { code, out };
    };

    const check = await run();

    expect(check.code).toBe(1);
    expect(check.out.join('\n')).toContain(`listing ${first.id}: gT is "vp#0"`);
    expect(check.out.join('\n')).toContain('missing for listing');
    expect(check.out.join('\n')).toContain('(stale)');
    expect(check.out.join('\n')).toMatch(/benchmark director: served count 2 .* listings say 3/);

    const fixed = await run('--fix');
    expect(fixed.code).toBe(0);
    expect(fixed.out.at(-1)).toMatch(/3 listings, .* 3 problems, 3 repaired; 0 tier benchmarks differ/);

    const again = await run();
    expect(again.code).toBe(0);
    expect(again.out).toHaveLength(1);
    expect(again.out[0]).toMatch(/0 problems; 0 tier benchmarks differ/);
    expect((await store.getBenchmarkAggregate({ tier: 'director' })).count).toBe(3);
    expect((await store.queryListings({ filters: { skill: 'okta' }, limit: 10 })).items).toHaveLength(3);
  });

  it('refuses bad usage with exit code 2', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (l: string) => err.push(l), env: () => undefined };

    expect(await runDoctorCommand(['--frobnicate'], io)).toBe(2);
    expect(await runDoctorCommand(['--table', 'x'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/--region/);
  });
});
