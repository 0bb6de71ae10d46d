import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Listing } from '../../../functions/enrichment/index.ts';
import { ListingPageSchema, StoredListingSchema } from '../../../functions/http/response-schemas.ts';
import { buildListing } from '../../factories/postings.ts';
import { type ApiHarness, createHarness, expectProblem, startBackend, stopBackend } from './api-harness.ts';

const hour = (n: number) => new Date(Date.UTC(2026, 9, 20) + n * 3_600_000).toISOString();

function atTier(tier: string, postedAt: string, overrides: Partial<Listing> = {}): Listing {
  const base = buildListing({ postedAt, ...overrides });
  return {
    ...base,
    role: { ...base.role, tier, evidence: [] },
    band: base.band && { ...base.band, tier },
  };
}

const newestFirst = (listings: readonly Listing[]) =>
  [...listings]
    .sort((a, b) => `${b.postedAt}#${b.id}`.localeCompare(`${a.postedAt}#${a.id}`))
    .map((l) => l.id);

async function getPage(h: ApiHarness, query: string) {
  const response = await h.app.request(`/listings?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return ListingPageSchema.parse(await response.json());
}

async function pageThrough(h: ApiHarness, query: string, limit: number) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const cursorParam: string = cursor === null ? '' : `&cursor=${cursor}`;
    const body = await getPage(h, `${query}&limit=${limit}${cursorParam}`);
    sizes.push(body.items.length);
    ids.push(...body.items.map((l) => l.id));
    cursor = body.nextCursor;
    if (cursor === null) return { ids, sizes };
  }
  throw new Error('pagination did not end');
}

describe('GET /listings', () => {
  let h: ApiHarness;
  let directors: Listing[];
  let vps: Listing[];

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    // Across October and November, so pages cross a month bucket.
    directors = Array.from({ length: 41 }, (_, i) => atTier('director', hour(i * 19)));
    vps = Array.from({ length: 12 }, (_, i) =>
      atTier('vp', hour(i * 31 + 5), {
        company: i % 2 === 0 ? 'Evergreen Health Partners' : 'Saltmarsh Software',
        skills: [{ id: 'aws', label: 'AWS', category: 'cloud-infrastructure', evidence: 'AWS landing zone' }],
        certifications: [{ id: 'pmp', label: 'PMP', requirement: 'preferred', evidence: 'PMP a plus' }],
      }),
    );
    await h.put([...directors, ...vps]);
  });

  afterAll(stopBackend);

  it('pages through every listing of a tier newest first, with no duplicates and no gaps', async () => {
    const { ids, sizes } = await pageThrough(h, 'tier=director', 7);

    expect(ids).toEqual(newestFirst(directors));
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
  });

  it('pages through all listings with no filter', async () => {
    const { ids } = await pageThrough(h, '', 10);

    expect(ids).toEqual(newestFirst([...directors, ...vps]));
  });

  it('returns 20 listings by default and a cursor for the rest', async () => {
    const body = await getPage(h, 'tier=director');

    expect(body.items).toHaveLength(20);
    expect(body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('filters by skill, certification, company and position', async () => {
    const skill = await pageThrough(h, 'skill=aws', 5);
    const cert = await pageThrough(h, 'certification=pmp&tier=vp', 5);
    const company = await pageThrough(h, `company=${encodeURIComponent('EVERGREEN health partners.')}`, 5);
    const position = await getPage(h, 'position=below');

    expect(skill.ids).toEqual(newestFirst(vps));
    expect(cert.ids).toEqual(newestFirst(vps));
    expect(company.ids).toEqual(newestFirst(vps.filter((_, i) => i % 2 === 0)));
    expect(position.items).toEqual([]);
  });

  it('keeps only listings listed since a date', async () => {
    const since = hour(500);
    const { ids } = await pageThrough(h, `tier=director&since=${encodeURIComponent(since)}`, 4);

    expect(ids).toEqual(newestFirst(directors.filter((l) => (l.postedAt as string) >= since)));
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(['-5', '0', '101', 'ten', '2.5'])(
    'refuses limit=%s with a 400 that names the range',
    async (limit) => {
      const problem = await expectProblem(await h.app.request(`/listings?limit=${limit}`), 400);

      expect(problem.detail).toContain('limit must be a whole number from 1 to 100');
      expect(problem.invalidParams).toEqual([{ name: 'limit', reason: expect.stringContaining('limit') }]);
    },
  );

  it('refuses an unknown tier, naming the tiers there are', async () => {
    const problem = await expectProblem(await h.app.request('/listings?tier=chief-wizard'), 400);

    expect(problem.detail).toBe(
      'unknown tier "chief-wizard": one of team-lead, it-manager, head-of-it, director, vp, cio',
    );
  });

  it('refuses an unknown skill or certification, pointing to the taxonomy', async () => {
    const skill = await expectProblem(await h.app.request('/listings?skill=cobol-wizardry'), 400);
    const cert = await expectProblem(await h.app.request('/listings?certification=ccna-9'), 400);

    expect(skill.detail).toContain('GET /taxonomy');
    expect(cert.detail).toContain('one of pmp, pgmp');
  });

  it('refuses unknown, repeated and empty parameters', async () => {
    const unknown = await expectProblem(await h.app.request('/listings?tier=vp&sort=salary'), 400);
    const repeated = await expectProblem(await h.app.request('/listings?tier=vp&tier=cio'), 400);
    const empty = await expectProblem(await h.app.request('/listings?tier='), 400);

    expect(unknown.detail).toContain('unknown parameter sort');
    expect(unknown.invalidParams?.map((p) => p.name)).toEqual(['sort']);
    expect(repeated.detail).toContain('tier is given 2 times');
    expect(empty.detail).toContain('unknown tier ""');
  });

  it('refuses a malformed since date and a company with no letters', async () => {
    const since = await expectProblem(await h.app.request('/listings?since=last-tuesday'), 400);
    const company = await expectProblem(await h.app.request('/listings?company=%21%21%21'), 400);

    expect(since.detail).toContain('since must be an ISO 8601 date');
    expect(company.detail).toContain('company must be');
  });
});

describe('GET /listings/{id}', () => {
  let h: ApiHarness;
  let stored: Listing;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    stored = atTier('director', hour(3));
    await h.put([stored]);
  });

  afterAll(stopBackend);

  it('returns the stored listing', async () => {
    const response = await h.app.request(`/listings/${stored.id}`);

    expect(response.status).toBe(200);
    const body = StoredListingSchema.parse(await response.json());
    // The listing as posted, plus what the store keeps of its job: where and when it was seen.
    expect(body).toMatchObject(stored);
    expect(body.sources).toEqual([
      expect.objectContaining({ format: stored.source.format, url: stored.source.url }),
    ]);
  });

  it.each(['no-such-listing', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(300)])(
    'returns a 404 problem for %s',
    async (id) => {
      const problem = await expectProblem(await h.app.request(`/listings/${id}`), 404);

      expect(problem.detail).toContain('no listing has the id');
    },
  );

  it('refuses query parameters it does not take', async () => {
    const problem = await expectProblem(await h.app.request(`/listings/${stored.id}?fields=title`), 400);

    expect(problem.detail).toContain('this route takes no query parameters');
  });
});
