import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const skillIds = (text: string, title = 'Director, Infrastructure') =>
  extractQualifications(title, textToBlocks(text), taxonomy).skills.map((s) => s.id);

/** Skill words an "Our …" item may name, and the id each names. */
const SKILLS = [
  ['zero trust network access', 'zero-trust'],
  ['Kubernetes platform', 'kubernetes'],
  ['Splunk SIEM', 'splunk'],
  ['Terraform code base', 'terraform'],
  ['agile delivery model', 'agile'],
] as const;

/** Headings of a list of what the job does or needs. */
const DUTY_HEADINGS = [
  "What you'll lead",
  'What you will own',
  'Responsibilities',
  'Key responsibilities',
  'Your role',
  'Deine Aufgaben',
  'Requirements',
];

describe("an item under a heading of the job's duties is governed by the heading", () => {
  it('"Our …" in such a list is a thing the job does, not how the employer works', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DUTY_HEADINGS),
        fc.constantFrom(...SKILLS),
        fc.constantFrom('## ', '### ', ''),
        fc.constantFrom('- ', '* ', '1. '),
        (heading, [words, id], mark, bullet) => {
          const text = `${mark}${heading}${mark === '' ? ':' : ''}\n\n${bullet}Budget and vendors\n${bullet}Our move to the ${words}`;
          expect(skillIds(text)).toContain(id);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the same "Our …" sentence in prose or under a heading about the employer stays the employer\'s', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SKILLS), ([words, id]) => {
        expect(
          skillIds(`## Requirements\n\n- Linux\n\n## About us\n\n- Our teams run the ${words}`),
        ).not.toContain(id);
        expect(skillIds(`Our teams run the ${words} every day.\n\n## Requirements\n\n- Linux`)).not.toContain(
          id,
        );
      }),
      { numRuns: 20 },
    );
  });
});

describe('a posting written as one paragraph and its facts has no preamble', () => {
  const duty = (n: number, m: number) =>
    `Lead a team of ${n} systems engineers supporting ${m} hotels. Linux and Windows Server administration, VMware, Veeam backups, and patch management with Intune.`;

  it('"Pay: …" or "Location: …" after the paragraph leaves it the description', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 2, max: 400 }),
        fc.constantFrom('Pay: $95k-$110k/yr', 'Location: Denver, CO', 'Salary: 60.000 EUR'),
        (n, m, fact) => {
          const ids = skillIds(`${duty(n, m)}\n\n${fact}`, 'IT Team Lead - Infrastructure');
          expect(ids).toEqual(expect.arrayContaining(['linux', 'windows-server', 'vmware', 'intune']));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a paragraph that opens with a duty speaks of the job even before a heading', () => {
    const ids = skillIds(`${duty(4, 60)}\n\n## Benefits\n\n- Health insurance`, 'IT Team Lead');
    expect(ids).toEqual(expect.arrayContaining(['team-leadership', 'linux', 'vmware']));
  });

  it('a programme described before the sections is still no evidence', () => {
    const programme =
      'The Government Digital Services team aims to modernise government. This agile, open platform will consist of containers, Kubernetes and an API gateway.';
    expect(
      skillIds(`${programme}\n\nLocation: Singapore\n\n## Responsibilities\n\n- Maintain Terraform`),
    ).not.toContain('kubernetes');
  });
});

describe('skills named in Japanese and Chinese requirement lists', () => {
  it.each([
    ['- ネットワーク構築・運用の経験', 'networking'],
    ['- プロジェクト管理の経験', 'project-management'],
    ['- 予算管理', 'budgeting'],
    ['- 熟悉敏捷开发流程', 'agile'],
    ['- 识别项目风险，风险控制', 'risk-management'],
  ])('%s names %s', (line, id) => {
    expect(skillIds(`## 必須スキル\n\n${line}`, 'インフラエンジニア')).toContain(id);
  });

  it('ネットワーク alone, with nothing of IT near it, names no networking', () => {
    expect(skillIds('## 必須スキル\n\n- SNSでのネットワークづくり', 'マーケター')).not.toContain(
      'networking',
    );
  });
});
