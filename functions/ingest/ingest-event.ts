/**
 * The ingest function's invocation payload: a URL to fetch, or a document's content.
 */
import { z } from 'zod';
import { FormatSchema } from '../enrichment/types.ts';
import type { IngestSource } from './ingest-document.ts';

export const IngestEventSchema = z.union([
  z.object({ url: z.url() }).strict(),
  z
    .object({
      content: z.string(),
      format: z.union([FormatSchema, z.literal('auto')]).optional(),
      contentType: z.string().nullable().optional(),
      file: z.string().nullable().optional(),
    })
    .strict(),
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
