import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  MAX_MARKUP_DEPTH,
  MAX_MARKUP_ELEMENTS,
} from '../../../../../functions/enrichment/parse/formats/limits.ts';
import { assertMarkupBounds } from '../../../../../functions/enrichment/parse/formats/markup-bounds.ts';
import { parsePostings } from '../../../../../functions/enrichment/parse/parse-postings.ts';
import { DocumentError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

/** The element depth htmlparser2 actually builds, measured without recursion. */
function parsedDepth(markup: string, mode: 'html' | 'xml'): number {
  const $ = load(markup, mode === 'xml' ? { xml: true } : null);
  let max = 0;
  const stack: [AnyNode, number][] = [[$.root()[0] as AnyNode, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    max = Math.max(max, depth);
    if (!('children' in node)) continue;
    for (const child of node.children) {
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style')
        stack.push([child, depth + 1]);
    }
  }
  return max;
}

const TRICKY_PIECES = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<li>',
  '<ul>',
  '</ul>',
  '<span>',
  '</span>',
  '<b>',
  '<svg>',
  '</svg>',
  '<path/>',
  '<div/>',
  '<br>',
  '</br>',
  '<td>',
  '<tr>',
  '<table>',
  '<script>',
  '</script>',
  '<title>',
  '</title>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<',
  '>',
  '"',
  "'",
  '=',
  ' a=',
  ' ',
  'x',
  '<foreignObject>',
  '</foreignObject>',
  '<math>',
  '<mi>',
  '</mi>',
  '<!x>',
  '<?p ?>',
  '</ div>',
  '<h1>',
  '<select>',
  '<option>',
  '<input>',
  '<textarea>',
  '</textarea>',
  '<a b="c>">',
  '<DIV>',
  '</Div>',
  '<x:y>',
  '</x:y>',
  '<1>',
  '</1>',
  '<é>',
];

describe('assertMarkupBounds', () => {
  it('accepts an ordinary careers page', () => {
    const page = `<html><head><title>IT Manager</title><script>if (a < b) { x = "<div>"; }</script></head>
      <body><main><h1>IT Manager</h1><p>Lead <b>five</b> people.<p>Second paragraph<ul><li>One<li>Two</ul>
      <svg><path d="M0 0"/><path/></svg><img src="a.png"><br></main></body></html>`;
    expect(() => assertMarkupBounds(page, 'html')).not.toThrow();
  });

  it('refuses nesting past the depth limit in HTML and XML', () => {
    const deep = '<div>'.repeat(MAX_MARKUP_DEPTH + 1);
    expect(thrown(() => assertMarkupBounds(deep, 'html')).message).toBe(
      `markup nested deeper than ${MAX_MARKUP_DEPTH} elements`,
    );
    expect(
      thrown(() => assertMarkupBounds(`<rss>${'<a>'.repeat(MAX_MARKUP_DEPTH + 1)}`, 'xml')),
    ).toBeInstanceOf(DocumentError);
  });

  it('accepts nesting right at the depth limit', () => {
    expect(() => assertMarkupBounds('<div>'.repeat(MAX_MARKUP_DEPTH), 'html')).not.toThrow();
  });

  it('refuses more elements than the element limit, however flat', () => {
    const flat = '<br>'.repeat(MAX_MARKUP_ELEMENTS + 1);
    expect(thrown(() => assertMarkupBounds(flat, 'html')).message).toBe(
      `markup has more than ${MAX_MARKUP_ELEMENTS} elements`,
    );
  });

  it('counts nesting the parser builds from tags it does not close implicitly', () => {
    for (const piece of ['<p><span>', '<li><b>', '<div/>', '<table><tr><td>', '<DIV>']) {
      expect(() => assertMarkupBounds(piece.repeat(MAX_MARKUP_DEPTH + 1), 'html')).toThrow(DocumentError);
    }
  });

  it('does not let a stray closing tag, a quote or an uppercase raw-text tag hide nesting', () => {
    const hidden = [
      `<div>${'<div></nope>'.repeat(MAX_MARKUP_DEPTH)}`,
      `<div "> ${'<div>'.repeat(MAX_MARKUP_DEPTH)} ">`,
      `<SCRIPT>x</script>${'<div>'.repeat(MAX_MARKUP_DEPTH + 1)}`,
      `<![CDATA[ > ]]>${'<section>'.repeat(MAX_MARKUP_DEPTH + 1)}`,
    ];
    for (const markup of hidden) expect(() => assertMarkupBounds(markup, 'html')).toThrow(DocumentError);
  });

  it('never under-counts the depth htmlparser2 builds from random tag soup', () => {
    let seed = 2026;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    const limits = { depth: 12, elements: 1_000_000 };
    let refusedAtLimit = 0;
    for (const mode of ['html', 'xml'] as const) {
      for (let n = 0; n < 400; n++) {
        let soup = '';
        const length = 20 + Math.floor(random() * 150);
        for (let k = 0; k < length; k++) soup += TRICKY_PIECES[Math.floor(random() * TRICKY_PIECES.length)];
        // The depth of the text the parser is given: the scan's own output, headings mended.
        let parsed = soup;
        let refused = false;
        try {
          parsed = assertMarkupBounds(soup, mode, limits);
        } catch {
          refused = true;
        }
        const depth = parsedDepth(parsed, mode);
        if (depth > limits.depth) expect(refused, `${mode} depth ${depth}: ${soup}`).toBe(true);
        else if (refused) refusedAtLimit++;
      }
    }
    // Over-counting is safe but should stay rare, or real pages would be refused.
    expect(refusedAtLimit).toBeLessThan(40);
  });

  it('refuses a page of 200,000 nested elements in well under a second', () => {
    const page = `<html><body>${'<div><span>'.repeat(100_000)}deep${'</span></div>'.repeat(100_000)}</body></html>`;
    const started = performance.now();
    const error = thrown(() => parseDocument({ content: page, contentType: 'text/html' }));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.message).toBe(`markup nested deeper than ${MAX_MARKUP_DEPTH} elements`);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a 10 MB page in well under a second', () => {
    const page = `<html><body>${'<p>Lead the service desk team.</p>'.repeat(330_000)}</body></html>`;
    const started = performance.now();
    expect(thrown(() => parseDocument({ content: page })).message).toMatch(
      /^document is 1\d\.\d MB, over the 8 MB limit$/,
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a deeply nested description inside a job-board JSON when the blocks step reads it', () => {
    const board = {
      jobs: [
        {
          absolute_url: 'https://boards.example/j/1',
          id: 1,
          title: 'IT Manager',
          content: '<div>'.repeat(5_000),
        },
      ],
    };
    expect(thrown(() => parsePostings({ content: JSON.stringify(board) })).message).toBe(
      `markup nested deeper than ${MAX_MARKUP_DEPTH} elements`,
    );
  });
});
