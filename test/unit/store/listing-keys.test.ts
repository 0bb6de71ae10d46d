import { describe, expect, it } from 'vitest';
import {
  companyKey,
  FACET_SHARDS,
  facetEntriesOf,
  listedAtOf,
  shardOf,
} from '../../../functions/store/listing-keys.ts';
import { locationKeysOf, normalizeLocationKey } from '../../../functions/store/location-keys.ts';
import { buildListing } from '../../factories/postings.ts';

describe('facet keys', () => {
  it('gives a listing one facet item per facet value it has, all under the same month and sort key', () => {
    const listing = buildListing({ id: 'abc' });

    const entries = facetEntriesOf(listing, '2026-11-19T15:30:00.000Z');

    expect(entries.map((e) => `${e.facet}=${e.value}`)).toEqual([
      'all=all',
      'tier=director',
      'position=within',
      'tier-position=director:within',
      'skill=okta',
      'skill=itsm',
      'certification=itil',
      'company=saltmarsh-software',
    ]);
    expect(new Set(entries.map((e) => e.sk))).toEqual(new Set(['2026-11-19T15:30:00.000Z#abc']));
    expect(entries.every((e) => e.pk.includes('#2026-11#'))).toBe(true);
  });

  it('leaves out tier and band position for an out-of-scope listing', () => {
    const listing = buildListing({
      role: { family: 'it-management', inScope: false, tier: null, confidence: 0.9, evidence: [] },
      band: null,
    });

    const facets = facetEntriesOf(listing, '2026-11-19T15:30:00.000Z').map((e) => e.facet);

    expect(facets).not.toContain('tier');
    expect(facets).not.toContain('position');
    expect(facets).toContain('all');
  });

  it('spreads the listings of one tier over every shard', () => {
    const shards = new Set(
      Array.from({ length: 2000 }, (_, i) => shardOf(`listing-${i}`, FACET_SHARDS.tier)),
    );

    expect(shards.size).toBe(FACET_SHARDS.tier);
  });

  it('always puts the same listing on the same shard', () => {
    expect(shardOf('Zx81-abc', 8)).toBe(shardOf('Zx81-abc', 8));
  });

  it('reads differently written company names as one company', () => {
    expect(companyKey('ACME, Inc.')).toBe(companyKey('Acme  Inc'));
    expect(companyKey('Saltmarsh Software')).toBe('saltmarsh-software');
    expect(companyKey('#hash#')).not.toContain('#');
  });
});

describe('listedAtOf', () => {
  it('sorts a listing by its posting date', () => {
    expect(listedAtOf('2026-11-19T15:30:00Z', '2026-11-20T00:00:00Z')).toBe('2026-11-19T15:30:00.000Z');
  });

  it('never sorts a posting dated in the future above the time it was received', () => {
    expect(listedAtOf('2031-01-01T00:00:00Z', '2026-11-20T00:00:00Z')).toBe('2026-11-20T00:00:00.000Z');
  });

  it('uses the receipt time for an undated or unparseable posting', () => {
    expect(listedAtOf(null, '2026-11-20T00:00:00Z')).toBe('2026-11-20T00:00:00.000Z');
    expect(listedAtOf('last Tuesday', '2026-11-20T00:00:00Z')).toBe('2026-11-20T00:00:00.000Z');
  });
});

describe('location keys', () => {
  it('reads a US state from its code and from its name', () => {
    expect(locationKeysOf({ text: 'Seattle, WA', country: 'US', remote: false })).toEqual(['US', 'US-WA']);
    expect(locationKeysOf({ text: 'Austin, Texas', country: null, remote: null })).toEqual(['US', 'US-TX']);
  });

  it('reads a Canadian province and marks remote roles', () => {
    expect(locationKeysOf({ text: 'Toronto, ON', country: 'CA', remote: true })).toEqual([
      'CA',
      'CA-ON',
      'remote',
    ]);
  });

  it('does not mistake the city of Washington for the state', () => {
    expect(locationKeysOf({ text: 'Washington, DC', country: 'US', remote: false })).toEqual(['US', 'US-DC']);
  });

  it('keeps only the country when no region is named', () => {
    expect(locationKeysOf({ text: 'Berlin', country: 'de', remote: false })).toEqual(['DE']);
  });

  it('normalises location filters as clients type them', () => {
    expect(normalizeLocationKey('us-wa')).toBe('US-WA');
    expect(normalizeLocationKey('Remote')).toBe('remote');
    expect(normalizeLocationKey('Seattle')).toBeNull();
  });
});
