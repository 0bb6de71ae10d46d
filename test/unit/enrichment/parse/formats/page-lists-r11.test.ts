import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formalOrganisation } from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  buildLocation,
  looksLikeLocation,
} from '../../../../../functions/enrichment/parse/formats/location.ts';
import {
  componentRoleCards,
  roleCardsHtml,
} from '../../../../../functions/enrichment/parse/formats/module-roles.ts';
import { readScriptData } from '../../../../../functions/enrichment/parse/formats/script-data.ts';
import { cleanTitle, nameBeforeBars } from '../../../../../functions/enrichment/parse/formats/title-line.ts';
import type { RawPosting } from '../../../../../functions/enrichment/types.ts';

/** The postings a document yields; none when it is no posting (a NotAPostingError or an empty read). */
function read(content: string, file: string): RawPosting[] {
  try {
    return parseDocument({ content, file });
  } catch {
    return [];
  }
}

/** Job names no list of role nouns holds, in several languages. */
const NAMES = [
  'Juristin / Jurist',
  'Ärztin / Arzt',
  'Gärtnerin / Gärtner',
  'Pädagogische Fachkräfte',
  'Soudeur',
  'Kasir',
  '文案编辑',
  'Повар',
];
/** Fields only a job has, as sites name them. */
const JOB_FIELDS = [
  ['employment_type', 'Vollzeit'],
  ['jobType', 'Full time'],
  ['application_deadline', 'Bewerbungsfrist: 28.09.2020'],
  ['requirements', ['Führerschein B']],
  ['salary', '3.000 €'],
] as const;

const nameArb = fc.constantFrom(...NAMES);
const fieldArb = fc.constantFrom(...JOB_FIELDS);

describe('a list of job records whose titles are no known role nouns', () => {
  it('is written out as one card per record when each record has a field only a job has', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(nameArb, { minLength: 2, maxLength: 6 }),
        fieldArb,
        (names, [key, value]) => {
          const data = {
            careerLists: names.map((title) => ({ title, department: 'Referat', [key]: value })),
          };
          const html = roleCardsHtml(data) ?? '';
          expect(html.match(/<article/g)?.length ?? 0).toBe(names.length);
          for (const name of names) expect(html).toContain(`<h3>${name}</h3>`);
        },
      ),
    );
  });

  it('is no list of jobs when the records carry no job field (products, offices)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 2, maxLength: 6 }), (names) => {
        const data = { items: names.map((title) => ({ title, description: 'Our product', url: '/x' })) };
        expect(roleCardsHtml(data)).toBeNull();
      }),
    );
  });

  it('is a team, not openings, when the records name people', () => {
    const data = {
      team: [
        { name: 'Anna Berg', title: 'Juristin', employment_type: 'Vollzeit' },
        { name: 'Jan Roth', title: 'Arzt', employment_type: 'Teilzeit' },
      ],
    };
    expect(roleCardsHtml(data)).toBeNull();
  });
});

describe('a component page whose template renders its script data by a loop', () => {
  const vue = (records: string) =>
    `<template>\n  <div>\n    <h2>Karriere bei der Stadt Innsbruck</h2>\n    <h3>Offene Stellen</h3>\n    <CareersList :items="careerLists" />\n  </div>\n</template>\n\n<script>\nimport CareersList from '~/components/CareersList';\nexport default {\n  components: { CareersList },\n  data() {\n    return {\n      careerLists: [${records}]\n    };\n  }\n};\n</script>\n`;

  it('reads a function that returns its data (`data() { return { … } }`)', () => {
    const read = readScriptData('export default { data() { return { jobs: [{ title: "Arzt" }] } } }');
    expect(JSON.stringify(read?.value)).toContain('"jobs":[{"title":"Arzt"}]');
  });

  it('gives one posting per record, whatever words the titles use', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(nameArb, { minLength: 2, maxLength: 5 }),
        fieldArb,
        (names, [key, value]) => {
          const records = names
            .map((title) => `{ title: ${JSON.stringify(title)}, ${key}: ${JSON.stringify(value)} }`)
            .join(', ');
          const postings = read(vue(records), 'careers.vue');
          expect(postings.map((p) => p.title).sort()).toEqual([...names].sort());
        },
      ),
      { numRuns: 20 },
    );
  });

  it('reads no script that is loaded from elsewhere or is JSON-LD', () => {
    const page = `<template><div><h1>Jobs</h1></div></template>\n<script src="/app.js"></script>\n<script type="application/ld+json">{"jobs": [{"title": "Arzt", "employment_type": "Vollzeit"}, {"title": "Jurist", "employment_type": "Vollzeit"}]}</script>`;
    expect(componentRoleCards(page)).toBeNull();
  });
});

describe('category tiles', () => {
  it('are no postings: a role-like name and a count of the jobs behind it', () => {
    const tiles = (count: (n: number) => string) =>
      `<html><body><h1>We Are Hiring!</h1><div class="row">${[
        'Programmer',
        'Graphic Designer',
        'Field Technician',
      ]
        .map(
          (name, i) =>
            `<div class="col-4 tile"><h4>${name}</h4><a href="/jobs/${i}">${count(i + 2)}</a></div>`,
        )
        .join('')}</div></body></html>`;
    for (const count of [
      (n: number) => `See ${n} Jobs`,
      (n: number) => `(${n})`,
      (n: number) => `${n} vacancies`,
    ])
      expect(read(tiles(count), 'careers.html')).toHaveLength(0);
  });
});

describe('marks a page draws around a title', () => {
  it('are no part of it: a bullet before, an accordion mark after', () => {
    expect(cleanTitle('●サーバーエンジニア')).toBe('サーバーエンジニア');
    expect(cleanTitle('Python开发工程师+')).toBe('Python开发工程师');
    expect(cleanTitle('文案编辑（汽车行业）+')).toBe('文案编辑（汽车行业）');
    expect(cleanTitle('Android Developer ▼')).toBe('Android Developer');
  });

  it('keep a name that ends in its own "+" (C++, Notepad++)', () => {
    fc.assert(
      fc.property(fc.constantFrom('Engineer', 'Developer', 'Programmer'), (role) => {
        expect(cleanTitle(`${role} C++`)).toBe(`${role} C++`);
        expect(cleanTitle(`C++ ${role}`)).toBe(`C++ ${role}`);
      }),
    );
  });

  it('leave a record title its name before the bars that add a team or workplace', () => {
    expect(nameBeforeBars('Senior Software Developer | Backend | Remotly')).toBe('Senior Software Developer');
    expect(nameBeforeBars('Engineering Manager | On-Site')).toBe('Engineering Manager');
    // Two jobs joined by a bar, or a bar inside a name that names no role, stay whole.
    expect(nameBeforeBars('Designer | Developer')).toBe('Designer | Developer');
    expect(nameBeforeBars('Rock | Paper | Scissors')).toBe('Rock | Paper | Scissors');
  });
});

describe('a place named by an area of it', () => {
  it('reads as the place, with its country', () => {
    for (const [text, country] of [
      ['South West London', 'GB'],
      ['Central London', 'GB'],
      ['Mainland China', 'CN'],
      ['Jakarta Selatan', 'ID'],
    ] as const) {
      expect(looksLikeLocation(text)).toBe(true);
      expect(buildLocation(text, null, null).country).toBe(country);
    }
    expect(looksLikeLocation('東京都千代田区神田須田町')).toBe(true);
  });

  it('is no place when the word after the area names none', () => {
    for (const text of ['Central Bank', 'Upper Management', 'Southern Comfort', 'West Ham United'])
      expect(looksLikeLocation(text)).toBe(false);
  });
});

describe('a business named with its legal form', () => {
  it('is read with a form written before the name or in Japanese', () => {
    expect(formalOrganisation('Jika anda tertarik bekerja di PT Karya Indonesia Cerdas dan memenuhi')).toBe(
      'PT Karya Indonesia Cerdas',
    );
    expect(formalOrganisation('〒140-0015 東京都品川区西大井 6-7-2 株式会社青野工業 総務部')).toBe(
      '株式会社青野工業',
    );
    expect(formalOrganisation('株式会社コスモレナデザイナー募集要項')).toBe('株式会社コスモレナ');
    expect(formalOrganisation('郵送先 株式会社 エクセレンス 総務部人事課宛')).toBe('株式会社 エクセレンス');
  });

  it('is the page owner of a list page whose head names no employer', () => {
    const page = `<html><head><title>採用情報</title></head><body><h1>採用情報</h1><ul class="jobs">${[
      'システムエンジニア',
      'ネットワークエンジニア',
    ]
      .map(
        (role) =>
          `<li class="job"><h3>${role}</h3><p>仕事内容：設計、構築、運用。応募資格：経験3年以上。給与：月給30万円〜。</p></li>`,
      )
      .join('')}</ul><footer><p>株式会社サンプル商事 総務部</p></footer></body></html>`;
    const postings = read(page, 'recruit.html');
    expect(postings.map((p) => p.title)).toEqual(['システムエンジニア', 'ネットワークエンジニア']);
    for (const posting of postings) expect(posting.company).toBe('株式会社サンプル商事');
  });
});
