import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodySignature, foldText, signatureSimilarity } from '../../../../functions/enrichment/index.ts';

/** The fold as first written (every text through NFKC and Unicode classes): the fast path must agree. */
const referenceFold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const ASCII_TEXT =
  'Harbourline Freight moves containers for 400 shippers from five Pacific Northwest terminals. Lead a team of six engineers who run our network, servers and end-user support.';
const MIXED_TEXT =
  'Harbourline Freight moves containers for 400 shippers from five Pacific ports. Lead a team of six engineers who run our network, servers and end-user support. Café crème — Ⅻ ﬁle.';

describe('body signatures', () => {
  // Signatures are stored with each listing's identity: a faster hash must give the same bytes,
  // or every stored job stops matching its repost.
  it('gives the signatures stored identities were written with', () => {
    expect(bodySignature(ASCII_TEXT)).toBe(
      'G37E_2JwIQ-yMxqQ0s8QqOgN8KI9qD81p9af2i3RxuQ_4EGbsDb_mK0XLJo8uvV5cEH6dI8pJNRowdyks0mVnPvl6miWDPgDK7emrVsRLittymDGJZMiToY8pYJuiHaaMbD2yMYYQyIUs0-paEaL5hfmWyOoOzPZaKBGGzCxxjc',
    );
    expect(bodySignature(MIXED_TEXT)).toBe(
      'G359HBfnFSrLkBqQ0s-plOgN8KI9qD81p9af2sRNxuQ_4EGbsDb_mK0XHQE8uvV5cEH6dFlHJNRowdyks0mrV_vlFhw65fgDK7emrVsRJjFtymDGR-XoHIY8pYJuiO7uMbA68MYYQyIUs0-pKAqL5hfmWyOoOzPZlzJGGzCxxjc',
    );
    expect(signatureSimilarity(bodySignature(ASCII_TEXT), bodySignature(MIXED_TEXT))).toBe(0.71875);
  });

  it('folds ASCII and non-ASCII text as the Unicode fold does', () => {
    expect(foldText(MIXED_TEXT)).toBe(referenceFold(MIXED_TEXT));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' })),
        (text) => {
          expect(foldText(text)).toBe(referenceFold(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('compares only well-formed signatures of one length', () => {
    const a = bodySignature(ASCII_TEXT);
    expect(signatureSimilarity(a, a)).toBe(1);
    expect(signatureSimilarity(a, `${a?.slice(0, -1)}*`)).toBeNull();
    expect(signatureSimilarity(a, `${a?.slice(0, -1)}é`)).toBeNull();
    expect(signatureSimilarity(a, a?.slice(0, -4) ?? null)).toBeNull();
    expect(signatureSimilarity('', '')).toBeNull();
  });
});
