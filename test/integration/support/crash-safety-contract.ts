/**
 * Crash safety of the write protocol (listing-writer.ts): a writer that dies at any call of a
 * write, its answer lost, leaves a state the next delivery completes, counting nothing twice.
 */
import { describe, expect, it } from 'vitest';
import { summarizeAggregate } from '../../../functions/store/benchmark-aggregate.ts';
import { DynamoDbListingStore } from '../../../functions/store/dynamodb-listing-store.ts';
import { ListingBusyError } from '../../../functions/store/store-error.ts';
import { buildListing, buildPaidListing } from '../../factories/postings.ts';
import { createTestTable } from './dynamodb-backends.ts';
import {
  countingClient,
  crashingClient,
  killedAfter,
  LEASE_MS,
  type StoreFixture,
  tierRole,
  withTier,
} from './store-fixture.ts';

export interface CrashContractOptions {
  /** Test a crash at every n-th call of a write (1: every call). */
  readonly crashStep: number;
}

/** Registers the crash-safety suite on a backend fixture. */
export function describeCrashSafetyContract(
  { fresh, backend }: StoreFixture,
  options: CrashContractOptions,
): void {
  describe('crash safety', () => {
    it('counts a listing exactly once whichever call a first write crashes at', async () => {
      const { client, tableName } = await createTestTable(backend());
      const counted = countingClient(client);
      await new DynamoDbListingStore({ client: counted.client, tableName, leaseMs: LEASE_MS }).putListing(
        buildPaidListing(200_000, { role: tierRole('probe') }),
        { receivedAt: '2026-11-20T08:00:00.000Z' },
      );
      const callsPerWrite = counted.calls();
      expect(callsPerWrite).toBeGreaterThan(10);
      const clock = { now: Date.parse('2026-11-20T08:00:00Z') };
      const { make } = await fresh();

      // "after": the call reached the table but its answer was lost, the harder case.
      for (let failAt = 1; failAt <= callsPerWrite; failAt += options.crashStep) {
        const tier = `crash-at-${failAt}`; // one tier per case: its aggregates and index are its own
        const listing = withTier(buildPaidListing(200_000), tier);
        await make(
          (c) => crashingClient(c, failAt, 'after'),
          () => clock.now,
        )
          .putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' })
          .catch(() => undefined);
        clock.now += LEASE_MS + 1; // the crashed writer's lease lapses

        const recovered = make(undefined, () => clock.now);
        await recovered.putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' });

        const label = `crash after call ${failAt}`;
        const summary = summarizeAggregate(await recovered.getBenchmarkAggregate({ tier }));
        expect(summary.count, label).toBe(1);
        expect(summary.percentiles?.median, label).toBe(200_000);
        expect((await recovered.getBenchmarkAggregate({ tier, skill: 'okta' })).count, label).toBe(1);
        const byTier = await recovered.queryListings({ filters: { tier }, limit: 10 });
        expect(
          byTier.items.map((l) => l.id),
          label,
        ).toEqual([listing.id]);
      }
    });

    it('moves a re-enriched listing exactly once whichever call the re-enrichment crashes at', async () => {
      const clock = { now: Date.parse('2026-11-21T08:00:00Z') };
      const { store, make } = await fresh({ now: () => clock.now });
      for (let failAt = 1; failAt <= 24; failAt += options.crashStep + 1) {
        const from = `from-${failAt}`;
        const to = `to-${failAt}`;
        const listing = withTier(buildListing(), from);
        await store.putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' });
        const moved = {
          ...withTier(listing, to),
          taxonomyVersion: 'tax-v2',
          enrichedAt: '2026-11-21T08:00:00.000Z',
        };
        await make(
          (c) => crashingClient(c, failAt, 'after'),
          () => clock.now,
        )
          .putListing(moved, { receivedAt: '2026-11-20T08:00:00.000Z' })
          .catch(() => undefined);
        clock.now += LEASE_MS + 1;

        await store.putListing(moved, { receivedAt: '2026-11-20T08:00:00.000Z' });

        const label = `crash after call ${failAt}`;
        expect((await store.getBenchmarkAggregate({ tier: from })).count, label).toBe(0);
        expect((await store.getBenchmarkAggregate({ tier: to })).count, label).toBe(1);
        expect((await store.queryListings({ filters: { tier: from }, limit: 10 })).items, label).toEqual([]);
        expect(
          (await store.queryListings({ filters: { tier: to }, limit: 10 })).items.map((l) => l.id),
          label,
        ).toEqual([listing.id]);
      }
    });

    it('refuses to write a listing another live writer is writing', async () => {
      const clock = { now: Date.parse('2026-11-20T08:00:00Z') };
      const { make } = await fresh();
      const listing = buildListing();
      await make(
        (c) => crashingClient(c, 4, 'before'),
        () => clock.now,
      )
        .putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' })
        .catch(() => undefined);
      // The failed writer released its lease: a retry goes straight through.
      await expect(
        make(undefined, () => clock.now).putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' }),
      ).resolves.toMatchObject({ status: 'unchanged' });

      const other = buildListing();
      // A writer that dies without releasing (every call after the pending put fails) leaves a live lease.
      const dead = make(
        (c) => killedAfter(c, 2),
        () => clock.now,
      );
      await dead.putListing(other, { receivedAt: '2026-11-20T08:00:00.000Z' }).catch(() => undefined);

      await expect(
        make(undefined, () => clock.now).putListing(other, { receivedAt: '2026-11-20T08:00:00.000Z' }),
      ).rejects.toThrow(ListingBusyError);
    });
  });
}
