import { describe, expect, it } from 'vitest';
import { planListingQuery } from '../../../functions/store/listing-query.ts';

describe('planListingQuery', () => {
  it('answers from the most selective index and filters on the rest', () => {
    const plan = planListingQuery({ tier: 'director', skill: 'okta', company: 'ACME, Inc.' });

    expect(plan.facet).toBe('company');
    expect(plan.value).toBe('acme-inc');
    expect(plan.filter?.expression).toBe('contains(#f0, :f0) AND #f1 = :f1');
    expect(Object.values(plan.filter?.names ?? {})).toEqual(['skills', 'tier']);
  });

  it('answers tier and band position together from their combined index, unfiltered', () => {
    expect(planListingQuery({ tier: 'director', position: 'above' })).toEqual({
      facet: 'tier-position',
      value: 'director:above',
      filter: null,
    });
  });

  it('answers an unfiltered query from the index of every listing', () => {
    expect(planListingQuery({ since: '2026-11-01T00:00:00Z' })).toMatchObject({
      facet: 'all',
      value: 'all',
      filter: null,
    });
  });
});
