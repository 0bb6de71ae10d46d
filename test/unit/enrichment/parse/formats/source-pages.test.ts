import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { sourcePageMarkup } from '../../../../../functions/enrichment/parse/formats/source-markup.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const read = (content: string, file: string) => parseDocument({ content, file });

const JSX_PAGE = `import React from 'react'
import './jobseeker.css'

const JobSeeker = ({ id }) => {
  const items = useMemo(() => data.filter((d) => d.id < id), [id])
  return (
    <div className='jds-main' style={{ padding: 4 }}>
      <h3 className='jds-title'>IT Manager</h3>
      <span className='jds-street'>Leeds{' '}</span>
      <p>You will lead the service desk and the infrastructure team and own the IT budget.</p>
      {items.length > 0 && (<p>Full-time, permanent.</p>)}
      <h4>Requirements</h4>
      <ul>
        <li className='req'>5 years leading IT teams</li>
        <li>{items.map((i) => i.name)}</li>
      </ul>
      <Button onClick={() => apply(id)} label="x" />
      <p>Apply at jobs@example.com</p>
    </div>
  )
}
export default JobSeeker
`;

describe('careers pages kept as source files', () => {
  it('reads a React component as the page its render returns', () => {
    const [posting] = read(JSX_PAGE, 'JobSeeker.jsx');
    expect(posting?.title).toBe('IT Manager');
    expect(posting?.source.format).toBe('html');
    const text = JSON.stringify(posting?.description);
    expect(text).toContain('lead the service desk');
    expect(text).toContain('Full-time, permanent.');
    expect(text).not.toContain('useMemo');
    expect(text).not.toContain('items.map');
  });

  it('keeps the markup a PHP block prints and drops its code', () => {
    const php = `<?php  //Job
  echo("<div class=\\"text_box\\"><h1>$page_name</h1><h2>Programátor PHP, MySQL</h2>
  <ul><li>vývoj aplikací</li><li>ladění výkonu</li></ul></div>");
?>`;
    const html = sourcePageMarkup(php) ?? '';
    expect(html).toContain('<h2>Programátor PHP, MySQL</h2>');
    expect(html).not.toContain('echo');
    expect(html).not.toContain('$page_name');
  });

  it('drops server blocks and template tags around the markup', () => {
    const page = `<?php get_header(); ?>
<h2>{% trans %}Jobs{% endtrans %}</h2><p class="<%= css %>">Hi {{ user.name }}</p>{# note #}`;
    const html = sourcePageMarkup(page) ?? '';
    expect(html).not.toMatch(/get_header|<%|\{\{|\{%|\{#/);
    expect(html).toContain('<p class="">Hi </p>');
  });

  it("drops Svelte's blocks and expressions but not its script", () => {
    const svelte = `<script>export let jobs;</script>
<svelte:head><title>Work at Acme</title></svelte:head>
{#each jobs as job}<h2>{job.title}</h2>{/each}
<button on:click={apply}>Apply</button>`;
    const html = sourcePageMarkup(svelte) ?? '';
    expect(html).toContain('<script>export let jobs;</script>');
    expect(html).not.toMatch(/\{#each|job\.title|on:click/);
  });

  it('leaves plain HTML and data modules alone', () => {
    expect(sourcePageMarkup('<html><body><h1>IT Manager</h1></body></html>')).toBeNull();
    expect(sourcePageMarkup('export const jobs = [{ title: "IT Manager" }]')).toBeNull();
  });

  it('finds no posting in a component whose values are all expressions', () => {
    const template = `import React from 'react'
const Job = ({ job }) => (<div><h3>{job.title}</h3><ul>{job.items.map((q) => <li key={q}>{q}</li>)}</ul></div>)
export default Job`;
    let postings: unknown[] = [];
    try {
      postings = read(template, 'Job.jsx');
    } catch (error) {
      expect(error).toBeInstanceOf(NotAPostingError);
    }
    expect(postings).toEqual([]);
  });

  it('never throws and never leaves a server block, whatever the source', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<?php echo "<p>x</p>"; ?>',
            '<% if a %>',
            '{{ a }}',
            '{% for j in jobs %}',
            '<div>',
            '</div>',
            '<h2>IT Manager</h2>',
            '{',
            '}',
            'return (',
            ')',
            'import x from "y"\n',
            "'",
            '"',
            '<Card title={x} />',
            'text ',
          ),
          { maxLength: 40 },
        ),
        (pieces) => {
          const html = sourcePageMarkup(pieces.join(''));
          if (html !== null) expect(html).not.toMatch(/<\?php|<%/);
        },
      ),
    );
  });
});

describe('offers in languages read by their words and their layout', () => {
  it('reads a Dutch posting whose first line is a section heading', () => {
    const text = `De organisatie
Wij zijn een ICT-dienstverlener in Utrecht.

Teamleider ICT
Wat ga je doen?
- Je geeft leiding aan het team systeembeheer
- Je bent verantwoordelijk voor de servicedesk

Wat vragen wij?
- HBO werk- en denkniveau
- Vijf jaar ervaring als leidinggevende

Solliciteer via werken@example.nl`;
    const [posting] = parseDocument({ content: text, format: 'text' });
    expect(posting).toBeDefined();
  });

  it('reads a Japanese recruitment table, its title from the 職種 row', () => {
    const html = `<h1>RECRUIT 採用情報</h1><h2>募集要項</h2><dl>
<dt>職種</dt><dd>情報システム部長</dd><dt>仕事内容</dt><dd>社内ITの統括</dd>
<dt>応募資格</dt><dd>マネジメント経験5年以上</dd><dt>給与</dt><dd>年収800万円～</dd><dt>勤務地</dt><dd>東京都港区</dd></dl>`;
    const [posting] = parseDocument({ content: html, format: 'html' });
    expect(posting?.title).toBe('情報システム部長');
    expect(posting?.location.text).toBe('東京都港区');
  });

  it.each([
    [
      'a Japanese company profile',
      '<h2>会社概要</h2><table><tr><th>社名</th><td>株式会社例</td></tr><tr><th>資本金</th><td>1000万円</td></tr><tr><th>事業内容</th><td>Webサイトの企画</td></tr><tr><th>所在地</th><td>東京都</td></tr></table>',
    ],
    [
      'a Dutch page about the employer',
      '<h2>Wat bieden we</h2><ul><li>Een goede werksfeer</li><li>Een competitief salaris</li></ul><h2>Over ons</h2><p>Wij bouwen software voor opleiders.</p>',
    ],
  ])('refuses %s', (_, html) => {
    expect(thrown(() => parseDocument({ content: html, format: 'html' }))).toBeInstanceOf(NotAPostingError);
  });
});
