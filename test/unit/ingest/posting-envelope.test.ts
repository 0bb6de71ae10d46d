import { describe, expect, it } from 'vitest';
import {
  decodeEnvelope,
  EnvelopeError,
  encodeEnvelope,
  type PostingEnvelope,
} from '../../../functions/ingest/posting-envelope.ts';
import { buildPosting, paragraphs } from '../../factories/postings.ts';

/** Whether every character is one fauxqs 1.9.2 accepts: SQS's set without the range above U+FFFF. */
const fauxqsAccepts = (body: string) =>
  [...body].every((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
  });

const envelopeOf = (title: string): PostingEnvelope => ({
  v: 1,
  posting: buildPosting({
    title,
    blocks: paragraphs(title, 'We ship 🚀 weekly; café, naïve, 北京, 👩🏽‍💻.'),
  }),
  receivedAt: '2026-11-20T08:00:00.000Z',
});

describe('posting envelope', () => {
  it('carries emoji and any Unicode through a body fauxqs accepts', () => {
    const envelope = envelopeOf('Head of IT 🚀 (Zürich) — 𝐈𝐓 𝐌𝐚𝐧𝐚𝐠𝐞𝐫');

    const body = encodeEnvelope(envelope);

    expect(fauxqsAccepts(body)).toBe(true);
    expect(body).toContain('\\ud83d\\ude80');
    expect(decodeEnvelope(body)).toEqual(envelope);
  });

  it('escapes control characters, lone surrogates and non-characters too', () => {
    const envelope = envelopeOf(`IT Manager\u0000\u0007\ud800\uFFFE\uFFFF end`);

    const body = encodeEnvelope(envelope);

    expect(fauxqsAccepts(body)).toBe(true);
    expect(decodeEnvelope(body).posting.title).toBe(envelope.posting.title);
  });

  it('names the broken field of a body that is not an envelope', () => {
    const body = JSON.stringify({
      v: 1,
      posting: { ...buildPosting(), title: 42 },
      receivedAt: '2026-11-20T08:00:00Z',
    });

    expect(() => decodeEnvelope(body)).toThrow(/posting\.title/);
  });

  it('refuses a body that is not JSON, or of another version', () => {
    expect(() => decodeEnvelope('<xml/>')).toThrow(EnvelopeError);
    expect(() => decodeEnvelope(JSON.stringify({ ...envelopeOf('x'), v: 2 }))).toThrow(EnvelopeError);
  });
});
