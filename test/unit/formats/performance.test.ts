import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../functions/enrichment/formats/index.ts';

const ITEMS = 3_000;
const COMPANIES = [
  'Harbor Freight Lines',
  'Juniper Dental Group',
  'Saltmarsh Software',
  'Cedar Valley Schools',
];

function buildFeed(): string {
  const items: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const company = COMPANIES[i % COMPANIES.length];
    items.push(`<item>
  <title>IT Operations Manager ${i} at ${company}</title>
  <link>https://jobs.example.net/j/${i}</link>
  <guid isPermaLink="false">job-${i}</guid>
  <pubDate>Mon, 16 Nov 2026 ${String(i % 24).padStart(2, '0')}:00:00 GMT</pubDate>
  <description><![CDATA[<p>Lead a team of ${(i % 9) + 2} engineers across ${i % 40} sites.</p>
  <h3>Requirements</h3><ul><li>Microsoft 365 &amp; Intune</li><li>Vendor management</li><li>ITIL v4</li></ul>
  <p>Pay: $${95 + (i % 30)}k-$${120 + (i % 30)}k/yr</p>]]></description>
</item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Jobs</title>\n${items.join('\n')}\n</channel></rss>`;
}

/** The fastest of a few runs: the figure least disturbed by other work on a shared machine. */
function fastest(runs: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('parseDocument performance', () => {
  it('splits a 3,000-item RSS feed for little more than cheerio parsing it and each description', () => {
    const feed = buildFeed();
    const baseline = () => {
      const $ = load(feed, { xml: true });
      for (const description of $('item > description').toArray()) load($(description).text());
    };
    const ours = () => {
      const postings = parseDocument({ content: feed });
      if (postings.length !== ITEMS) throw new Error(`expected ${ITEMS} postings, got ${postings.length}`);
    };
    baseline();
    ours();
    const ratio = fastest(3, ours) / fastest(3, baseline);
    expect(ratio).toBeLessThan(1.5);
  });
});
