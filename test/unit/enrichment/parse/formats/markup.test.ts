import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { htmlToText, unescapeMarkup } from '../../../../../functions/enrichment/parse/formats/markup.ts';

const SAMPLES = [
  'R&amp;D IT Manager',
  '<b>IT&nbsp;Manager</b> &ndash; Infrastructure',
  'Head of IT <!-- promo --><span>(Remote)</span>',
  '<p>Broken <i>markup',
  '&lt;p&gt;Escaped &amp;amp; twice&lt;/p&gt;',
  'AT&T Network Manager',
  'VP, Infrastructure & Operations',
  'Fish &chips & 5 &# &#x &; trailing &',
  'Copy&paste &copy 2026 &#169; &#xA9;',
  'Tab\t&  new\nline',
];

describe('htmlToText', () => {
  it('reads titles and company names as cheerio would, whitespace collapsed', () => {
    for (const sample of SAMPLES) {
      const cheerioText = load(sample, null, false).root().text().replace(/\s+/g, ' ').trim();
      expect(htmlToText(sample)).toBe(cheerioText);
    }
    expect(htmlToText('<b>IT&nbsp;Manager</b> &ndash; Infrastructure')).toBe('IT Manager – Infrastructure');
  });
});

describe('unescapeMarkup', () => {
  it('decodes markup escaped once too often, and leaves real markup alone', () => {
    expect(unescapeMarkup('&lt;p&gt;Lead &lt;b&gt;ITIL&lt;/b&gt;&lt;/p&gt;')).toBe('<p>Lead <b>ITIL</b></p>');
    expect(unescapeMarkup('<p>R&amp;D</p>')).toBe('<p>R&amp;D</p>');
  });
});
