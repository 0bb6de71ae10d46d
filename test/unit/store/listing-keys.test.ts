import { describe, expect, it } from 'vitest';
import { indexAttributesOf } from '../../../functions/store/listing-item.ts';
import {
  companyKey,
  idList,
  idsOf,
  indexItemKeysOf,
  listedAtOf,
  parseSortKey,
  SHARDS,
  shardOf,
} from '../../../functions/store/listing-keys.ts';
import { locationKeysOf, normalizeLocationKey } from '../../../functions/store/location-keys.ts';
import { buildListing } from '../../factories/postings.ts';

describe('index keys', () => {
  it('keys a listing into the all, tier and company indexes from its one item, with the pay figures benchmarks read', () => {
    const listing = buildListing({ id: 'abc' });

    const attrs = indexAttributesOf(listing, '2026-11-19T15:30:00.000Z');

    expect(attrs).toMatchObject({
      ls: '2026-11-19T15:30:00.000Z#abc',
      gA: `all#${shardOf('abc', SHARDS.all)}`,
      gT: `director#${shardOf('abc', SHARDS.tier)}`,
      gC: 'saltmarsh-software',
      tr: 'director',
      po: 'within',
      ks: ',okta,itsm,',
      cs: ',itil,',
      m: 210_000,
      ml: 210_000,
      cu: 'USD',
      c: 'US',
      lk: ',US,US-WA,',
    });
  });

  it('gives one index item per skill and certification, sorted newest first by the same key', () => {
    const keys = indexItemKeysOf(
      'abc',
      ['okta', 'itsm', 'okta'],
      ['itil'],
      '2026-11-19T15:30:00.000Z',
      'Hash1234xyz',
    );

    expect(keys.map((k) => k.pk.replace(/#\d+$/, ''))).toEqual(['X#s#okta', 'X#s#itsm', 'X#c#itil']);
    expect(new Set(keys.map((k) => k.sk))).toEqual(new Set(['2026-11-19T15:30:00.000Z#abc#Hash1234']));
    expect(parseSortKey(keys[0]?.sk ?? '')).toEqual({
      listedSort: '2026-11-19T15:30:00.000Z#abc',
      id: 'abc',
      version: 'Hash1234',
    });
  });

  it('leaves an out-of-scope listing out of the tier and pay index', () => {
    const listing = buildListing({
      role: { family: 'it-management', inScope: false, tier: null, confidence: 0.9, evidence: [] },
      band: null,
    });

    const attrs = indexAttributesOf(listing, '2026-11-19T15:30:00.000Z');

    expect(attrs.gT).toBeUndefined();
    expect(attrs.m).toBeUndefined();
    expect(attrs.tr).toBeUndefined();
    expect(attrs.gA).toMatch(/^all#\d$/);
  });

  it('keeps id lists whole: one id never matches inside another', () => {
    const list = idList(['aws', 'aws-security', 'a,b#c']);

    expect(list).toBe(',aws,aws-security,abc,');
    expect(list.includes(',aws-sec,')).toBe(false);
    expect(idsOf(list)).toEqual(['aws', 'aws-security', 'abc']);
    expect(idList([])).toBe(',');
  });

  it('spreads the listings of one tier over every shard', () => {
    const shards = new Set(Array.from({ length: 2000 }, (_, i) => shardOf(`listing-${i}`, SHARDS.tier)));

    expect(shards.size).toBe(SHARDS.tier);
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
