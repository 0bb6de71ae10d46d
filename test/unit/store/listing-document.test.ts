import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  contentHashOf,
  DOC_MAX_BYTES,
  decodeListingDocument,
  encodeListingDocument,
} from '../../../functions/store/listing-document.ts';
import { StoreError } from '../../../functions/store/store-error.ts';
import { buildListing } from '../../factories/postings.ts';

describe('listing documents', () => {
  it('stores an ordinary listing whole, compressed to well under its JSON', () => {
    const listing = buildListing();

    const encoded = encodeListingDocument(listing);

    expect(encoded.truncated).toBe(false);
    expect(encoded.body.byteLength).toBeLessThan(encoded.jsonBytes * 0.7);
    expect(decodeListingDocument(encoded.body)).toEqual(listing);
  });

  it('keeps where each field came from and whether each skill is required, and reads listings stored before either', () => {
    const listing = buildListing({
      skills: [
        {
          id: 'okta',
          label: 'Okta',
          category: 'identity-security',
          requirement: 'preferred',
          evidence: 'Okta a plus',
        },
      ],
      provenance: { title: 'heading', company: 'board', location: 'label', salary: 'structured' },
    });
    expect(decodeListingDocument(encodeListingDocument(listing).body)).toEqual(listing);
    const { provenance: _p, ...before } = listing;
    const old = {
      ...before,
      skills: [{ id: 'okta', label: 'Okta', category: 'identity-security', evidence: 'Okta' }],
    };
    expect(decodeListingDocument(encodeListingDocument(old).body)).toEqual(old);
  });

  it('cuts huge evidence quotes, compresses, and says the listing was truncated', () => {
    const quote = 'Responsible for the whole estate. '.repeat(30_000); // ~1 MB
    const listing = buildListing({
      skills: [{ id: 'okta', label: 'Okta', category: 'identity-security', evidence: quote }],
      role: {
        family: 'it-management',
        inScope: true,
        tier: 'director',
        confidence: 0.9,
        evidence: [{ rule: 'body', text: quote }],
      },
    });

    const encoded = encodeListingDocument(listing);
    const decoded = decodeListingDocument(encoded.body);

    expect(encoded.truncated).toBe(true);
    expect(encoded.body.byteLength).toBeLessThanOrEqual(DOC_MAX_BYTES);
    expect(decoded.truncated).toBe(true);
    expect(decoded.skills[0]?.evidence.length).toBeLessThanOrEqual(500);
    expect(decoded.role.tier).toBe('director');
  });

  it('compresses a large listing without cutting it when nothing is overlong', () => {
    const skills = Array.from({ length: 400 }, (_, i) => ({
      id: `skill-${i}`,
      label: `Skill ${i}`,
      category: 'cloud-platforms',
      evidence: `hands-on experience with platform number ${i} in production`,
    }));
    const listing = buildListing({ skills });

    const encoded = encodeListingDocument(listing);

    expect(encoded.truncated).toBe(false);
    expect(decodeListingDocument(encoded.body)).toEqual(listing);
  });

  it('refuses a damaged stored document with a StoreError', () => {
    expect(() => decodeListingDocument(brotliCompressSync('{"id":1}'))).toThrow(StoreError);
    expect(() => decodeListingDocument(brotliCompressSync('not json'))).toThrow(StoreError);
    expect(() => decodeListingDocument(new Uint8Array([1, 2, 3]))).toThrow(StoreError);
    expect(() => decodeListingDocument(undefined)).toThrow(StoreError);
  });

  it('hashes content without the enrichment time, but with the taxonomy version', () => {
    const listing = buildListing();

    expect(contentHashOf({ ...listing, enrichedAt: '2030-01-01T00:00:00Z' })).toBe(contentHashOf(listing));
    expect(contentHashOf({ ...listing, taxonomyVersion: 'tax-v2' })).not.toBe(contentHashOf(listing));
  });
});
