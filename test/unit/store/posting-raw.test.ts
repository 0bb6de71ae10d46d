import { randomBytes } from 'node:crypto';
import { brotliCompressSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMBINED_POSTING_MAX_BYTES,
  decodeListingDocument,
  decodePostingRaw,
  decodeStoredDocument,
  encodeListingDocument,
  encodePostingRaw,
  RAW_MAX_BYTES,
} from '../../../functions/store/listing-document.ts';
import { StoreError } from '../../../functions/store/store-error.ts';
import { buildListing, buildPosting, paragraphs } from '../../factories/postings.ts';

describe('the posting as received (raw)', () => {
  it('comes back exactly as it went in, whatever its text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }),
        fc.option(fc.constantFrom('__proto__', 'constructor', 'Acme')),
        (title, texts, company) => {
          const posting = buildPosting({ title, company, blocks: paragraphs(...texts) });
          const body = encodePostingRaw(posting);
          expect(body).not.toBeNull();
          expect(decodePostingRaw(body as Uint8Array)).toEqual(posting);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is compressed well under the JSON it holds', () => {
    const text = 'Lead the service desk, Okta and Intune rollouts, and the vendor contracts. '.repeat(60);
    const posting = buildPosting({ blocks: paragraphs(text) });
    const body = encodePostingRaw(posting) as Uint8Array;
    expect(body.byteLength).toBeLessThan(Buffer.byteLength(JSON.stringify(posting)) / 4);
  });

  it('is not kept when even compressed it is over its share of the item', () => {
    // Random text does not compress: 400 KB of base64 stays near 300 KB under brotli.
    const noise = randomBytes(300_000).toString('base64');
    expect(encodePostingRaw(buildPosting({ blocks: paragraphs(noise) }))).toBeNull();
    const small = encodePostingRaw(buildPosting({ blocks: paragraphs(noise.slice(0, 100_000)) }));
    expect(small?.byteLength).toBeLessThanOrEqual(RAW_MAX_BYTES);
  });

  it('refuses a damaged or foreign body with a StoreError', () => {
    expect(() => decodePostingRaw(new Uint8Array([1, 2, 3]))).toThrow(StoreError);
    const notAPosting = encodePostingRaw(buildPosting()) as Uint8Array;
    expect(() => decodePostingRaw(brotliCompressSync('{"title":1}'))).toThrow(StoreError);
    expect(decodePostingRaw(notAPosting).title).toBe(buildPosting().title);
  });

  it('shares one compressed stream with its listing when small, smaller than the two apart; a large one is kept apart', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }), (texts) => {
        const posting = buildPosting({ blocks: paragraphs(texts.join(' ')) });
        const listing = buildListing({ title: posting.title });
        const both = encodeListingDocument(listing, posting);
        expect(both.withPosting).toBe(true);
        expect(decodeStoredDocument(both.body)).toEqual({ listing, posting });
        expect(decodeListingDocument(both.body)).toEqual(listing);
        const apart =
          encodeListingDocument(listing).body.byteLength + (encodePostingRaw(posting)?.byteLength ?? 0);
        expect(both.body.byteLength).toBeLessThan(apart);
      }),
      { numRuns: 30 },
    );
    const large = buildPosting({
      blocks: paragraphs('Runs the service desk and the estate. '.repeat(2_000)),
    });
    expect(JSON.stringify(large).length).toBeGreaterThan(COMBINED_POSTING_MAX_BYTES);
    const listing = buildListing();
    const encoded = encodeListingDocument(listing, large);
    expect(encoded.withPosting).toBe(false);
    expect(decodeStoredDocument(encoded.body)).toEqual({ listing, posting: null });
    // A listing stored before postings were kept with it reads as it did.
    expect(decodeStoredDocument(encodeListingDocument(listing).body).posting).toBeNull();
  });
});
