/**
 * `npm run bench -- reenrich`: what keeping the posting as received costs, and what a
 * re-enrichment costs, measured on DynamoDB Local with ReturnConsumedCapacity (cost.ts's meter).
 *
 * 1. The bench corpus's postings (careers pages of ~4 KB, parsed as ingest parses them) are
 *    stored under an older taxonomy (the shipped one with a band moved and a skill cue added),
 *    each with its posting kept (`raw`): bytes kept per posting.
 * 2. `runReenrich` (unpaced) brings them to the shipped taxonomy: seconds, RRU and WRU per 1,000
 *    listings re-enriched, and the same for a dry run; then every listing is checked against a
 *    fresh enrichment of its posting. REENRICH_LISTINGS sets the count (default 1,000).
 */
import { createDynamoDbClient } from '../functions/aws-clients.ts';
import { enrichPosting, loadTaxonomy, type Posting, parsePostings } from '../functions/enrichment/index.ts';
import { ensureTable } from '../functions/local/bootstrap.ts';
import { runReenrich } from '../functions/reenrich/reenrich-job.ts';
import { DynamoDbListingStore } from '../functions/store/dynamodb-listing-store.ts';
import { encodeListingDocument, encodePostingRaw } from '../functions/store/listing-document.ts';
import { startDynamoDbLocalBackend } from '../test/integration/support/dynamodb-backends.ts';
import { editedTaxonomy } from '../test/integration/support/reenrich-fixture.ts';
import { makePosting } from './corpus.ts';
import { CapacityMeter, meterClient } from './cost.ts';
import { fmt } from './measure.ts';

export async function benchReenrich(count = Number(process.env.REENRICH_LISTINGS ?? 1_000)): Promise<void> {
  const backend = await startDynamoDbLocalBackend();
  const client = createDynamoDbClient({ region: 'us-east-1', endpoint: backend.endpoint });
  const meter = new CapacityMeter();
  meterClient(client, meter);
  const tableName = 'bench-reenrich';
  try {
    await ensureTable(client, tableName);
    const store = new DynamoDbListingStore({ client, tableName, benchmarkCacheMs: 0 });
    const old = editedTaxonomy({ tier: 3, scale: 0.8, widen: 1.1, skill: 20, cue: 0 });
    const current = loadTaxonomy();
    const receivedAt = '2026-11-21T00:00:00.000Z';
    const postings: Posting[] = [];
    for (let i = 0; postings.length < count; i += 1) {
      const [posting] = parsePostings({ content: makePosting(i, 4_000), format: 'html' });
      if (posting) postings.push(posting);
    }
    let rawBytes = 0;
    let docBytes = 0;
    let jsonBytes = 0;
    const ingest = meter.snapshot();
    const ingestStart = performance.now();
    const queue = [...postings];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let posting = queue.shift(); posting; posting = queue.shift()) {
          const listing = enrichPosting(posting, { taxonomy: old, now: new Date(receivedAt) });
          rawBytes += encodePostingRaw(posting)?.byteLength ?? 0;
          jsonBytes += Buffer.byteLength(JSON.stringify(posting));
          docBytes += encodeListingDocument(listing).body.byteLength;
          await store.putListing(listing, { receivedAt, posting });
        }
      }),
    );
    const ingested = meter.since(ingest);
    console.log(
      `posting kept as received: ${fmt(rawBytes / count, 0)} bytes per posting brotli (${fmt(jsonBytes / count, 0)} bytes of JSON; the listing document beside it ${fmt(docBytes / count, 0)} bytes); ` +
        `ingest with it: ${fmt(ingested.write / count, 1)} WRU per posting (${fmt(count)} postings, ${fmt((performance.now() - ingestStart) / 1000, 1)} s)`,
    );

    const per1k = (units: number) => fmt((units / count) * 1000, 0);
    const dryStart = performance.now();
    const dryBefore = meter.snapshot();
    const dry = await runReenrich({
      writer: { client, tableName, retry: {} },
      taxonomy: current,
      rate: 0,
      dryRun: true,
    });
    const dryUsed = meter.since(dryBefore);
    const drySeconds = (performance.now() - dryStart) / 1000;
    const start = performance.now();
    const before = meter.snapshot();
    const summary = await runReenrich({
      writer: { client, tableName, retry: {} },
      taxonomy: current,
      rate: 0,
    });
    const used = meter.since(before);
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `re-enrichment of ${fmt(summary.seen)} listings (${summary.changed} changed, ${summary.restamped} restamped), DynamoDB Local, unpaced: ` +
        `per 1,000 listings ${fmt((seconds / summary.seen) * 1000, 1)} s, ${per1k(used.read)} RRU, ${per1k(used.write)} WRU ` +
        `(${fmt(used.calls / summary.seen, 1)} calls a listing); dry run per 1,000: ${fmt((drySeconds / dry.seen) * 1000, 1)} s, ${per1k(dryUsed.read)} RRU, 0 WRU`,
    );
    console.log(
      `  tier moves ${JSON.stringify(summary.tierMoves)}; band position moves ${JSON.stringify(summary.positionMoves)}; in scope +${summary.inScopeGained} -${summary.inScopeLost}`,
    );
    // Every listing equals a fresh enrichment of its posting (its enrichment time aside).
    const now = new Date();
    const want = postings.map((p) => enrichPosting(p, { taxonomy: current, now }));
    const got = await store.getListings(want.map((l) => l.id));
    // Where and when the store saw the job (issue 18's sources) are the store's, not the enrichment's.
    const strip = (l: { enrichedAt: string }) => {
      const {
        sources: _s,
        firstSeenAt: _f,
        lastSeenAt: _l,
        duplicates: _d,
        ...answer
      } = l as typeof l & Record<'sources' | 'firstSeenAt' | 'lastSeenAt' | 'duplicates', unknown>;
      return JSON.stringify({ ...answer, enrichedAt: '' });
    };
    const wrong = want.filter((w, i) => got[i] === undefined || strip(got[i] as typeof w) !== strip(w));
    if (got.length !== want.length || wrong.length > 0)
      throw new Error(`${wrong.length} re-enriched listings differ from a fresh enrichment`);
    console.log(
      `  checked: all ${fmt(got.length)} listings equal a fresh enrichment under the taxonomy in force`,
    );
  } finally {
    client.destroy();
    await backend.stop();
  }
}
