import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const parse = (text: string, file = 'page.md') =>
  parseDocument({ content: new TextEncoder().encode(text), file });

/** How a template language writes "the value of NAME here". */
const MARKS: readonly ((name: string) => string)[] = [
  (n) => `{{ ${n} }}`,
  (n) => `\${recruit.${n}}`,
  (n) => `{$listing.${n}}`,
  (n) => `<%= job.${n} %>`,
];
const FIELDS = ['positionName', 'positionDuty', 'positionRequirement', 'positionPlace', 'salary'];
/** Section labels of a posting, in the languages the readers meet. */
const LABELS = [
  ['Responsibilities', 'Requirements', 'Location', 'Salary'],
  ['工作职责', '职位要求', '工作地点', '薪资'],
  ['Aufgaben', 'Profil', 'Standort', 'Gehalt'],
  ['주요업무', '자격요건', '근무지', '급여'],
];

describe('a page template with words around its placeholders', () => {
  it('is no posting, in any template language and any labels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MARKS.length - 1 }),
        fc.integer({ min: 0, max: LABELS.length - 1 }),
        fc.constantFrom('Example Corp careers', '第七大道官方网站', 'Join us'),
        (m, l, site) => {
          const mark = MARKS[m] as (n: string) => string;
          const labels = LABELS[l] as string[];
          const html = `<html><head><title>${mark('positionName')} - ${site}</title></head><body>
<h1>${mark('positionName')}</h1>
${labels.map((label, i) => `<h3>${label}</h3><p>${mark(FIELDS[i + 1] as string)}</p>`).join('\n')}
<p>Send your CV to hr@example.com</p></body></html>`;
          const error = thrown(() => parse(html, 'recruitPage.ftl'));
          expect(error).toBeInstanceOf(NotAPostingError);
          expect(error.message).toMatch(/template/);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is refused when its fields are bracketed blanks to fill in', () => {
    const text = `# Job Posting Template

## Company: [Company Name]

**Location:** [City, Country]
**Employment Type:** [Full-time/Part-time/Contract]

## Requirements
- [Requirement 1]
- [Requirement 2]
`;
    expect(thrown(() => parse(text))).toBeInstanceOf(NotAPostingError);
  });

  it('is refused when it says it is a sample page', () => {
    const html = `<html><body><h2>採用情報</h2><p>採用情報のサンプルページです。必要に応じて変更してお使いください。</p>
<table><tr><th>募集職種</th><td>アシスタント</td></tr><tr><th>応募資格</th><td>経験者優遇</td></tr></table></body></html>`;
    expect(thrown(() => parse(html, 'recruit.jsp'))).toBeInstanceOf(NotAPostingError);
  });
});

describe('a real posting', () => {
  it('keeps a posting whose layout uses the site’s variables, includes and one field', () => {
    const text = `---
title: Linux Systems Administrator
location: Remote
---

## {{ page.title }}

{% include intro.html %}

We are looking for a Linux administrator. Apply at {{ site.url }}/apply — contact {{ recruiter }}.

### Requirements
- 5 years of Linux
`;
    const postings = parse(text);
    expect(postings.map((p) => p.title)).toEqual(['Linux Systems Administrator']);
  });

  it('keeps a server page whose markup carries the site’s own placeholders, whatever their names', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z_]{2,10}$/), { minLength: 3, maxLength: 6 }),
        (names) => {
          const [titleVar = 'title', ...assetVars] = names;
          const html = `<%@ page contentType="text/html; charset=UTF-8" %>
<html><head><title>Careers \${${titleVar}}</title>
${assetVars.map((v) => `<script src="\${${v}}/app.js?v=\${${v}}"></script><link href="\${${v}}/site.css">`).join('\n')}
</head><body><h1>IT Manager</h1>
<p>We are hiring an IT Manager to lead our infrastructure team of six engineers.</p>
<h2>Requirements</h2><ul><li>Five years of IT operations</li><li>ITIL Foundation</li></ul>
<p>Send your CV to jobs@example.com.</p></body></html>`;
          const postings = parse(html, 'job.jsp');
          expect(postings).toHaveLength(1);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keeps a posting tagged with words in capitals in brackets, as job boards publish them', () => {
    const text = `COORDENADOR SERVICE DESK

[SERVICE DESK] [SALVADOR] [TI] [ATAKAREJO] [CLT]

Buscamos um coordenador para liderar a equipe de service desk de 12 analistas.
Requisitos: experiência com ITIL e gestão de equipes.
Envie seu currículo para vagas@example.com.`;
    expect(parse(text, 'vaga.txt').map((p) => p.title)).toEqual(['COORDENADOR SERVICE DESK']);
  });

  it('keeps a posting that quotes template code and a role titled by a sample word', () => {
    const text = `# Sample Preparation Technician

We are hiring a technician for our lab in Leeds. Full-time, £25,000 per year.

\`\`\`html
<p>{{ user.name }} {{ order.total }} {{ cart.items }}</p>
\`\`\`

## Responsibilities
- Prepare samples

Apply by sending your CV to jobs@example.com.
`;
    expect(parse(text).map((p) => p.title)).toEqual(['Sample Preparation Technician']);
  });
});
