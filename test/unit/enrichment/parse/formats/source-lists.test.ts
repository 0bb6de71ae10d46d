import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { sourcePageMarkup } from '../../../../../functions/enrichment/parse/formats/source-markup.ts';
import type { RawPosting } from '../../../../../functions/enrichment/types.ts';

/** The postings a document yields; none when it is no posting (a NotAPostingError or an empty read). */
function read(content: string, file: string): RawPosting[] {
  try {
    return parseDocument({ content, file });
  } catch {
    return [];
  }
}

/** Role names as careers pages publish them, in several languages and scripts. */
const ROLES = [
  'Service Desk Manager',
  'Network Engineer',
  'Frontend Developer',
  'Web-дизайнер',
  'Системотехник',
  'PHP-разработчик',
  '运维经理',
  'JAVA程序员',
  'プログラマ',
  'インフラエンジニア',
  'IT Operations Analyst',
];
/** What an opening's block says besides its name. */
const DETAILS = [
  'Tallinn, full time',
  'Москва, полная занятость',
  '宁波 · 研发部 · 2015-09-18',
  '東京本社 正社員',
];

/** How a block is written: its element, its first line's element, and what follows. */
type Shape = { block: string; line: string; cls: string };
const SHAPES: Shape[] = [
  { block: 'div', line: 'div', cls: 'vacancy-item' },
  { block: 'li', line: 'a', cls: '' },
  { block: 'div', line: 'span', cls: 'card' },
  { block: 'article', line: 'p', cls: 'job' },
];

function blockHtml(shape: Shape, role: string, detail: string): string {
  const cls = shape.cls ? ` class="${shape.cls}"` : '';
  const href = shape.line === 'a' ? ' href="/jobs/1"' : '';
  return `<${shape.block}${cls}><${shape.line}${href}>${role}</${shape.line}><p>${detail}</p></${shape.block}>`;
}

const wrap = (shape: Shape, inner: string) =>
  shape.block === 'li' ? `<ul class="positions">${inner}</ul>` : `<div class="list">${inner}</div>`;

describe('several openings in one source page', () => {
  it('reads one posting per repeated block whose first line names a role (any shape, language or template)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 2, maxLength: 6 }),
        fc.constantFrom(...SHAPES),
        fc.constantFrom(...DETAILS),
        fc.constantFrom('php', 'jsp', 'erb'),
        (roles, shape, detail, kind) => {
          const blocks = wrap(shape, roles.map((r) => blockHtml(shape, r, detail)).join('\n'));
          const head =
            kind === 'php'
              ? '<?php include "header.php"; ?>'
              : kind === 'jsp'
                ? '<%@ page contentType="text/html;charset=utf-8"%>'
                : '<% provide(:title, "Careers") %>';
          const page = `${head}\n<html><body><h1>Вакансии / Careers</h1>${blocks}<footer>Contact us</footer></body></html>`;
          const postings = read(page, `careers.${kind}`);
          expect(postings.map((p) => p.title)).toEqual(roles);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a table of jobs, one row per job and its details in the row after', () => {
    const row = (role: string) =>
      `<tr><td>${role}</td><td>软件类</td><td>宁波</td><td>1</td></tr>
       <tr style="display:none"><td colspan="4"><h1>工作职责：</h1><p>1. 参与软件系统的设计和分析</p></td></tr>`;
    const page = `<html><head><title>加入我们-职位信息</title></head><body><table>
      <thead><tr><td>职位名称</td><td>职位类别</td><td>地点</td><td>人数</td></tr></thead>
      <tbody>${['项目经理(JAVA)', 'JAVA程序员', 'IOS开发工程师'].map(row).join('')}</tbody></table></body></html>`;
    expect(read(page, 'jobs.jsp').map((p) => p.title)).toEqual([
      '项目经理(JAVA)',
      'JAVA程序员',
      'IOS开发工程师',
    ]);
  });

  it('keeps one posting when its page also shows a menu of other roles (links that say nothing else)', () => {
    const menu = ['iOS Developer', 'UX Designer', 'Rails Developer', 'PHP Developers']
      .map((r) => `<a href="/${r}.php"><section class="careers_a">${r}</section></a><br/>`)
      .join('');
    const page = `<?php include('header.php'); ?><section id="main"><section id="careers1"><section>${menu}</section></section>
      <section id="careers2"><span>Rails Developer</span><p>We are looking for an experienced Ruby on Rails developer.</p>
      <strong>Responsibilities</strong><ul><li>Develop the backend</li><li>Fix bugs</li></ul>
      <strong>Requirements</strong><ul><li>3 years of Rails</li></ul><p>Send your CV to jobs@example.com</p></section></section>`;
    expect(read(page, 'rails-developer-jobs.php')).toHaveLength(1);
  });

  it('reads no opening from repeated blocks that name people, products or values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['Paul Marshall', 'Joe Wills', 'Peter Mundy'],
          ['Product 1', 'Product 2', 'Product 3'],
          ['包容开放', '共同成长', '携手共赢'],
          ['Simple', 'Web Based', 'Cloud Ready'],
        ),
        fc.constantFrom(...SHAPES),
        (names, shape) => {
          const blocks = wrap(
            shape,
            names.map((n) => blockHtml(shape, n, 'A few words about it here.')).join(''),
          );
          const page = `<?php include "head.php"; ?><html><body><h1>About us</h1>${blocks}</body></html>`;
          expect(read(page, 'about.php')).toHaveLength(0);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('a component module whose literal list of roles the page renders', () => {
  const page = (list: string) => `/** @jsx jsx */
import { jsx, Container } from "theme-ui";
import JobList from "components/JobList";
const data = ${list};
const Careers = () => (
  <Container>
    <h1>Careers at Strydden</h1>
    <JobList items={data} />
  </Container>
);
export default Careers;
`;

  it('reads one posting per record that names a role', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 2, maxLength: 5 }), (roles) => {
        const list = JSON.stringify(
          roles.map((title, id) => ({
            id,
            title,
            contentHeader: 'Remote, India/Pune | Full Time',
            isOpen: true,
          })),
        );
        expect(read(page(list), 'careers.js').map((p) => p.title)).toEqual(roles);
      }),
      { numRuns: 30 },
    );
  });

  it('reads no opening from a list of team members or of products', () => {
    const team = JSON.stringify([
      { name: 'Jane Smith', title: 'CTO', bio: 'Leads the tech team.' },
      { name: 'John Doe', title: 'Engineering Manager', bio: 'Runs delivery.' },
    ]);
    const products = JSON.stringify([
      { name: 'Product 1', id: 1, price: 10, description: 'RAM desktop DDR4 8G' },
      { name: 'Product 2', id: 2, price: 20, description: 'RAM desktop DDR4 16G' },
    ]);
    expect(read(page(team), 'team.js')).toHaveLength(0);
    expect(read(page(products), 'products.js')).toHaveLength(0);
  });
});

describe('Smarty and ThinkPHP template tags', () => {
  it('are dropped, so a variable is never read as the employer', () => {
    const html =
      sourcePageMarkup(`<!doctype html><html><head><title>加入我们 - {$webname}</title>
 {php echo Common::getCss('css.css'); }</head><body><h4>PHP工程师</h4>{if $x}<p>岗位职责</p>{/if}</body></html>`) ??
      '';
    expect(html).not.toContain('{$webname}');
    expect(html).not.toContain('Common::getCss');
    expect(html).toContain('<h4>PHP工程师</h4>');
  });
});

describe('the employer a source page names', () => {
  const blocks = ['Web-дизайнер', 'Web-программист']
    .map(
      (r, i) =>
        `<div class="vacancy-item"><div class="vacancy-title">${r}</div><p>Обязанности: проект ${i + 1}</p></div>`,
    )
    .join('');

  it('is the copyright holder its own text names too', () => {
    const page = `<?php include "head.php"; ?><body><p>Разработка сайтов в студии Ромашка.</p>${blocks}
      <div class="footer">© Ромашка 2015</div></body>`;
    expect(read(page, 'vacancy.php').map((p) => p.company)).toEqual(['Ромашка', 'Ромашка']);
  });

  it('is a holder with a legal form, written before the name', () => {
    const page = `<?php include "head.php"; ?><body>${blocks}<footer>© 2019 ООО «Ромашка»</footer></body>`;
    expect(read(page, 'vacancy.php')[0]?.company).toBe('ООО «Ромашка»');
  });

  it("is the name the site's logo shows", () => {
    const page = `<?php include "head.php"; ?><body><header><img class="site-logo" alt="Kaddio" src="/logo.svg"></header>${blocks}</body>`;
    expect(read(page, 'vacancy.php')[0]?.company).toBe('Kaddio');
  });
});

describe('a Vue single-file component', () => {
  it('is read as the page its template renders, a title slot as the heading', () => {
    const sfc = `<script setup lang="ts">
import JobListing from "@/components/JobListing.vue";
</script>

<template>
  <div>
    <JobListing>
      <template #title>Network Engineer</template>
      <template #content><p>Location: Remote in California</p><p>Responsibilities: run the network.</p></template>
    </JobListing>
  </div>
</template>
`;
    const html = sourcePageMarkup(sfc) ?? '';
    expect(html).toContain('<h3>Network Engineer</h3>');
    expect(html).not.toContain('<template');
  });
});
