import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { readPostTable } from '../../../../../functions/enrichment/parse/formats/post-table.ts';
import { readSourceData } from '../../../../../functions/enrichment/parse/formats/source-data.ts';
import type { RawPosting } from '../../../../../functions/enrichment/types.ts';

/** The postings a document yields; none when it is no posting. */
function read(content: string, file: string): RawPosting[] {
  try {
    return parseDocument({ content, file });
  } catch (error) {
    if (error instanceof Error && /not-a-posting|no postings/i.test(error.message)) return [];
    throw error;
  }
}

const ROLES = [
  'Senior Python Developer',
  'Data Engineer',
  'IT Support Technician',
  'QA Engineer',
  'Site Reliability Engineer',
  'Android Developer',
  'Network Administrator',
];
const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Health', 'Hooli'];
const PLACES = ['Remote', 'Berlin, Germany', 'Cape Town', 'Austin, TX'];

const jobsArb = fc.uniqueArray(
  fc.record({
    title: fc.constantFrom(...ROLES),
    company: fc.constantFrom(...COMPANIES),
    place: fc.constantFrom(...PLACES),
  }),
  { minLength: 2, maxLength: 6, selector: (j) => j.title },
);
type Job = { title: string; company: string; place: string };

/** The same list of jobs as each language keeps it in source code. */
const WRITERS: Record<string, (jobs: readonly Job[]) => string> = {
  'fixtures.py': (jobs) =>
    `import pytest\n\n# scraped sample\nJOBS = [\n${jobs
      .map(
        (j) =>
          `    {'title': '${j.title}', "company": "${j.company}", 'location': '${j.place}', 'salary': None},`,
      )
      .join('\n')}\n]\n\ndef test_count():\n    assert len(JOBS) == ${jobs.length}\n`,
  'seeds.rb': (jobs) =>
    `# seeds\n${jobs
      .map(
        (j) =>
          `Job.create!(title: '${j.title}', company: "${j.company}", location: '${j.place}', remote: false)`,
      )
      .join('\n')}\n`,
  'DummyData.kt': (jobs) =>
    `package com.example.app\n\nval dummyJobs = listOf(\n${jobs
      .map(
        (j) =>
          `    Job(\n        title = "${j.title}",\n        company = "${j.company}",\n        location = "${j.place}",\n    ),`,
      )
      .join('\n')}\n)\n`,
  'Jobs.swift': (jobs) =>
    `import Foundation\n\nlet jobs: [Job] = [\n${jobs
      .map((j) => `  Job(title: "${j.title}", company: "${j.company}", location: "${j.place}"),`)
      .join('\n')}\n]\n`,
};

describe('job data kept as literals in the source code of other languages', () => {
  it('reads one posting per record, with its company and place, whatever the language writes', () => {
    fc.assert(
      fc.property(jobsArb, fc.constantFrom(...Object.keys(WRITERS)), (jobs, file) => {
        const postings = read((WRITERS[file] as (j: readonly Job[]) => string)(jobs), file);
        expect(postings.map((p) => p.title)).toEqual(jobs.map((j) => j.title));
        expect(postings.map((p) => p.company)).toEqual(jobs.map((j) => j.company));
      }),
      { numRuns: 40 },
    );
  });

  it('joins a Python string split over lines, and names a record referred to by a variable', () => {
    const data = readSourceData(
      "acme = Company.create!(name: 'Acme Corp', city: 'Boise')\nJob.create!(company_id: acme.id, title: 'IT '\n  'Manager')\n",
    );
    expect(data).toEqual({
      'Company.create!': [{ '@source-type': 'Company' }],
      'Job.create!': [{ company: 'Acme Corp', title: 'IT Manager' }],
    });
  });

  it('names the fields of a list of tuples by the loop that takes them apart', () => {
    fc.assert(
      fc.property(jobsArb, fc.boolean(), (jobs, ruby) => {
        const rows = jobs.map((j) => `  ['${j.title}', '${j.company}', '${j.place}'],`).join('\n');
        const loop = ruby
          ? 'job_list.each do |title, company, location|\n  Job.create(title: title)\nend\n'
          : 'for title, company, location in job_list:\n    save(title)\n';
        const postings = read(`job_list = [\n${rows}\n]\n\n${loop}`, ruby ? 'seed.rb' : 'seed.py');
        expect(postings.map((p) => [p.title, p.company])).toEqual(jobs.map((j) => [j.title, j.company]));
      }),
      { numRuns: 20 },
    );
  });

  it("reads a print_r dump of jobs kept in a PHP comment, one record per object's fields", () => {
    const dump = (jobs: readonly Job[]) =>
      jobs
        .map(
          (j, i) =>
            `    [item${i}] => SimpleXMLElement Object\n        (\n            [job_title] => ${j.title}\n            [description] => SimpleXMLElement Object\n                (\n                )\n\n            [location] => ${j.place}\n            [company] => ${j.company}\n        )\n`,
        )
        .join('\n');
    fc.assert(
      fc.property(jobsArb, (jobs) => {
        const source = `<?php\ndefined('_JEXEC') or die;\n/*\nSimpleXMLElement Object\n(\n${dump(jobs)})\n*/\n$xml = simplexml_load_file($url);\n`;
        expect(read(source, 'mod_jobs.php').map((p) => p.title)).toEqual(jobs.map((j) => j.title));
      }),
      { numRuns: 20 },
    );
  });

  it('keeps no job out of the records of another type (a profile, its work history, a course)', () => {
    const source = `val user = User(\n  name = "Jane Doe",\n  company = "Tech Innovations",\n  workExperience = listOf(\n    WorkExperience(company = "StartupX", position = "Junior Developer", description = "Built the app"),\n    WorkExperience(company = "Acme", position = "Senior Developer", description = "Led the team"),\n  ),\n)\nval courses = listOf(Course(title = "Intro to Python", instructor = "Dr. Smith"), Course(title = "SQL Basics", instructor = "Dr. Jones"))\n`;
    expect(read(source, 'Profile.kt')).toEqual([]);
  });

  it('leaves a list of categories, and code with no data, as no postings', () => {
    expect(
      read(
        'object JobsList {\n  val list = listOf(\n    JobSpec("Python", R.drawable.python),\n    JobSpec("Java", R.drawable.java),\n  )\n}\n',
        'JobsList.kt',
      ),
    ).toEqual([]);
    expect(
      read(
        'import requests\n\ndef scrape(url):\n    jobs = []\n    for h1 in soup.find_all("h1"):\n        jobs.append({"title": h1.text, "link": url})\n    return jobs\n',
        'scraper.py',
      ),
    ).toEqual([]);
  });

  it('reads a feed written whole into a test string as that feed', () => {
    const items = ROLES.slice(0, 3)
      .map(
        (r, i) =>
          `        <item><title>${r} at Globex (Remote)</title><link>https://jobs.example.com/${i}</link><description>We are hiring a ${r}. Apply now.</description></item>`,
      )
      .join('\n');
    const source = `class FeedTest {\n    private val feed = """\n<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Jobs</title>\n${items}\n</channel></rss>\n""".trimIndent()\n}\n`;
    const postings = read(source, 'FeedTest.kt');
    expect(postings.map((p) => p.title)).toEqual(ROLES.slice(0, 3));
  });
});

describe("a public call's table of posts", () => {
  const POSTS = [
    'ASISTENTE DE AREA',
    'CHOFER DE SERENAZGO',
    'Técnico en Informática',
    'Analista de Sistemas',
    'Auxiliar Administrativo',
  ];
  const postsArb = fc.uniqueArray(fc.constantFrom(...POSTS), { minLength: 2, maxLength: 5 });
  const count = (i: number) => String(i + 1).padStart(2, '0');
  const SHAPES: Record<string, (posts: readonly string[]) => string> = {
    pipes: (p) =>
      `| Cantidad | Cargo | Remuneración |\n|---|---|---|\n${p.map((t, i) => `| ${count(i)} | ${t} | S/ 2,500.00 |`).join('\n')}`,
    tabs: (p) => `Nº\tPuesto\tÁrea\n${p.map((t, i) => `${i + 1}\t${t}\tGerencia Municipal`).join('\n')}`,
    'count first': (p) =>
      `CANTIDAD CARGO SIGLA\n${p.map((t, i) => `${count(i)} ${t} GS-${count(i)}`).join('\n')}`,
    columns: (p) =>
      `CANTIDAD\n${p.map((_, i) => count(i)).join('\n')}\nCARGO\n${p.join('\n')}\nSIGLA\n${p.map((_, i) => `GS-${count(i)}`).join('\n')}\n2. UNIDAD ORGÁNICA SOLICITANTE`,
  };

  it('reads one post per row, its count aside, in every shape a text gives a table', () => {
    fc.assert(
      fc.property(postsArb, fc.constantFrom(...Object.keys(SHAPES)), (posts, shape) => {
        const text = `PROCESO CAS Nº 01-2024-MD\nI. GENERALIDADES\n1. OBJETO DE LA CONVOCATORIA\n${(SHAPES[shape] as (p: readonly string[]) => string)(posts)}\n\nII. PERFIL DEL PUESTO\n`;
        expect(readPostTable(text)?.posts.map((p) => p.title)).toEqual(posts);
        expect(read(text, 'bases.txt').map((p) => p.title)).toEqual(posts);
      }),
      { numRuns: 40 },
    );
  });

  it('takes no table whose header names no post, nor a single row', () => {
    expect(
      readPostTable(
        'Fecha | Actividad | Responsable\n01/02 | Publicación | RR.HH.\n05/02 | Evaluación | Comité\n',
      ),
    ).toBeNull();
    expect(
      readPostTable('| Cargo | Remuneración |\n|---|---|\n| Analista de Sistemas | S/ 3,000 |\n'),
    ).toBeNull();
  });
});

describe('the source reader on hostile input', () => {
  it('reads a quarter megabyte of open brackets, calls and quotes in linear time', () => {
    for (const content of [
      `x = ${'['.repeat(250_000)}`,
      `JOBS = ${'f('.repeat(100_000)}`,
      `x = [${'1, '.repeat(80_000)}`,
      `# it's\n${"name = 'a\n".repeat(25_000)}`,
      `<?php\n$a = <<<XML\n${'<job>'.repeat(50_000)}`,
    ]) {
      const started = performance.now();
      read(content, 'hostile.py');
      expect(performance.now() - started).toBeLessThan(15_000);
    }
  });
});
