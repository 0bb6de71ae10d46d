/**
 * Old answers are visible (issue 17): a listing says the taxonomy version it was enriched under,
 * `GET /listings?taxonomyVersion=current` keeps the ones of the version in force, and a benchmark
 * says how many of the listings it counts are of an older version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../functions/enrichment/index.ts';
import { BenchmarkResponseSchema } from '../../../functions/http/response-schemas.ts';
import { buildPaidListing } from '../../factories/postings.ts';
import { type ApiHarness, createHarness, expectProblem, startBackend, stopBackend } from './api-harness.ts';

const current = loadTaxonomy().version;
const OLD = '0123456789ab';

describe('taxonomy versions in the API', () => {
  let h: ApiHarness;
  const fresh = [180_000, 200_000, 220_000].map((pay) => buildPaidListing(pay, { taxonomyVersion: current }));
  const old = [190_000, 210_000].map((pay) => buildPaidListing(pay, { taxonomyVersion: OLD }));

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    await h.put([...fresh, ...old]);
  });
  afterAll(stopBackend);

  it('filters listings to the version in force, or to a named one, and says the filter ran in the API', async () => {
    const all = await h.app.request('/listings?limit=100');
    type Page = { items: Array<{ id: string; taxonomyVersion: string }> };
    const ids = (r: Page) => r.items.map((l) => l.id).sort();
    expect(ids((await all.json()) as Page)).toHaveLength(5);
    const currentOnly = await h.app.request('/listings?limit=100&taxonomyVersion=current');
    expect(currentOnly.headers.get('x-filtered-in-http')).toContain('taxonomyVersion');
    const body = (await currentOnly.json()) as Page;
    expect(ids(body)).toEqual(fresh.map((l) => l.id).sort());
    expect(body.items.every((l) => l.taxonomyVersion === current)).toBe(true);
    const oldOnly = (await (
      await h.app.request(`/listings?limit=100&taxonomyVersion=${OLD}`)
    ).json()) as Page;
    expect(ids(oldOnly)).toEqual(old.map((l) => l.id).sort());
  });

  it('refuses a version that is neither current nor a version id', async () => {
    await expectProblem(await h.app.request('/listings?taxonomyVersion=__proto__'), 400);
  });

  it('says how many listings a benchmark counts are of an older version', async () => {
    const response = await h.app.request('/benchmarks?tier=director');
    const body = BenchmarkResponseSchema.parse(await response.json());
    expect(body.count).toBe(5);
    expect(body.staleListings).toBe(2);
    expect(body.taxonomyVersion).toBe(current);
  });
});
