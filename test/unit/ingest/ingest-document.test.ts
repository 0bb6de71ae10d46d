import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DocumentError, listingId, type Posting } from '../../../functions/enrichment/index.ts';
import { IngestError, ingestDocument } from '../../../functions/ingest/ingest-document.ts';
import type { SendPostingsResult } from '../../../functions/ingest/send-postings.ts';

const FEED = new URL('../../fixtures/feeds/cascade-it-careers.rss', import.meta.url);

function capture(rejectIndex?: number) {
  const sent: Posting[][] = [];
  const send = async (postings: readonly Posting[]): Promise<SendPostingsResult> => {
    sent.push([...postings]);
    return {
      queued: postings.flatMap((_, index) =>
        index === rejectIndex ? [] : [{ index, messageId: `m${index}` }],
      ),
      rejected:
        rejectIndex === undefined ? [] : [{ index: rejectIndex, reason: 'too big', retryable: false }],
    };
  };
  return { sent, send };
}

describe('ingestDocument', () => {
  it('queues every posting of a feed as text blocks and answers their listing ids', async () => {
    const { sent, send } = capture();

    const result = await ingestDocument(
      { document: { content: await readFile(FEED), file: 'cascade-it-careers.rss' } },
      { send },
    );

    expect(result.found).toBe(5);
    expect(result.queued).toBe(5);
    expect(sent[0]?.every((p) => p.blocks.length > 0)).toBe(true);
    expect(result.ids).toEqual(sent[0]?.map(listingId));
  });

  it('answers only the ids of queued postings and the reason for the others', async () => {
    const { send } = capture(1);

    const result = await ingestDocument({ document: { content: await readFile(FEED) } }, { send });

    expect(result.ids).toHaveLength(4);
    expect(result.rejected).toEqual([{ index: 1, reason: 'too big', retryable: false }]);
  });

  it('fetches a URL first when given one', async () => {
    const { send } = capture();
    const body = await readFile(FEED);

    const result = await ingestDocument(
      { url: 'https://careers.cascadetech.example/feed.rss' },
      {
        send,
        fetch: async (url) => ({
          status: 'ok',
          url,
          body,
          contentType: 'application/rss+xml',
          etag: null,
          lastModified: null,
        }),
      },
    );

    expect(result.queued).toBe(5);
  });

  it('refuses a URL where no fetcher is wired, and a document that is not postings', async () => {
    const { sent, send } = capture();

    await expect(ingestDocument({ url: 'https://example.com/' }, { send })).rejects.toThrow(IngestError);
    await expect(
      ingestDocument({ document: { content: '\u0000\u0001\u0002 binary' } }, { send }),
    ).rejects.toThrow(DocumentError);
    expect(sent).toEqual([]);
  });
});

describe('ingestDocument on a document that parses in batches', () => {
  it('sends each batch as it parses and numbers rejections by their place in the document', async () => {
    const items = Array.from(
      { length: 8 },
      (_, i) => `<item><title>IT Manager ${i}</title><link>https://jobs.example/${i}</link></item>`,
    );
    const feed = `<rss version="2.0"><channel><title>Board</title>${items.join('')}</channel></rss>`;
    const { sent, send } = capture(1);
    const result = await ingestDocument({ document: { content: feed } }, { send, batchSize: 3 });
    // The second posting of every batch is refused.
    expect(sent.map((batch) => batch.length)).toEqual([3, 3, 2]);
    expect(result).toMatchObject({ found: 8, queued: 5 });
    expect(result.rejected.map((r) => r.index)).toEqual([1, 4, 7]);
    expect(result.ids).toEqual([0, 2, 3, 5, 6].map((i) => listingId(sent.flat()[i] as Posting)));
  });
});
