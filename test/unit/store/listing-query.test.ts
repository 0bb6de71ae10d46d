import { describe, expect, it } from 'vitest';
import { itemMatches, planListingQuery } from '../../../functions/store/listing-query.ts';

describe('planListingQuery', () => {
  it('answers from the most selective index and filters on the rest', () => {
    const plan = planListingQuery({ tier: 'director', skill: 'okta', company: 'ACME, Inc.' });

    expect(plan.facet).toBe('company');
    expect(plan.value).toBe('acme-inc');
    expect(plan.filter?.expression).toBe('contains(#f0, :f0) AND #f1 = :f1');
    expect(Object.values(plan.filter?.names ?? {})).toEqual(['ks', 'tr']);
    expect(plan.filter?.values[':f0']).toEqual({ S: ',okta,' });
  });

  it('answers tier and band position from the tier index, filtered on position', () => {
    const plan = planListingQuery({ tier: 'director', position: 'above' });

    expect(plan).toMatchObject({ facet: 'tier', value: 'director' });
    expect(plan.filter?.values).toEqual({ ':f0': { S: 'above' } });
  });

  it('answers an unfiltered query from the index of every listing', () => {
    expect(planListingQuery({ since: '2026-11-01T00:00:00Z' })).toMatchObject({
      facet: 'all',
      value: 'all',
      filter: null,
    });
  });
});

describe('itemMatches', () => {
  const item = {
    ls: { S: '2026-11-19T15:30:00.000Z#abc' },
    tr: { S: 'director' },
    po: { S: 'within' },
    gC: { S: 'acme-inc' },
    ks: { S: ',okta,itsm,' },
    cs: { S: ',itil,' },
  };
  const hit = { sort: '2026-11-19T15:30:00.000Z#abc', id: 'abc' };

  it('keeps a hit whose listing still answers to every filter', () => {
    expect(itemMatches(item, hit, { tier: 'director', skill: 'okta', company: 'Acme Inc' })).toBe(true);
  });

  it('keeps an index item hit only for the content it was written for', () => {
    const stored = { ...item, h: { S: 'Hash1234rest' } };

    expect(itemMatches(stored, { ...hit, sort: `${hit.sort}#Hash1234` }, { skill: 'okta' })).toBe(true);
    expect(itemMatches(stored, { ...hit, sort: `${hit.sort}#Other999` }, { skill: 'okta' })).toBe(false);
  });

  it('drops a hit its listing no longer answers to: re-enriched, moved, or another skill', () => {
    expect(itemMatches(item, hit, { skill: 'aws' })).toBe(false);
    expect(itemMatches(item, hit, { tier: 'vp' })).toBe(false);
    expect(itemMatches(item, { ...hit, sort: '2026-11-01T00:00:00.000Z#abc' }, {})).toBe(false);
    expect(itemMatches(item, hit, { certification: 'pmp' })).toBe(false);
  });
});
