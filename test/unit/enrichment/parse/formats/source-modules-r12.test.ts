import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { componentPropRecords } from '../../../../../functions/enrichment/parse/formats/jsx-props.ts';
import { withoutTranslationTables } from '../../../../../functions/enrichment/parse/formats/module-labels.ts';
import { readScriptData } from '../../../../../functions/enrichment/parse/formats/script-data.ts';
import { opensWithScriptStatement } from '../../../../../functions/enrichment/parse/formats/script-start.ts';
import type { RawPosting } from '../../../../../functions/enrichment/types.ts';

/** The postings a document yields; none when it is no posting (a NotAPostingError or an empty read). */
function read(content: string, file: string): RawPosting[] {
  try {
    return parseDocument({ content, file });
  } catch (error) {
    if (error instanceof Error && /not-a-posting|no postings/i.test(error.message)) return [];
    throw error;
  }
}

const ROLES = [
  'Senior Backend Engineer',
  'Data Engineer',
  'Product Designer',
  'IT Support Technician',
  'QA Engineer',
  'Site Reliability Engineer',
  'Marketing Manager',
  'Mobile Developer',
];
const PLACES = ['Remote', 'Berlin, Germany', 'Pune, India', 'Austin, TX', 'Milano'];
const QUOTES = ["'", '"'];

/** Two to six distinct roles, each with a place. */
const jobsArb = fc.uniqueArray(
  fc.record({ title: fc.constantFrom(...ROLES), place: fc.constantFrom(...PLACES) }),
  { minLength: 2, maxLength: 6, selector: (j) => j.title },
);

function literal(jobs: readonly { title: string; place: string }[], q: string, titleKey = 'title'): string {
  return `[\n${jobs
    .map(
      (j) => `  { ${titleKey}: ${q}${j.title}${q}, location: ${q}${j.place}${q}, type: ${q}Full-time${q} },`,
    )
    .join('\n')}\n]`;
}

describe('a browser script that holds its jobs as literals', () => {
  it('reads every record of a list set on a global or built into a Vue instance', () => {
    fc.assert(
      fc.property(
        jobsArb,
        fc.constantFrom(...QUOTES),
        fc.constantFrom('window', 'globalThis', 'app'),
        fc.boolean(),
        (jobs, q, root, vue) => {
          const source = vue
            ? `Vue.config.devtools = true;\n\nnew Vue({\n  el: '#app',\n  data: {\n    jobs: ${literal(jobs, q, 'position')},\n    starred: [],\n  },\n  methods: {\n    star(id) { if (!this.starred.includes(id)) { this.starred.push(id); } },\n    apply: function (id) { return this.jobs.find((j) => j.id === id); },\n    count: () => 1,\n  },\n});\n`
            : `// jobs shown on the page\n${root}.jobs = ${literal(jobs, q)};\n`;
          const postings = read(source, 'script.js');
          expect(postings.map((p) => p.title).sort()).toEqual(jobs.map((j) => j.title).sort());
        },
      ),
      { numRuns: 40 },
    );
  });

  it('does not take prose or a comparison for a script', () => {
    expect(opensWithScriptStatement('window.jobs = [\n  { title: "Data Engineer" }\n];')).toBe(true);
    expect(opensWithScriptStatement('new Vue({ el: "#app" })')).toBe(true);
    expect(opensWithScriptStatement('Senior Engineer = great job')).toBe(false);
    expect(opensWithScriptStatement('a.b == c')).toBe(false);
    expect(opensWithScriptStatement('Node.js developer wanted. Apply today.')).toBe(false);
  });

  it('keeps a list whose records hold any code as code (a component list of cards with icons)', () => {
    const source = `export const benefits = [\n  { icon: Zap, title: "Competitive Salary", description: "We pay well" },\n  { icon: Users, title: "Great Team", description: "Talented people" },\n];\n`;
    const data = readScriptData(source);
    expect(data === null || !('benefits' in data.value)).toBe(true);
  });

  it('passes over a function member of an object and keeps its other members', () => {
    const data = readScriptData(
      'const page = { title: "Careers", open() { return 1; }, jobs: [{ title: "QA Engineer" }] };',
    );
    expect(data?.value).toEqual({ page: { title: 'Careers', jobs: [{ title: 'QA Engineer' }] } });
  });
});

describe('a careers component that gives its roles as the props of repeated elements', () => {
  const element = (name: string, title: string, place: string, q: string) =>
    q === '{'
      ? `<${name} jobtitle={"${title}"} link="/careers/x" location={'${place}'} time="Full-Time" />`
      : `<${name}\n  jobtitle=${q}${title}${q}\n  link="/careers/x"\n  location=${q}${place}${q}\n  time="Full-Time"\n/>`;

  it('reads one posting per element, with its place', () => {
    fc.assert(
      fc.property(
        jobsArb,
        fc.constantFrom('"', "'", '{'),
        fc.constantFrom('OpenRole', 'Job.Card'),
        (jobs, q, name) => {
          const source = `import * as React from 'react';\nimport ${name.split('.')[0]} from './role';\n\nexport default function Careers() {\n  return (\n    <div>\n      <h2>Open Roles</h2>\n      ${jobs.map((j) => element(name, j.title, j.place, q)).join('\n      ')}\n    </div>\n  );\n}\n`;
          const postings = read(source, 'careers.js');
          expect(postings.map((p) => p.title).sort()).toEqual(jobs.map((j) => j.title).sort());
          for (const p of postings) {
            const job = jobs.find((j) => j.title === p.title);
            expect(p.location?.text ?? '').toContain((job?.place ?? '').split(',')[0]);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads no props from a component used once, or from expression props', () => {
    expect(componentPropRecords('<Hero title="Join us" subtitle="We grow" />')).toBeNull();
    expect(
      componentPropRecords(
        '<Role title={job.title} place={job.place} /><Role title={j.title} place={j.place} />',
      ),
    ).toBeNull();
  });

  it('gives no posting for repeated culture tiles', () => {
    const source = `import React from 'react';\nexport default function Culture() {\n  return (\n    <section>\n      <h3>Our Culture</h3>\n      <Tile title="Decentralized Ideas" text="Every voice is heard." img="a.svg" />\n      <Tile title="Global Community" text="We work across time zones." img="b.svg" />\n      <Tile title="Turbo-charged Learning" text="We move fast." img="c.svg" />\n    </section>\n  );\n}\n`;
    expect(read(source, 'culture.js')).toEqual([]);
  });
});

describe("a module of an interface's translations", () => {
  it('takes out tables keyed by locale, whatever the locales and labels', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('en', 'de', 'rs', 'fr', 'pt-BR', 'zh_Hant'), {
          minLength: 2,
          maxLength: 4,
        }),
        (locales) => {
          const table = Object.fromEntries(
            locales.map((l) => [
              l,
              {
                title: `Open Positions ${l}`,
                requirements: `Requirements ${l}`,
                responsibilities: `Duties ${l}`,
              },
            ]),
          );
          expect(withoutTranslationTables({ labels: table })).toEqual({});
          const source = `export const openPositionsTranslations = ${JSON.stringify(table, null, 2)}\n`;
          expect(read(source, 'open-positions.ts')).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('keeps jobs listed per language', () => {
    const data = {
      en: { jobs: [{ title: 'Data Engineer', location: 'Berlin' }] },
      de: { jobs: [{ title: 'Dateningenieur', location: 'Berlin' }] },
    };
    expect(withoutTranslationTables(data)).toBe(data);
  });
});
