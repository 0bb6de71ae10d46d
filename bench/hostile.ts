/** Time and memory of each hostile document through the whole parse + classify path. */
import { enrichDocument, loadTaxonomy } from '../functions/enrichment/index.ts';
import { hostileDocuments } from '../test/factories/hostile-documents.ts';
import { fmt } from './measure.ts';

export function benchHostile(): void {
  const taxonomy = loadTaxonomy();
  const now = new Date();
  for (const doc of hostileDocuments()) {
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    let outcome: string;
    try {
      outcome = `${enrichDocument({ content: doc.content }, { taxonomy, now }).length} record(s)`;
    } catch (error) {
      outcome = `error: ${(error as Error).message}`;
    }
    const ms = performance.now() - t0;
    const grew = (process.memoryUsage().rss - before) / 2 ** 20;
    console.log(
      `  ${doc.name.padEnd(24)} ${fmt(ms, 1).padStart(8)} ms  RSS +${fmt(Math.max(0, grew), 1)} MiB  ${outcome.slice(0, 80)}`,
    );
  }
}
