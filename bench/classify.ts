/**
 * Throughput of the enrichment core against its floor: cheerio/slim loading each document and
 * taking its text (the least any HTML-reading classifier must do), alternating in one run.
 */
import { load } from 'cheerio/slim';
import { enrichDocument, loadTaxonomy } from '../functions/enrichment/index.ts';
import { makeFeed, makePosting } from './corpus.ts';
import { alternate, fmt, PeakMemory } from './measure.ts';

export interface ThroughputResult {
  readonly postingsPerSecond: number;
  readonly floorPerSecond: number;
  readonly ratio: number;
  readonly peakRssMiB: number;
}

function throughput(count: number, median: Record<string, number>, memory: PeakMemory): ThroughputResult {
  const enrichMs = median.enrich as number;
  const floorMs = median.floor as number;
  return {
    postingsPerSecond: (count / enrichMs) * 1000,
    floorPerSecond: (count / floorMs) * 1000,
    ratio: enrichMs / floorMs,
    peakRssMiB: memory.mib,
  };
}

export function benchPages(count = 2_000, rounds = 5): ThroughputResult {
  const taxonomy = loadTaxonomy();
  const now = new Date('2026-11-22T00:00:00Z');
  const pages = Array.from({ length: count }, (_, i) => makePosting(i));
  const memory = new PeakMemory();
  let sink = 0;
  const median = alternate(rounds, {
    floor: () => {
      for (const html of pages) sink += load(html).text().length;
      memory.sample();
    },
    enrich: () => {
      for (const html of pages)
        sink += enrichDocument({ content: html, format: 'html' }, { taxonomy, now }).length;
      memory.sample();
    },
  });
  if (sink === 0) throw new Error('benchmark did no work');
  return throughput(count, median, memory);
}

export function benchFeed(count = 3_000, rounds = 9): ThroughputResult {
  const taxonomy = loadTaxonomy();
  const now = new Date('2026-11-22T00:00:00Z');
  const feed = makeFeed(count);
  const memory = new PeakMemory();
  let sink = 0;
  const median = alternate(rounds, {
    floor: () => {
      const $ = load(feed, { xml: true });
      $('item > description').each((_, el) => {
        sink += load($(el).text()).text().length;
      });
      memory.sample();
    },
    enrich: () => {
      sink += enrichDocument({ content: feed, format: 'rss' }, { taxonomy, now }).length;
      memory.sample();
    },
  });
  if (sink === 0) throw new Error('benchmark did no work');
  return throughput(count, median, memory);
}

export function printThroughput(label: string, r: ThroughputResult): void {
  console.log(
    `${label}: ${fmt(r.postingsPerSecond)} postings/s (floor ${fmt(r.floorPerSecond)}/s), ratio ${fmt(r.ratio, 2)} (goal <= 1.5), peak RSS ${fmt(r.peakRssMiB, 1)} MiB`,
  );
}
