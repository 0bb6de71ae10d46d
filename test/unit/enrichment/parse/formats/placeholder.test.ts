import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  isPlaceholder,
  isTemplatedLink,
} from '../../../../../functions/enrichment/parse/formats/placeholder.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const parse = (text: string, file = 'page.md') =>
  parseDocument({ content: new TextEncoder().encode(text), file });

/** A template language's way of writing "the value of NAME here". */
const MARKS: readonly ((name: string) => string)[] = [
  (n) => `{{ ${n} }}`,
  (n) => `{{${n}}}`,
  (n) => `{$${n}}`,
  (n) => `{$listing.${n}}`,
  (n) => `<?= $${n} ?>`,
  (n) => `<%= ${n} %>`,
  (n) => `\${${n}}`,
  (n) => `{${n}}`,
  (n) => `[[${n}]]`,
  (n) => `[[{$${n}}]]`,
];
const name = fc.stringMatching(/^[a-z][a-z_]{0,12}(?:\.[a-z][a-z_]{0,10})?$/);
const mark = fc
  .tuple(fc.integer({ min: 0, max: MARKS.length - 1 }), name)
  .map(([i, n]) => (MARKS[i] as (n: string) => string)(n));

describe('a field whose value is template syntax', () => {
  it('is a placeholder however the template writes it, alone or several with punctuation between', () => {
    fc.assert(
      fc.property(
        fc.array(mark, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(' ', ' (', ', ', ' - '),
        (marks, sep) => {
          expect(isPlaceholder(marks.join(sep) + (sep === ' (' ? ')' : ''))).toBe(true);
        },
      ),
    );
  });

  it('is no placeholder when words stand beside a mark, or when it has no mark', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('工作在着迷', 'Senior Engineer', 'teams hiring for this role'),
        mark,
        (words, m) => {
          expect(isPlaceholder(`${words} ${m}`)).toBe(false);
        },
      ),
    );
    for (const title of [
      'IT Manager',
      '[Remote] IT Manager',
      'Engineer (m/w/d)',
      'Acme {Remote}',
      '$120,000',
    ])
      expect(isPlaceholder(title)).toBe(false);
  });

  it('makes a link no address when a template builds it', () => {
    expect(isTemplatedLink('{$GLOBALS.site_url}/display-job/{$listing.id}.html')).toBe(true);
    expect(isTemplatedLink('https://jobs.example/{{ job.slug }}')).toBe(true);
    expect(isTemplatedLink('https://jobs.example/123')).toBe(false);
  });
});

describe('a template of a feed or a page', () => {
  it('is refused when every posting it would give is titled by a placeholder', () => {
    const rss = [
      '<?xml version="1.0"?><rss version="2.0"><channel><title>{$TITLE}</title><link>{$GLOBALS.site_url}</link>',
      '{foreach from=$listings item=listing}<item><title><![CDATA[{$listing.Title}]]></title>',
      '<link>{$GLOBALS.site_url}/display-job/{$listing.id}.html</link>',
      '<description><![CDATA[{$listing.City} {$listing.JobDescription}]]></description></item>{/foreach}',
      '</channel></rss>',
    ].join('\n');
    expect(thrown(() => parse(rss, 'feed.tpl'))).toBeInstanceOf(NotAPostingError);
  });

  it('keeps a real posting and reads a placeholder employer as none', () => {
    const text = [
      '---',
      'title: Senior Backend Engineer',
      'company: "{{ site.company }}"',
      'location: Berlin',
      '---',
      'We are looking for a Senior Backend Engineer. You will build our APIs. Apply at jobs@acme.example.',
    ].join('\n');
    const [posting] = parse(text);
    expect(posting?.title).toBe('Senior Backend Engineer');
    expect(posting?.company).toBeNull();
  });

  it('reads a Liquid page that opens with a template tag as text, not as JSON', () => {
    const text = [
      '{% include header.html %}',
      '',
      '# Devops Software Engineer',
      '',
      "## What You'll Be Doing",
      '',
      '- Automate infrastructure provisioning with Ansible',
      '- Operate Kubernetes clusters at scale',
      '',
      '[Read the full job description and apply](https://acme.workable.com/j/B08675EBCF)',
    ].join('\n');
    expect(parse(text).map((p) => p.title)).toEqual(['Devops Software Engineer']);
  });
});
