/**
 * The postings queue's message: `{ v: 1, posting: Posting, receivedAt }` as JSON, validated
 * on both sides with the same schema. The posting is already parsed into text blocks (no HTML),
 * so the consumer needs no markup parser. `v` lets a later format be told apart from this one.
 *
 * SQS accepts #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF in a body, and
 * fauxqs 1.9.2 refuses the last range (emoji), so bodies carry every character above U+FFFF
 * (and the two non-characters U+FFFE, U+FFFF) as JSON `\uXXXX` escapes: still the same JSON,
 * valid on every queue. JSON.stringify already escapes control characters and lone surrogates.
 */
import * as z from 'zod/mini';
import { type Posting, PostingSchema } from '../enrichment/index.ts';

export const ENVELOPE_VERSION = 1;

export const PostingEnvelopeSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  posting: PostingSchema,
  receivedAt: z.iso.datetime({ offset: true }),
});
export interface PostingEnvelope {
  readonly v: typeof ENVELOPE_VERSION;
  readonly posting: Posting;
  readonly receivedAt: string;
}

/** A queue message that is not a posting envelope; the message names what is wrong. */
export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
}

/** Characters SQS-compatible queues may refuse in a body, written as JSON escapes instead. */
const NEEDS_ESCAPE = /[\u{10000}-\u{10FFFF}\uFFFE\uFFFF]/gu;

const escapeUnit = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

/**
 * The message body of an envelope: JSON with characters above U+FFFF escaped.
 * @example encodeEnvelope(envelope).includes('😀') // false: it travels as "\ud83d\ude00"
 */
export function encodeEnvelope(envelope: PostingEnvelope): string {
  return JSON.stringify(envelope).replace(NEEDS_ESCAPE, (ch) => {
    let out = '';
    for (let i = 0; i < ch.length; i += 1) out += escapeUnit(ch.charCodeAt(i));
    return out;
  });
}

/** Bytes a body counts against the SQS size limit (UTF-8). */
export function bodyBytes(body: string): number {
  return Buffer.byteLength(body, 'utf8');
}

/**
 * Parses and validates a message body.
 * @throws EnvelopeError with the first problem's path, e.g. `posting.title: expected string`.
 */
export function decodeEnvelope(body: string): PostingEnvelope {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new EnvelopeError('message body is not JSON', { cause: error });
  }
  const parsed = PostingEnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? issue.path.join('.') : '(root)';
    throw new EnvelopeError(
      `message body is not a posting envelope: ${path}: ${issue?.message ?? 'invalid'}`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data as PostingEnvelope;
}
