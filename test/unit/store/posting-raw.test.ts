import { randomBytes } from 'node:crypto';
import { brotliCompressSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePostingRaw,
  encodePostingRaw,
  RAW_MAX_BYTES,
} from '../../../functions/store/listing-document.ts';
import { StoreError } from '../../../functions/store/store-error.ts';
import { buildPosting, paragraphs } from '../../factories/postings.ts';

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
});
