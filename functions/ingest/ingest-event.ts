/**
 * The ingest function's invocation payload: a URL to fetch, or a document's content.
 */
import * as z from 'zod/mini';
import { FormatSchema } from '../enrichment/index.ts';
import type { IngestSource } from './ingest-document.ts';

export const IngestEventSchema = z.union([
  z.strictObject({ url: z.url() }),
  z.strictObject({
    content: z.string(),
    format: z.optional(z.union([FormatSchema, z.literal('auto')])),
    contentType: z.optional(z.nullable(z.string())),
    file: z.optional(z.nullable(z.string())),
  }),
]);
export type IngestEvent = z.infer<typeof IngestEventSchema>;

/** The ingest source an event names. */
export function toIngestSource(event: IngestEvent): IngestSource {
  if ('url' in event) return { url: event.url };
  return {
    document: {
      content: event.content,
      format: event.format ?? 'auto',
      contentType: event.contentType ?? null,
      file: event.file ?? null,
    },
  };
}
