import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { loadHtml } from '../../../../../functions/enrichment/parse/formats/markup.ts';
import { assertMarkupBounds } from '../../../../../functions/enrichment/parse/formats/markup-bounds.ts';
import { htmlToBlocks } from '../../../../../functions/enrichment/parse/text-blocks.ts';

const page = (heading: string, body: string) =>
  `<!DOCTYPE html><html><head><meta property="og:site_name" content="Technology Transformation Services"></head>` +
  `<body><main>${heading}${body}</main></body></html>`;

const BODY =
  '<p>Supervisory status: Supervisory</p><p>Location: Anywhere in the U.S. (remote)</p>' +
  '<p>Salary range: GS-15 ($136,908 to $183,500)</p><h2>Role summary</h2>' +
  '<p>The Director leads the account management team of eight and the contact center.</p>';

describe('a heading closed by the wrong tag', () => {
  it('ends where a browser ends it: "<h1>Title</h2>" closes the h1', () => {
    expect(assertMarkupBounds('<h1>IT Manager</h2><p>Lead</p>', 'html')).toBe(
      '<h1>IT Manager</h1><p>Lead</p>',
    );
    expect(assertMarkupBounds('<div><h3><span>x</span></h4></div><h4>y</h4>', 'html')).toBe(
      '<div><h3><span>x</span></h3></div><h4>y</h4>',
    );
    // A heading opened inside another closes the outer one first.
    expect(assertMarkupBounds('<h1>A<h2>B</h2>', 'html')).toBe('<h1>A</h1><h2>B</h2>');
  });

  it('leaves balanced headings, stray end tags, comments, scripts and XML as they are', () => {
    for (const text of [
      '<h1>A</h1><h2>B</h2>',
      '<p>x</h2></p>',
      '<!-- <h1>x</h2> --><p>y</p>',
      '<script>document.write("<h1>x</h2>")</script>',
    ]) {
      expect(assertMarkupBounds(text, 'html')).toBe(text);
    }
    expect(assertMarkupBounds('<rss><h1>x</h2></rss>', 'xml')).toBe('<rss><h1>x</h2></rss>');
  });

  it('gives the h1 only its own words, whatever level closes it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.stringMatching(/^[A-Za-z][A-Za-z .:-]{0,40}$/),
        (open, close, title) => {
          const $ = loadHtml(
            `<body><h${open}>${title}</h${close}><p>Body text</p><ul><li>Duty</li></ul></body>`,
          );
          expect($(`h${open}`).first().text()).toBe(title);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a careers page whose h1 is closed by </h2> as one posting with its fields and pay', () => {
    const [posting, ...rest] = parseDocument({
      content: page('<h1>Login.gov: Partnerships Director GS15</h2>', BODY),
      file: 'job.html',
    });
    expect(rest).toHaveLength(0);
    expect(posting?.title).toBe('Login.gov: Partnerships Director GS15');
    expect(posting?.company).toBe('Technology Transformation Services');
    expect(posting?.location.text).toBe('Anywhere in the U.S.');
    expect(posting?.provenance).toMatchObject({ title: 'heading', company: 'board', location: 'label' });
  });

  it('splits a description fragment at a heading closed by another level', () => {
    const blocks = htmlToBlocks('<h3>Requirements</h4><ul><li>Five years leading IT teams</li></ul>');
    expect(blocks.map((b) => [b.kind, b.text, b.section])).toEqual([
      ['heading', 'Requirements', 'Requirements'],
      ['item', 'Five years leading IT teams', 'Requirements'],
    ]);
  });
});

describe('a title prefix that is not the employer the page names', () => {
  it('stays in the title on a page whose site names another employer', () => {
    const [posting] = parseDocument({
      content: page('<h1>U.S. Digital Corps: Deputy Director GS15</h1>', BODY),
      file: 'job.html',
    });
    expect(posting?.title).toBe('U.S. Digital Corps: Deputy Director GS15');
    expect(posting?.company).toBe('Technology Transformation Services');
  });

  it('stays in a front-matter title when the page body names the employer', () => {
    const text = `---\ntitle: "Login.gov: Partnerships Director GS15"\nlayout: raw\n---\n${page('<h1>Login.gov: Partnerships Director GS15</h2>', BODY)}`;
    const [posting] = parseDocument({ content: text, file: 'index.html' });
    expect(posting?.title).toBe('Login.gov: Partnerships Director GS15');
    expect(posting?.company).toBe('Technology Transformation Services');
  });

  it('is still split off when it is the employer the page names, or the page names none', () => {
    const acme = (heading: string) =>
      `<html><head><meta property="og:site_name" content="Acme Health"></head><body><main><h1>${heading}</h1>${BODY}</main></body></html>`;
    expect(parseDocument({ content: acme('Acme Health: IT Manager'), file: 'a.html' })[0]).toMatchObject({
      title: 'IT Manager',
      company: 'Acme Health',
    });
    const bare = `<html><body><main><h1>Acme Health: IT Manager</h1>${BODY}</main></body></html>`;
    expect(parseDocument({ content: bare, file: 'b.html' })[0]).toMatchObject({
      title: 'IT Manager',
      company: 'Acme Health',
    });
  });
});
