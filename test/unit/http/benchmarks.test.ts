import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BandPosition, type Listing, loadTaxonomy } from '../../../functions/enrichment/index.ts';
import {
  BenchmarkResponseSchema,
  HealthResponseSchema,
  TaxonomyResponseSchema,
} from '../../../functions/http/response-schemas.ts';
import { buildListing, buildPaidListing } from '../../factories/postings.ts';
import { type ApiHarness, createHarness, expectProblem, startBackend, stopBackend } from './api-harness.ts';

function paid(annualUsd: number, position: BandPosition, overrides: Partial<Listing> = {}): Listing {
  const listing = buildPaidListing(annualUsd, overrides);
  return { ...listing, band: listing.band && { ...listing.band, position } };
}

const inAustin = { location: { text: 'Austin, Texas', country: 'US', remote: false } };
const inLondon = { location: { text: 'London, UK', country: 'GB', remote: false } };

async function benchmark(h: ApiHarness, query: string) {
  const response = await h.app.request(`/benchmarks?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return BenchmarkResponseSchema.parse(await response.json());
}

describe('GET /benchmarks', () => {
  let h: ApiHarness;
  let redelivered: Listing;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    redelivered = paid(200_000, 'within');
    await h.put([
      paid(150_000, 'below'),
      redelivered,
      paid(200_000, 'within'),
      paid(200_000, 'within', inAustin),
      paid(260_000, 'overlaps', inAustin),
      {
        ...buildListing(),
        salary: null,
        band: { ...(buildListing().band as NonNullable<Listing['band']>), position: 'unknown' },
      },
      paid(400_000, 'above', { role: { ...buildListing().role, tier: 'vp' } }),
      paid(120_000, 'unknown', { role: { ...buildListing().role, tier: 'it-manager' }, ...inLondon }),
    ]);
    // The same listing delivered again must not count twice.
    await h.put([redelivered], '2026-11-21T00:05:00.000Z');
  });

  afterAll(stopBackend);

  it("sets a tier's stored pay against its band", async () => {
    const body = await benchmark(h, 'tier=director');

    expect(body.count).toBe(6);
    expect(body.salaried).toBe(5);
    expect(body.percentiles).toEqual({
      p10: 170_000,
      p25: 200_000,
      median: 200_000,
      p75: 200_000,
      p90: 236_000,
    });
    expect(body.positions).toEqual({ below: 1, within: 3, overlaps: 1, above: 0, unknown: 1 });
    expect(body.shares).toEqual({ below: 0.2, within: 0.6, overlaps: 0.2, above: 0 });
    expect(body.band).toMatchObject({
      tier: 'director',
      min: 175_000,
      max: 240_000,
      openEnded: true,
      currency: 'USD',
    });
    expect(body.reference).toMatchObject({
      soc: '11-3021',
      national: { annual: { median: 169_510 } },
      state: null,
    });
  });

  it('narrows to a skill', async () => {
    const body = await benchmark(h, 'tier=director&skill=okta');

    expect(body.scope).toEqual({
      tier: 'director',
      skill: 'okta',
      location: null,
      country: null,
      since: null,
    });
    expect(body.count).toBe(6);
  });

  it("narrows to a US state and adds the state's BLS row", async () => {
    const body = await benchmark(h, 'tier=director&location=us-tx');

    expect(body.scope.location).toBe('US-TX');
    expect(body.count).toBe(2);
    expect(body.percentiles?.median).toBe(230_000);
    expect(body.reference.state).toMatchObject({ state: 'TX', name: 'Texas' });
  });

  it('narrows to a country with the national reference only', async () => {
    const body = await benchmark(h, 'tier=director&location=US');

    expect(body.count).toBe(6);
    expect(body.reference.state).toBeNull();
  });

  it('says so when BLS has no row for the state', async () => {
    const body = await benchmark(h, 'tier=director&location=US-WA');

    expect(body.count).toBe(4);
    expect(body.reference.state).toBeNull();
    expect(body.reference.note).toContain('no row for WA');
  });

  it('carries n and flags percentiles from fewer than 10 listings as low-confidence, still shown', async () => {
    const body = await benchmark(h, 'tier=director');

    expect(body).toMatchObject({ n: 5, lowConfidence: true });
    expect(body.percentiles).not.toBeNull();
  });

  it('is confident from 10 listings up', async () => {
    const fresh = await createHarness();
    await fresh.put(Array.from({ length: 10 }, (_, i) => paid(180_000 + i * 5_000, 'within')));

    expect(await benchmark(fresh, 'tier=director')).toMatchObject({ n: 10, lowConfidence: false });
  });

  it("narrows to a country and gives its percentiles in the country's currency", async () => {
    const body = await benchmark(h, 'tier=it-manager&country=gb');
    const gbp = loadTaxonomy().rates.usdPerUnit.GBP as number;

    expect(body.scope).toMatchObject({ location: 'GB', country: 'GB' });
    expect(body).toMatchObject({ count: 1, n: 1, lowConfidence: true });
    expect(body.local?.currency).toBe('GBP');
    expect(body.local?.percentiles.median).toBeCloseTo(120_000 / gbp, -2);
  });

  it('takes a since window and passes it to the store with the scope', async () => {
    const asked: unknown[] = [];
    const spying = await createHarness();
    const store = spying.store;
    const original = store.getBenchmarkAggregate.bind(store);
    store.getBenchmarkAggregate = (scope) => {
      asked.push(scope);
      return original(scope);
    };
    const body = await benchmark(spying, 'tier=director&since=2026-10-01&country=US');

    expect(body.scope.since).toBe('2026-10-01T00:00:00.000Z');
    expect(asked).toEqual([
      { tier: 'director', location: 'US', since: '2026-10-01T00:00:00.000Z', country: 'US' },
    ]);
  });

  it('answers zero counts, not an error, for a scope with no listings', async () => {
    const body = await benchmark(h, 'tier=cio&location=remote');

    expect(body).toMatchObject({ count: 0, salaried: 0, percentiles: null, shares: null });
    expect(body.band.tier).toBe('cio');
  });

  it('requires a known tier', async () => {
    const missing = await expectProblem(await h.app.request('/benchmarks'), 400);
    const unknown = await expectProblem(await h.app.request('/benchmarks?tier=overlord'), 400);

    expect(missing.detail).toContain('tier is required: one of team-lead');
    expect(unknown.detail).toContain('unknown tier "overlord"');
  });

  it('refuses a skill and a location together, a bad location and unknown parameters', async () => {
    const both = await expectProblem(await h.app.request('/benchmarks?tier=vp&skill=aws&location=US'), 400);
    const place = await expectProblem(await h.app.request('/benchmarks?tier=vp&location=Seattle'), 400);
    const extra = await expectProblem(await h.app.request('/benchmarks?tier=vp&currency=EUR'), 400);

    expect(both.detail).toBe('narrow by skill or by place (location or country), not both');
    const twice = await expectProblem(await h.app.request('/benchmarks?tier=vp&location=US&country=US'), 400);
    const badCountry = await expectProblem(await h.app.request('/benchmarks?tier=vp&country=England'), 400);
    const badSince = await expectProblem(await h.app.request('/benchmarks?tier=vp&since=last-week'), 400);
    expect(twice.detail).toContain('give location or country, not both');
    expect(badCountry.detail).toContain('country must be a two-letter ISO 3166-1 code');
    expect(badSince.detail).toContain('since must be an ISO 8601 date');
    expect(place.detail).toContain('location must be a country (US)');
    expect(extra.detail).toContain('unknown parameter currency');
  });
});

describe('GET /health, /taxonomy and /openapi.json', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
  });

  afterAll(stopBackend);

  it('reports health with the taxonomy version', async () => {
    const response = await h.app.request('/health');

    expect(response.status).toBe(200);
    expect(HealthResponseSchema.parse(await response.json())).toEqual({
      status: 'ok',
      taxonomyVersion: loadTaxonomy().version,
    });
  });

  it('serves the taxonomy in force with its version', async () => {
    const body = TaxonomyResponseSchema.parse(await (await h.app.request('/taxonomy')).json());

    expect(body.version).toBe(loadTaxonomy().version);
    expect(body.tiers.map((t) => t.id)).toEqual([
      'team-lead',
      'it-manager',
      'head-of-it',
      'director',
      'vp',
      'cio',
    ]);
    expect(body.skills.find((s) => s.id === 'okta')).toEqual({
      id: 'okta',
      label: 'Okta',
      category: expect.any(String),
    });
  });

  it('documents every route with the parameters the validators take', async () => {
    const doc = (await (await h.app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { parameters?: Array<{ name: string; schema: { enum?: string[] } }> }>
      >;
      components: { schemas: Record<string, unknown> };
    };

    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/',
        '/benchmarks',
        '/benchmarks.csv',
        '/classify',
        '/docs',
        '/feeds',
        '/feeds/{id}',
        '/health',
        '/ingest',
        '/listings',
        '/listings.csv',
        '/listings/{id}',
        '/openapi.json',
        '/taxonomy',
      ].sort(),
    );
    const listingParams = doc.paths['/listings']?.get?.parameters ?? [];
    expect(listingParams.map((p) => p.name)).toEqual([
      'tier',
      'skill',
      'certification',
      'company',
      'position',
      'since',
      'country',
      'currency',
      'taxonomyVersion',
      'payMin',
      'payMax',
      'limit',
      'cursor',
    ]);
    expect(listingParams[0]?.schema.enum).toEqual(loadTaxonomy().tiers.map((t) => t.id));
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    const ids = operations.map((o) => (o as { operationId?: string }).operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const full = doc as unknown as {
      servers: unknown[];
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(full.servers.length).toBeGreaterThan(0);
    expect(Object.keys(full.components.securitySchemes)).toEqual(['sigv4']);
    const refs = JSON.stringify(doc.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs))
      expect(doc.components.schemas).toHaveProperty(ref.split('/').pop() as string);
    // The record's schema says where each field came from and whether each skill is asked for.
    const listing = doc.components.schemas.Listing as {
      properties: Record<
        string,
        { properties?: Record<string, unknown>; items?: { properties: Record<string, unknown> } }
      >;
    };
    expect(Object.keys(listing.properties.provenance?.properties ?? {})).toEqual([
      'title',
      'company',
      'location',
      'employmentType',
      'salary',
    ]);
    expect(listing.properties.skills?.items?.properties.requirement).toMatchObject({
      enum: ['required', 'preferred'],
    });
  });
});

describe('GET /docs', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
  });

  afterAll(stopBackend);

  it('renders the reference from /openapi.json with assets served by the app, not a CDN', async () => {
    const page = await (await h.app.request('/docs')).text();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);

    expect(assets.filter((a) => /^https?:/.test(a))).toEqual([]);
    for (const asset of assets.filter((a) => a.startsWith('/docs/assets/'))) {
      const response = await h.app.request(asset);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect((await h.app.request('/docs/assets/init.js')).status).toBe(200);
    expect((await h.app.request('/docs/assets/package.json')).status).toBe(404);
  });
});
