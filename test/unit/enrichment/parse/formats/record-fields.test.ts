import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import type { RawPosting } from '../../../../../functions/enrichment/types.ts';

const parse = (content: string, file = 'jobs') => parseDocument({ content, file });
const pays = (postings: readonly RawPosting[]) =>
  postings.map((p) =>
    p.pay ? { min: p.pay.min, max: p.pay.max, currency: p.pay.currency, period: p.pay.period } : null,
  );

/** The names sources give a range's two ends, beside a title. */
const BOUND_NAMES: readonly (readonly [string, string])[] = [
  ['salary_min', 'salary_max'],
  ['minSalary', 'maxSalary'],
  ['min_amount', 'max_amount'],
  ['job_min_salary', 'job_max_salary'],
  ['salary_from', 'salary_to'],
  ['SalaryLow', 'SalaryHigh'],
  ['minimum_salary', 'maximum_salary'],
  ['compensation_min', 'compensation_max'],
];

/** Ways a document writes a list of records. */
const WRITERS: readonly ((records: readonly object[]) => string)[] = [
  (records) => JSON.stringify(records),
  (records) => JSON.stringify({ jobs: records }),
  (records) => records.map((r) => JSON.stringify(r)).join('\n'),
  (records) => `${records.map((r) => JSON.stringify(r)).join(', \n')}, `,
  (records) => records.map((r) => JSON.stringify(r, null, 2)).join('\n'),
];

describe("a record's pay, whatever the fields are called and however the list is written", () => {
  it('reads the same bounds under every pair of names, in every way of writing the list', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BOUND_NAMES),
        fc.constantFrom(...WRITERS),
        fc.integer({ min: 30, max: 200 }),
        fc.integer({ min: 1, max: 80 }),
        ([low, high], write, lo, spread) => {
          const records = [1, 2].map((i) => ({
            title: `IT Manager ${i}`,
            company: `Acme ${i}`,
            url: `https://jobs.example/${i}`,
            [low]: lo * 1000,
            [high]: (lo + spread) * 1000,
            currency: 'USD',
            interval: 'yearly',
          }));
          expect(pays(parse(write(records)))).toEqual(
            records.map(() => ({
              min: lo * 1000,
              max: (lo + spread) * 1000,
              currency: 'USD',
              period: 'year',
            })),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a pay object or a list of them: USAJOBS remuneration, hh.ru salary beside its mode', () => {
    const usajobs = {
      PositionTitle: 'IT Specialist (INFOSEC)',
      OrganizationName: 'Veterans Health Administration',
      PositionURI: 'https://www.usajobs.gov/job/800100200',
      PositionLocationDisplay: 'Multiple Locations',
      PositionRemuneration: [{ MinimumRange: '139395.0', MaximumRange: '181216.0', RateIntervalCode: 'PA' }],
    };
    const hh = {
      name: 'QA Engineer',
      employer: { name: 'Telum' },
      description: 'Testing embedded devices.',
      salary: { from: 160000, to: null, currency: 'RUR', gross: true },
      salary_range: { from: 160000, to: null, currency: 'RUR', mode: { id: 'MONTH', name: 'За месяц' } },
    };
    expect(
      pays(parse(JSON.stringify([usajobs, { ...usajobs, PositionTitle: 'IT Specialist (NETWORK)' }]))),
    ).toEqual([
      { min: 139395, max: 181216, currency: 'USD', period: 'year' },
      { min: 139395, max: 181216, currency: 'USD', period: 'year' },
    ]);
    expect(pays(parse(JSON.stringify([hh, { ...hh, name: 'QA Lead' }])))).toEqual([
      { min: 160000, max: null, currency: 'RUB', period: 'month' },
      { min: 160000, max: null, currency: 'RUB', period: 'month' },
    ]);
  });

  it("takes a record's currency from its country, nested place, place script or link domain when it names none", () => {
    const rows = [
      { title: 'IT Manager', company: 'A', country: 'India', salary_min: 1200000, salary_max: 1800000 },
      {
        title: 'IT Lead',
        company: 'B',
        PositionLocation: [{ LocationName: 'Anywhere', CountryCode: 'United States' }],
        salary_min: 90000,
        salary_max: 120000,
      },
      { title: 'Python开发工程师', company: '上海心莲信息科技有限公司', city: '上海', salary: '15k-30k' },
      {
        title: 'IT Specialist',
        agency: 'Senate',
        url: 'https://www.usajobs.gov/job/1',
        salaryMin: 139009,
        salaryMax: 189558,
      },
      {
        title: 'Java Developer',
        company: 'C',
        url: 'https://www.glassdoor.co.in/job/2',
        min_amount: 600000,
        max_amount: 900000,
      },
    ];
    expect(pays(parse(JSON.stringify(rows))).map((p) => p?.currency)).toEqual([
      'INR',
      'USD',
      'CNY',
      'USD',
      'INR',
    ]);
  });

  it('leaves the currency unset when nothing in the record places it (.io links say nothing)', () => {
    const rows = [1, 2].map((i) => ({
      title: `Engineer ${i}`,
      company: 'D',
      url: `https://d.io/${i}`,
      salary_min: 5000,
      salary_max: 6000,
    }));
    expect(pays(parse(JSON.stringify(rows))).map((p) => p?.currency)).toEqual([null, null]);
  });

  it('reads columns named in the plural or a letter off, and a list written into one cell', () => {
    const csv = [
      'job tittles,company names,lacations,Links',
      "Senior Python Developer,Houya Arrow -,\"['Wien', 'Graz']\",https://jobs.example/1",
      'Python Developer,GetTechForce.com -,"Cairo, Egypt",https://jobs.example/2',
    ].join('\n');
    const postings = parse(csv, 'jobs.csv');
    expect(postings.map((p) => [p.title, p.company, p.location.text])).toEqual([
      ['Senior Python Developer', 'Houya Arrow', 'Wien'],
      ['Python Developer', 'GetTechForce.com', 'Cairo, Egypt'],
    ]);
  });

  it("refuses a list of titles and texts whose titles name no role (a scraper's news items), keeps one whose titles do", () => {
    const news = [
      'QCon北京2019| 算法和人工智能的应用实践专场',
      'ArchSummit全球架构师峰会',
      'AIR 2019 第四届人工智能大会',
    ].map((title) => ({
      title,
      content: `${title}：本次分享将会详细讲述如何利用机器学习技术与算法去理解用户的意愿。`,
      author: '中心',
    }));
    expect(() => parse(news.map((n) => JSON.stringify(n)).join(', \n'))).toThrow(/not-a-posting/);
    const jobs = ['IT Manager', 'Network Engineer', 'Systems Administrator'].map((title) => ({
      title,
      content: `We are hiring a ${title} to run our infrastructure and support the team. `.repeat(4),
    }));
    expect(parse(JSON.stringify(jobs)).map((p) => p.title)).toEqual([
      'IT Manager',
      'Network Engineer',
      'Systems Administrator',
    ]);
  });

  it("reads a YAML board whose quoted values go on at their key's indentation or less (as PyYAML does)", () => {
    const yaml = [
      '# - id:',
      '#   title:',
      '- id: "2"',
      '  title: "Rails Developer"',
      '  company_name: "Flagship LLC"',
      '  description: "We build Shopify apps.<br>',
      '  Mainly Rails.<br>',
      'Remote work options."',
      '- id: "1"',
      '  title: "Junior Front End Developer"',
      '  company_name: "Trainspot"',
      '  description: "Join our small team."',
    ].join('\n');
    expect(parse(yaml, 'jobs.yml').map((p) => [p.title, p.company])).toEqual([
      ['Rails Developer', 'Flagship LLC'],
      ['Junior Front End Developer', 'Trainspot'],
    ]);
  });

  it('keeps a short column name that is a letter off another word unread ("dote" is not "date")', () => {
    const csv = ['title,company,dote', 'IT Manager,Acme,someday', 'IT Lead,Beta,never'].join('\n');
    expect(parse(csv, 'jobs.csv').map((p) => p.postedAt)).toEqual([null, null]);
  });
});
