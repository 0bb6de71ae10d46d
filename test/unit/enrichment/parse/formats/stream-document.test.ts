import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PostingEvent,
  parseRawPostings,
  streamRawPostings,
} from '../../../../../functions/enrichment/parse/parse-postings.ts';
import type { RawPosting, Warning } from '../../../../../functions/enrichment/types.ts';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const read = (path: string) => new Uint8Array(readFileSync(`${root}${path}`));

/** Every feed and board fixture the repository keeps, read with format detection. */
const FEEDS = [
  'test/fixtures/formats/rss-board.xml',
  'test/fixtures/formats/rss-company-in-parens.xml',
  'test/fixtures/formats/rss-empty.xml',
  'test/fixtures/formats/atom-feed.xml',
  'test/fixtures/formats/xml-job-feed.xml',
  'test/fixtures/formats/utf16be-bom-feed.xml',
  'test/fixtures/formats/jsonfeed.json',
  'test/fixtures/formats/greenhouse-board.json',
  'test/fixtures/formats/greenhouse-no-pay.json',
  'test/fixtures/formats/wrong-types-greenhouse.json',
  'test/fixtures/formats/lever-postings.json',
  'test/fixtures/formats/ashby-board.json',
  'test/fixtures/feeds/cascade-it-careers.rss',
  'examples/feed.xml',
  'examples/board.json',
];

async function collect(
  chunks: Iterable<string | Uint8Array>,
  options?: Parameters<typeof streamRawPostings>[1],
  extra: { format?: 'rss' | 'greenhouse' } = {},
): Promise<{ postings: RawPosting[]; warnings: Warning[] }> {
  const postings: RawPosting[] = [];
  const warnings: Warning[] = [];
  const events: PostingEvent[] = [];
  for await (const event of streamRawPostings({ chunks, file: 'feed', ...extra }, options))
    events.push(event);
  for (const event of events) {
    if (event.kind === 'posting') postings.push(event.posting);
    else warnings.push(event.warning);
  }
  return { postings, warnings };
}

/** The bytes cut at the given offsets (sorted, deduplicated, inside the document). */
function cut(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    out.push(bytes.subarray(from, point));
    from = point;
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function rssFeed(count: number, description: (i: number) => string = (i) => `Lead team ${i} in Zürich.`) {
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<item><title>IT Manager ${i}</title><link>https://jobs.example/${i}</link><company>Acme ${i % 3}</company><description>${esc(description(i))}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Jobs board</title>\n${items.join('\n')}\n</channel></rss>\n`;
}

function greenhouseBoard(
  count: number,
  content: (i: number) => string = (i) => `<p>Run IT for site ${i}.</p>`,
) {
  const jobs = Array.from({ length: count }, (_, i) => ({
    id: 1000 + i,
    title: `Service Desk Manager ${i}`,
    absolute_url: `https://boards.greenhouse.io/acme/jobs/${1000 + i}`,
    location: { name: 'Leeds' },
    content: esc(content(i)),
  }));
  return JSON.stringify({ jobs, meta: { total: count } }, null, 1);
}

/** An XML job feed of another shape than RSS: Indeed's `<source>`, an ATS export's `<jobs>`. */
function xmlJobFeed(
  count: number,
  root: 'source' | 'jobs' | 'Vacancies',
  item = root === 'Vacancies' ? 'Vacancy' : 'job',
) {
  const jobs = Array.from(
    { length: count },
    (_, i) =>
      `<${item}><title><![CDATA[IT Manager ${i}]]></title><referencenumber>R-${i}</referencenumber><url>https://jobs.example/${i}</url><company><![CDATA[Acme ${i % 3}]]></company><city>Denver</city><state>CO</state><country>US</country><description><![CDATA[<p>Lead team ${i} and own the service desk.</p>]]></description><salary>$95,000 - $115,000 per year</salary></${item}>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<${root}><publisher>Board</publisher>\n${jobs.join('\n')}\n</${root}>\n`;
}

describe('an XML job feed that is not RSS (Indeed, ZipRecruiter, ATS exports)', () => {
  it('streams its jobs in batches into the postings the whole document gives, with their fields', async () => {
    for (const root of ['source', 'jobs', 'Vacancies'] as const) {
      const feed = xmlJobFeed(7, root);
      const whole = parseRawPostings({ content: feed, file: 'feed' });
      expect(whole).toHaveLength(7);
      expect(whole[1]?.source.format).toBe('xml');
      expect([whole[1]?.title, whole[1]?.company, whole[1]?.location.text]).toEqual([
        'IT Manager 1',
        'Acme 1',
        'Denver, CO',
      ]);
      expect(whole[1]?.source.externalId).toBe('R-1');
      expect(whole[1]?.pay).toMatchObject({
        min: 95000,
        max: 115000,
        period: 'year',
        raw: '$95,000 - $115,000 per year',
      });
      const { postings, warnings } = await collect([feed], { batchPostings: 2 });
      expect(warnings).toEqual([]);
      expect(postings).toEqual(whole);
    }
  });

  it('keeps the complete jobs of a feed cut off part-way and says where it broke', async () => {
    const feed = xmlJobFeed(5, 'source');
    const at = feed.indexOf('<job>', feed.indexOf('IT Manager 3')) + 40;
    const { postings, warnings } = await collect([feed.slice(0, at)], { batchPostings: 2 });
    expect(postings.map((p) => p.title)).toEqual([
      'IT Manager 0',
      'IT Manager 1',
      'IT Manager 2',
      'IT Manager 3',
    ]);
    expect(warnings.map((w) => w.id)).toEqual(['document-truncated']);
  });

  it('still refuses XML that lists no jobs, naming what it expected', () => {
    expect(() =>
      parseRawPostings({ content: '<?xml version="1.0"?><catalog><book><title>IT</title></book></catalog>' }),
    ).toThrow(/unknown XML format \(root element <catalog>\).*<job>/);
  });
});

describe('streamRawPostings', () => {
  it.each(FEEDS)(
    'reads %s cut at random points into the same postings as the whole document',
    async (path) => {
      const bytes = read(path);
      const whole = parseRawPostings({ content: bytes, file: 'feed' });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (offsets) => {
          expect((await collect(cut(bytes, offsets))).postings).toEqual(whole);
        }),
        { numRuns: 15 },
      );
    },
  );

  it('splits anywhere, inside a multi-byte character and inside an entity, without changing a posting', async () => {
    const feed = rssFeed(2, (i) => `Salário: 45.000 € – Zürich 東京 R&D ${i} 😀 &pound;5`).replace(
      '<title>Jobs board</title>',
      '<title>Jobs &amp; careers &#8211; board</title>',
    );
    const bytes = new TextEncoder().encode(feed);
    const whole = parseRawPostings({ content: bytes, file: 'feed' });
    expect(whole.map((p) => p.title)).toEqual(['IT Manager 0', 'IT Manager 1']);
    for (let at = 1; at < bytes.length; at++) {
      const { postings } = await collect([bytes.subarray(0, at), bytes.subarray(at)]);
      expect(postings).toEqual(whole);
    }
  });

  it('honours a declared legacy charset when the bytes arrive one at a time', async () => {
    const feed = rssFeed(2, (i) => `Caf\u00e9 ${i} \u2013 \u00a345,000`).replace('UTF-8', 'windows-1252');
    const bytes = Uint8Array.from(
      feed,
      (ch) => ({ '\u2013': 0x96, '\u00a3': 0xa3, '\u00e9': 0xe9 })[ch] ?? ch.charCodeAt(0),
    );
    const whole = parseRawPostings({ content: bytes });
    const { postings } = await collect(
      cut(
        bytes,
        Array.from(bytes, (_, i) => i),
      ),
    );
    expect(postings).toEqual(whole.map((p) => ({ ...p, source: { ...p.source, file: 'feed' } })));
    expect(JSON.stringify(postings)).toContain('Caf\u00e9 1 \u2013 \u00a345,000');
  });

  it('skips a later batch that is all news with a warning and keeps every vacancy around it; a feed that opens with news is refused', async () => {
    const item = (title: string, i: number) =>
      `<item><title>${title}</title><link>https://news.example/${i}</link><description>We published our annual report ${i}.</description></item>`;
    const feed = (titles: string[]) =>
      `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Ministry</title>\n${titles.map(item).join('\n')}\n</channel></rss>\n`;
    const jobs = ['IT Manager', 'Network Engineer', 'Head of IT', 'Service Desk Analyst'];
    const news = [
      'Annual report published',
      'Minister opens new bridge',
      'Spring newsletter',
      'Budget statement',
    ];
    const mixed = feed([...jobs.slice(0, 2), ...news, ...jobs.slice(2)]);
    const { postings, warnings } = await collect([mixed], { batchPostings: 2 });
    expect(postings.map((p) => p.title)).toEqual(jobs);
    expect(warnings.map((w) => w.id)).toContain('news-skipped');
    // The first batch decides for the document: nothing is said before a news feed is refused.
    await expect(collect([feed([...news, ...jobs])], { batchPostings: 2 })).rejects.toThrow(/not-a-posting/);
  });

  it('reads a feed in many batches into the postings of the whole feed', async () => {
    const feed = rssFeed(60);
    const whole = parseRawPostings({ content: feed });
    const { postings, warnings } = await collect([feed], { batchPostings: 7 });
    expect(warnings).toEqual([]);
    expect(postings.map((p) => [p.title, p.company, p.source.url])).toEqual(
      whole.map((p) => [p.title, p.company, p.source.url]),
    );
    const board = greenhouseBoard(45);
    const { postings: jobs } = await collect([board], { batchPostings: 4 });
    expect(jobs.map((p) => [p.title, p.source.format, p.source.url, p.location.text])).toEqual(
      parseRawPostings({ content: board }).map((p) => [
        p.title,
        p.source.format,
        p.source.url,
        p.location.text,
      ]),
    );
  });

  it('keeps the complete items of a feed that breaks off, and says where it broke', async () => {
    const feed = rssFeed(30);
    const broken = feed.slice(0, feed.indexOf('<item><title>IT Manager 20<') + 40);
    const { postings, warnings } = await collect([broken], { batchPostings: 7 });
    expect(postings.map((p) => p.title)).toEqual(Array.from({ length: 20 }, (_, i) => `IT Manager ${i}`));
    expect(warnings.map((w) => w.id)).toEqual(['document-truncated']);
    expect(warnings[0]?.detail).toContain(`character ${broken.length} inside <item> 21; 20 complete`);
    // The postings of the last batch say it too; earlier batches had gone before the break.
    expect(postings.at(-1)?.warnings?.map((w) => w.id)).toContain('document-truncated');
  });

  it('keeps the complete records of board JSON that breaks off', async () => {
    const board = greenhouseBoard(30);
    const broken = board.slice(0, board.indexOf('"Service Desk Manager 25"') + 10);
    const { postings, warnings } = await collect([broken], { batchPostings: 4 });
    expect(postings.map((p) => p.title)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Service Desk Manager ${i}`),
    );
    expect(warnings.map((w) => w.id)).toEqual(['document-truncated']);
  });

  it('skips a posting over the per-posting cap with a warning and keeps its neighbours', async () => {
    const huge = (i: number) => (i === 3 ? 'x'.repeat(40_000) : `Run site ${i}.`);
    const options = { maxPostingChars: 10_000, batchPostings: 2 };
    const feed = await collect(
      Array.from(rssFeed(6, huge).matchAll(/[\s\S]{1,3000}/g), (m) => m[0]),
      options,
    );
    expect(feed.postings.map((p) => p.title)).toEqual([0, 1, 2, 4, 5].map((i) => `IT Manager ${i}`));
    expect(feed.warnings.map((w) => w.id)).toEqual(['posting-too-large']);
    expect(feed.warnings[0]?.detail).toContain('<item> 4');
    const board = await collect(
      Array.from(greenhouseBoard(6, huge).matchAll(/[\s\S]{1,3000}/g), (m) => m[0]),
      options,
    );
    expect(board.postings.map((p) => p.title)).toEqual(
      [0, 1, 2, 4, 5].map((i) => `Service Desk Manager ${i}`),
    );
    expect(board.warnings.map((w) => w.id)).toEqual(['posting-too-large']);
  });

  it('reads a feed well past the whole-document limit', async () => {
    // 9 MB of RSS: refused whole, read as a stream (memory is measured in `npm run bench -- bigfeed`).
    const filler = 'Keep the lights on across every site. '.repeat(80);
    const pieces = function* () {
      yield '<?xml version="1.0"?><rss version="2.0"><channel><title>Big board</title>';
      for (let i = 0; i < 3_000; i++)
        yield `<item><title>IT Manager ${i}</title><guid>g-${i}</guid><company>Acme</company><description>${filler}</description></item>`;
      yield '</channel></rss>';
    };
    expect(() => parseRawPostings({ content: [...pieces()].join('') })).toThrow(/over the 8 MB limit/);
    let count = 0;
    for await (const event of streamRawPostings({ chunks: pieces() })) if (event.kind === 'posting') count++;
    expect(count).toBe(3_000);
  });

  it('refuses a page over the whole-document limit, and hostile XML, as the whole reader does', async () => {
    await expect(collect(['<html><body>', 'x'.repeat(9 * 1024 * 1024), '</body></html>'])).rejects.toThrow(
      /over the 8 MB limit/,
    );
    await expect(collect([read('test/fixtures/formats/billion-laughs.xml')])).rejects.toThrow(
      /entity declarations/,
    );
  });
});
