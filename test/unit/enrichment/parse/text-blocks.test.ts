import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH } from '../../../../functions/enrichment/parse/formats/limits.ts';
import { assertMarkupBounds } from '../../../../functions/enrichment/parse/formats/markup-bounds.ts';
import {
  htmlToBlocks,
  MAX_DESCRIPTION_CHARS,
  nodesToBlocks,
  textToBlocks,
} from '../../../../functions/enrichment/parse/text-blocks.ts';
import { DocumentError } from '../../../../functions/enrichment/types.ts';

describe('htmlToBlocks', () => {
  it('keeps headings, paragraphs and list items in order with their section', () => {
    const blocks = htmlToBlocks(
      '<p>Intro about the company.</p><h2>Requirements</h2><ul><li>10 years in IT</li><li>CISSP</li></ul><h2>Nice to have</h2><p>ITIL certified</p>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Intro about the company.', section: null },
      { kind: 'heading', text: 'Requirements', section: 'Requirements' },
      { kind: 'item', text: '10 years in IT', section: 'Requirements' },
      { kind: 'item', text: 'CISSP', section: 'Requirements' },
      { kind: 'heading', text: 'Nice to have', section: 'Nice to have' },
      { kind: 'paragraph', text: 'ITIL certified', section: 'Nice to have' },
    ]);
  });

  it('treats a bold-only paragraph and a short "Label:" line as headings', () => {
    const blocks = htmlToBlocks(
      '<p><strong>Preferred qualifications</strong></p><p>PMP</p><p>What you bring:</p><p>Budgets</p>',
    );
    expect(blocks.map((b) => [b.kind, b.section])).toEqual([
      ['heading', 'Preferred qualifications'],
      ['paragraph', 'Preferred qualifications'],
      ['heading', 'What you bring'],
      ['paragraph', 'What you bring'],
    ]);
  });

  it('scopes a lead-in label to its own paragraph', () => {
    const [block] = htmlToBlocks('<p>Requirements: 5 years leading people.</p>');
    expect(block).toEqual({
      kind: 'paragraph',
      text: 'Requirements: 5 years leading people.',
      section: 'Requirements',
    });
  });

  it('drops scripts, styles and entities stay decoded', () => {
    const blocks = htmlToBlocks(
      '<style>p{}</style><script>var x = "CISSP";</script><p>R&amp;D &amp; IT&nbsp;ops</p>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'R&D & IT ops', section: null }]);
  });

  it('reads markup nested up to the depth bound and refuses it past the bound', () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`;
    expect(htmlToBlocks(nested(MAX_MARKUP_DEPTH)).map((b) => b.text)).toEqual(['deep text']);
    expect(() => htmlToBlocks(nested(MAX_MARKUP_DEPTH + 1))).toThrow(
      new DocumentError(`markup nested deeper than ${MAX_MARKUP_DEPTH} elements`),
    );
    expect(() => nodesToBlocks(parseDocument(nested(MAX_MARKUP_DEPTH + 1)).children)).toThrow(DocumentError);
  });

  it('reads text under hundreds of open bold-lead candidates once, not once per candidate', () => {
    const html = `${'<div><b>'.repeat(499)}${'&amp;'.repeat(39_000)}`;
    const before = process.memoryUsage().heapUsed;
    const blocks = htmlToBlocks(html);
    expect(blocks.map((b) => [b.kind, b.text.length])).toEqual([['paragraph', 39_000]]);
    // A copy of the text per candidate would be hundreds of megabytes and seconds of concatenation.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('finds a bold lead-in whose text arrives in pieces, after other paragraphs', () => {
    const blocks = htmlToBlocks(
      '<p>Intro &amp; more</p><div><b>R&amp;D <i>tooling</i> &amp; platforms</b></div><p>Terraform</p>',
    );
    expect(blocks.map((b) => [b.kind, b.text, b.section])).toEqual([
      ['paragraph', 'Intro & more', null],
      ['heading', 'R&D tooling & platforms', 'R&D tooling & platforms'],
      ['paragraph', 'Terraform', 'R&D tooling & platforms'],
    ]);
  });

  it('bounds the text it keeps from a huge description', () => {
    const blocks = htmlToBlocks(`<p>${'word '.repeat(200_000)}</p>`);
    expect(blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
  });
});

describe('textToBlocks', () => {
  it('reads bullets as items, "Label:" lines as headings and joins wrapped lines', () => {
    const blocks = textToBlocks(
      'We are hiring a leader\nfor our IT team.\n\nRequirements:\n- 10 years\n* CISSP\n\nThanks.',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'We are hiring a leader for our IT team.', section: null },
      { kind: 'heading', text: 'Requirements', section: 'Requirements' },
      { kind: 'item', text: '10 years', section: 'Requirements' },
      { kind: 'item', text: 'CISSP', section: 'Requirements' },
      { kind: 'paragraph', text: 'Thanks.', section: 'Requirements' },
    ]);
  });
});

describe('htmlToBlocks straight off the tokenizer', () => {
  // The same rules run on a tree (nodesToBlocks, for pages already parsed) and on parser
  // events (htmlToBlocks, for descriptions): both must read any markup alike.
  const fixtures = [
    'postings/director-it-ops.html',
    'formats/html-microdata.html',
    'formats/html-plain-labelled.html',
  ];
  const tricky = [
    '<div><b>Requirements</b></div><ul><li>ITIL <b>v4</b></li><li>CISSP<br>or CISM</li></ul>',
    '<p> <b>Not a heading: a space comes first</b></p><p><b>Benefits</b><!-- c --></p><p>Dental</p>',
    '<div><b><div>Nested bold lead</div></b></div><p>After</p>',
    '<p><strong>Ends in a full stop.</strong></p><p><strong>What you bring</strong></p><p>Budgets &amp; vendors</p>',
    '<p><b>Lead <script>var x=1</script>in</b></p><h3>Skills<noscript> (js off)</noscript></h3><p>Okta</p>',
    '<table><tr><td>Azure</td><td>AWS</td></tr></table><dl><dt>Pay</dt><dd>$150,000</dd></dl>',
    '<p>Unclosed paragraph<li>stray item<div>block in item</div>tail</li><p>Last<b>bold</p>',
    '<ul><li><p>Para in item</p>item tail</li></ul><select><option>x</option></select>Loose text',
    '<p><b>Tag <i>inside</i> bold</b></p><p><b>Two</b><b>bolds</b></p><p><b></b></p>',
  ];

  it('gives the blocks a walk of the parsed tree gives, for real pages and odd markup', async () => {
    const { readFile } = await import('node:fs/promises');
    const pages = await Promise.all(
      fixtures.map((f) => readFile(new URL(`../../../fixtures/${f}`, import.meta.url), 'utf8')),
    );
    for (const html of [...pages, ...tricky]) {
      expect(htmlToBlocks(html)).toEqual(nodesToBlocks(parseDocument(html).children));
    }
    expect(htmlToBlocks(tricky[2] as string).map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Nested bold lead'],
      ['paragraph', 'After'],
    ]);
  });

  it('agrees with the tree walk on thousands of random fragments of lead-in markup', () => {
    const atoms = [
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<b>',
      '</b>',
      '<strong>',
      '</strong>',
      '<i>',
      '</i>',
      '<script>x</script>',
      '<style>s</style>',
      'Req',
      ' ',
      '  \n ',
      'Skills',
      '.',
      '&amp;',
      '<!-- c -->',
      '<br>',
      '<li>',
      '</li>',
      '<h2>',
      '</h2>',
      '<ul>',
      '</ul>',
      '<noscript>',
      '</noscript>',
      'A:',
      'x'.repeat(70),
    ];
    let seed = 12_345;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 3_000; i++) {
      let html = '';
      for (let j = 1 + next(25); j > 0; j--) html += atoms[next(atoms.length)];
      // The tree of the text as the page parser is given it (headings mended, as loadHtml does).
      const tree = parseDocument(assertMarkupBounds(html, 'html')).children;
      expect(htmlToBlocks(html), html).toEqual(nodesToBlocks(tree));
    }
  });

  it('takes a bold lead-in padded with up to 4,096 characters for a heading, and no more', () => {
    const lead = (pad: number) =>
      htmlToBlocks(`<p><strong>Requirements${'&nbsp;'.repeat(pad)}</strong></p><p>CISSP</p>`).map((b) => [
        b.kind,
        b.section,
      ]);
    expect(lead(4_000)).toEqual([
      ['heading', 'Requirements'],
      ['paragraph', 'Requirements'],
    ]);
    // Past the bound no squashing is tried: a lead-in of kilobytes of padding is not a heading.
    expect(lead(4_100)).toEqual([
      ['paragraph', null],
      ['paragraph', null],
    ]);
  });
});
