import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { MAX_POSTINGS } from '../../../../../functions/enrichment/parse/formats/limits.ts';
import { DocumentError } from '../../../../../functions/enrichment/types.ts';
import { parseFixture, readFixture, thrown } from './fixture.ts';

const ENTITY_REFUSAL = 'XML entity declarations (<!ENTITY> in a DOCTYPE) are not accepted';

describe('parseDocument on hostile input', () => {
  it('refuses a billion-laughs feed quickly, without expanding anything', () => {
    const started = performance.now();
    const error = thrown(() => parseFixture('billion-laughs.xml'));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.message).toBe(ENTITY_REFUSAL);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses an external-entity (XXE) feed without reading the file it names', () => {
    const error = thrown(() => parseFixture('xxe.xml'));
    expect(error.message).toBe(ENTITY_REFUSAL);
    expect(error.message).not.toContain('root:');
  });

  it('refuses entity declarations even when the caller forces the format', () => {
    expect(thrown(() => parseFixture('billion-laughs.xml', { format: 'rss' })).message).toBe(ENTITY_REFUSAL);
    expect(thrown(() => parseFixture('xxe.xml', { format: 'atom' })).message).toBe(ENTITY_REFUSAL);
  });

  it('leaves an undeclared entity reference as text rather than expanding it', () => {
    const feed = '<rss><channel><item><title>IT Manager &lol9;</title><guid>1</guid></item></channel></rss>';
    expect(parseDocument({ content: feed })[0]?.title).toBe('IT Manager &lol9;');
  });

  it('refuses truncated JSON and JSON of an unknown shape', () => {
    expect(thrown(() => parseFixture('truncated.json')).message).toMatch(
      /^invalid JSON: Unterminated string/,
    );
    expect(thrown(() => parseFixture('unknown.json')).message).toBe(
      'unknown JSON format (an object with keys results, page, total_pages): expected a JSON Feed, a Greenhouse, Lever or Ashby job board, or a list of jobs',
    );
  });

  it('refuses JSON nested a million levels deep without parsing it', () => {
    const started = performance.now();
    const error = thrown(() =>
      parseDocument({ content: `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}` }),
    );
    expect(error.message).toBe('JSON nested deeper than 256 levels');
    expect(performance.now() - started).toBeLessThan(300);
  });

  it('reads a page near the element limit in linear time, however its elements are arranged', () => {
    const cells = '<th>Location</th>'.repeat(30_000);
    const metas = '<meta property="og:title" content="IT Manager">'.repeat(20_000);
    const chrome = '<button>Apply</button>'.repeat(20_000);
    const page = `<html><head>${metas}</head><body><main><h1>IT Manager</h1><p>Full-time.</p><table><tr>${cells}</tr></table>${chrome}</main></body></html>`;
    const started = performance.now();
    const [posting] = parseDocument({ content: page });
    // Quadratic work here (cheerio selector lists, per-element splices) takes minutes, not seconds.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(posting?.title).toBe('IT Manager');
  });

  it('reads nested elements around megabytes of text without reading the text once per element', () => {
    const text = 'x'.repeat(3_000_000);
    const page = `<html><body><h1>IT Manager</h1><p>Full-time.</p>${'<div><span>'.repeat(450)}${text}${'</span></div>'.repeat(450)}</body></html>`;
    const microdata = `<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">IT</h1>${'<div itemprop="description"><b>'.repeat(450)}${text}${'</b></div>'.repeat(450)}</div>`;
    const started = performance.now();
    expect(parseDocument({ content: page })).toHaveLength(1);
    expect(parseDocument({ content: microdata })).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('refuses a document with more postings than the limit', () => {
    const jobs = Array.from({ length: MAX_POSTINGS + 1 }, (_, i) => ({
      text: `Job ${i}`,
      hostedUrl: 'https://x',
    }));
    expect(thrown(() => parseDocument({ content: JSON.stringify(jobs) })).message).toBe(
      `document holds ${MAX_POSTINGS + 1} postings, over the limit of ${MAX_POSTINGS}`,
    );
  });

  it('never throws a TypeError on job boards whose fields have the wrong types', () => {
    const shapes = [
      {
        jobs: [
          {
            absolute_url: 'x',
            title: { a: 1 },
            content: 5,
            location: [],
            metadata: 'x',
            pay_input_ranges: {},
          },
        ],
      },
      { jobs: [{ jobUrl: 'x', title: 'IT', descriptionHtml: 7, compensation: { compensationTiers: 'x' } }] },
      { version: 'https://jsonfeed.org/version/1.1', items: { not: 'a list' } },
      { version: 'https://jsonfeed.org/version/1.1', items: [{ title: ['x'], content_html: {} }] },
      [{ text: 'IT', categories: null, lists: [null, 3, { text: 5, content: [] }], hostedUrl: 9 }],
    ];
    for (const shape of shapes) {
      expect(() => parseDocument({ content: JSON.stringify(shape) })).not.toThrow();
    }
  });

  it('reports every refusal in one line without a stack', () => {
    const hostile: Uint8Array[] = [
      readFixture('billion-laughs.xml'),
      readFixture('xxe.xml'),
      readFixture('truncated.json'),
      readFixture('unknown.json'),
      Buffer.from(Array.from({ length: 2_000 }, (_, i) => (i * 7919) % 256)),
      Buffer.from('   '),
      Buffer.from(`<html><body>${'<div>'.repeat(5_000)}</body></html>`),
    ];
    for (const content of hostile) {
      const error = thrown(() => parseDocument({ content }));
      expect(error).toBeInstanceOf(DocumentError);
      expect(error.message).not.toMatch(/\n|\s{2}at\s/);
      expect(error.message.length).toBeLessThan(200);
    }
  });
});
