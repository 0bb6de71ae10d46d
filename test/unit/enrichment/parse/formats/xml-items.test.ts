import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import {
  MAX_MARKUP_DEPTH,
  MAX_MARKUP_ELEMENTS,
} from '../../../../../functions/enrichment/parse/formats/limits.ts';
import { nodeText } from '../../../../../functions/enrichment/parse/formats/markup.ts';
import { readXmlItems } from '../../../../../functions/enrichment/parse/formats/xml-items.ts';
import { DocumentError } from '../../../../../functions/enrichment/types.ts';
import { readFixture, thrown } from './fixture.ts';

/** What the same feed gives through a tree: `$('item')`, then each item's child elements. */
function itemsThroughTree(xml: string) {
  const $ = load(xml, { xml: true });
  return $('item')
    .toArray()
    .map((item) =>
      item.children
        .filter((c): c is Element => c.type === 'tag')
        .map((c) => ({ name: c.name, attribs: c.attribs, text: nodeText(c) })),
    );
}

describe('readXmlItems', () => {
  it("reads each item's fields as a tree walk would, for real feeds", () => {
    for (const file of ['rss-board.xml', 'rss-company-in-parens.xml', 'rss-empty.xml']) {
      const xml = new TextDecoder().decode(readFixture(file));
      expect(readXmlItems(xml, 'item').items).toEqual(itemsThroughTree(xml));
    }
  });

  it('decodes CDATA and entities, keeps attributes and gathers the text of nested markup, items included', () => {
    const xml = `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
      <title>R&amp;D IT Manager</title><link href="https://jobs.example.org/7"/>
      <content:encoded><![CDATA[<p>Lead <b>ITIL</b></p>]]></content:encoded>
      <description>Own <em>the</em> stack<!-- not text --></description>
      <item><title>Nested</title></item>
    </item></channel></rss>`;
    const [outer, nested] = readXmlItems(xml, 'item').items;
    expect(outer?.map((f) => [f.name, f.text])).toEqual([
      ['title', 'R&D IT Manager'],
      ['link', ''],
      ['content:encoded', '<p>Lead <b>ITIL</b></p>'],
      ['description', 'Own the stack'],
      // The nested item's text is its own, not its parent's as well.
      ['item', ''],
    ]);
    expect(outer?.[1]?.attribs).toEqual({ href: 'https://jobs.example.org/7' });
    expect(nested?.map((f) => [f.name, f.text])).toEqual([['title', 'Nested']]);
  });

  it('finds every item of a feed that forgot one closing tag, as a tree walk does', () => {
    const item = (i: number) =>
      `<item><title>IT Manager ${i}</title><link>https://jobs.example.org/${i}</link><description>Lead IT ${i}</description>${i === 0 ? '' : '</item>'}`;
    const xml = `<rss><channel>${[0, 1, 2, 3, 4].map(item).join('')}</channel></rss>`;
    const titles = (items: { name: string; text: string }[][]) =>
      items.map((fields) => fields.find((f) => f.name === 'title')?.text);
    expect(titles(readXmlItems(xml, 'item').items)).toEqual([0, 1, 2, 3, 4].map((i) => `IT Manager ${i}`));
    expect(titles(readXmlItems(xml, 'item').items)).toEqual(titles(itemsThroughTree(xml)));
  });

  it('reads items nested around megabytes of entities once, not once per enclosing item', () => {
    const xml = `<rss><channel>${'<item>'.repeat(900)}<description>${'&amp;'.repeat(400_000)}</description>${'</item>'.repeat(900)}</channel></rss>`;
    const before = process.memoryUsage().heapUsed;
    const items = readXmlItems(xml, 'item').items;
    expect(items).toHaveLength(900);
    const text = items[899]?.[0]?.text ?? '';
    expect(text).toHaveLength(400_000);
    expect(items[899]?.[0]?.name).toBe('description');
    expect(items.slice(0, 899).every(([field]) => field?.name === 'item' && field.text === '')).toBe(true);
    expect(text.replaceAll('&', '')).toBe('');
    // Text handed to all 900 items would hold 900 copies: hundreds of megabytes, or a crash.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses markup nested past the depth bound and documents past the element bound', () => {
    const deep = `<rss><channel><item>${'<x>'.repeat(MAX_MARKUP_DEPTH)}</item></channel></rss>`;
    const error = thrown(() => readXmlItems(deep, 'item'));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.message).toBe(`markup nested deeper than ${MAX_MARKUP_DEPTH} elements`);
    const wide = `<rss><channel>${'<item/>'.repeat(MAX_MARKUP_ELEMENTS)}</channel></rss>`;
    expect(thrown(() => readXmlItems(wide, 'item')).message).toBe(
      `markup has more than ${MAX_MARKUP_ELEMENTS} elements`,
    );
  });
});
