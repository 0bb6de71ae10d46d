import { enrichPosting, jobIdentity, loadTaxonomy, parsePostings } from './functions/enrichment/index.ts';
import { makePosting } from './bench/corpus.ts';
import { encodeListingDocument, encodePostingRaw } from './functions/store/listing-document.ts';
import { listingItemOf } from './functions/store/listing-item.ts';
const taxonomy = loadTaxonomy();
const size = (item: Record<string, any>) => { const parts: Record<string, number> = {}; for (const [k, v] of Object.entries(item)) { let n = Buffer.byteLength(k); if (v.S !== undefined) n += Buffer.byteLength(v.S); else if (v.B) n += v.B.byteLength; else if (v.N) n += Math.ceil(v.N.length / 2) + 1; else n += 1; parts[k] = n; } return parts; };
const over: number[] = []; const tot: Record<string, number> = {}; let n = 0; const hist: Record<number, number> = {};
for (let i = 0; i < 240; i++) {
  const [p] = parsePostings({ content: makePosting(i, 4000), format: 'html' });
  if (!p) continue;
  const l = enrichPosting(p, { taxonomy, now: new Date('2026-11-21T00:00:00.000Z') } as never);
  const doc = { ...l, sources: [{ format: l.source.format, url: l.source.url, firstSeen: '2026-11-21T00:00:00.000Z', lastSeen: '2026-11-21T00:00:00.000Z' }], firstSeenAt: '2026-11-21T00:00:00.000Z', lastSeenAt: '2026-11-21T00:00:00.000Z' };
  const item = listingItemOf(doc as never, { rev: 1, contentHash: 'x'.repeat(22), taxonomyVersion: l.taxonomyVersion, enrichedAt: l.enrichedAt, receivedAt: '2026-11-21T00:00:00.000Z', firstReceivedAt: '2026-11-21T00:00:00.000Z', listedAt: '2026-11-21T00:00:00.000Z' }, encodeListingDocument(doc as never, p), null, jobIdentity({ ...l, blocks: p.blocks } as never));
  const parts = size(item); let all = 0;
  for (const [k, v] of Object.entries(parts)) { tot[k] = (tot[k] ?? 0) + v; all += v; }
  tot.__all = (tot.__all ?? 0) + all; n++; if (l.role.inScope) over.push(all - 2048); const kb = Math.ceil(all / 1024); hist[kb] = (hist[kb] ?? 0) + 1;
}
console.log(n, Object.entries(tot).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${Math.round(v / n)}`).join(' '));
console.log('WRU histogram', hist); over.sort((a,b)=>a-b); console.log('in-scope over 2048 by', over.filter(x=>x>0).length, 'of', over.length, over.filter(x=>x>0).join(' '));
import { brotliCompressSync, constants } from 'node:zlib';
let sep = 0, comb = 0, m = 0;
for (let i = 0; i < 240; i++) {
  const [p] = parsePostings({ content: makePosting(i, 4000), format: 'html' });
  if (!p) continue;
  const l = enrichPosting(p, { taxonomy, now: new Date('2026-11-21T00:00:00.000Z') } as never);
  const c = (j: string) => brotliCompressSync(j, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_LGWIN]: 16, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }).byteLength;
  sep += c(JSON.stringify(l)) + c(JSON.stringify(p)); comb += c(JSON.stringify([l, p])); m++;
}
console.log('separate', sep / m, 'combined', comb / m);
