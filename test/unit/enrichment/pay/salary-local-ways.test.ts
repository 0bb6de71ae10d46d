/**
 * Pay as Asian and European boards write it: a currency code glued to the digits, CJK myriads
 * (万/萬/만), Indian lakh, Indonesian juta, Vietnamese triệu, European "k€", with the period from
 * the local words or, when none is stated, from the size; and the neighbours that are not pay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../functions/enrichment/enrich-document.ts';
import { extractSalary } from '../../../../functions/enrichment/pay/extract-salary.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import type { Period } from '../../../../functions/enrichment/types.ts';
import { paragraph, posted } from './salary-support.ts';

const taxonomy = loadTaxonomy();
const rates = taxonomy.rates;
const read = (text: string, countryHint: string | null = null) =>
  posted(extractSalary({ blocks: text.split('\n').map((t) => paragraph(t)), pay: null, countryHint }, rates));
const enrich = (content: string) =>
  enrichDocument({ content, file: 'job.md' }, { taxonomy, now: new Date('2026-12-07T00:00:00Z') });

interface Way {
  readonly name: string;
  /** A whole number of the way's unit ("万", "juta", "k"), its value, and how it is written. */
  readonly unit: fc.Arbitrary<number>;
  readonly value: (n: number) => number;
  readonly write: (n: number) => string;
  readonly currency: string;
  readonly period: Period;
}

const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

const WAYS: readonly Way[] = [
  {
    name: 'a code glued to the digits (Taiwan)',
    unit: fc.integer({ min: 800_000, max: 3_000_000 }),
    value: (n) => n,
    write: (n) => `Salary: TWD${n} - TWD${n + 200_000}`,
    currency: 'TWD',
    period: 'year',
  },
  {
    name: 'a code glued to a monthly figure (Taiwan)',
    unit: fc.integer({ min: 35_000, max: 150_000 }),
    value: (n) => n,
    write: (n) => `Salary: TWD${n} - TWD${n + 10_000}`,
    currency: 'TWD',
    period: 'month',
  },
  {
    name: '年収 with 万 and a wave dash, no mark (Japan)',
    unit: fc.integer({ min: 300, max: 1_500 }),
    value: (n) => n * 10_000,
    write: (n) => `給与：年収${n}万 ～ ${n + 200}万程度（賞与込み・経験により決定します）`,
    currency: 'JPY',
    period: 'year',
  },
  {
    name: '月給 in 円 (Japan)',
    unit: fc.integer({ min: 200, max: 900 }),
    value: (n) => n * 1_000,
    write: (n) => `月給　${group(n * 1_000, ',')}円　～　${group(n * 1_000 + 100_000, ',')}円`,
    currency: 'JPY',
    period: 'month',
  },
  {
    name: '연봉 with 만원 (Korea)',
    unit: fc.integer({ min: 2_500, max: 15_000 }),
    value: (n) => n * 10_000,
    write: (n) => `- 연봉 : ${group(n, ',')}만원 ~ ${group(n + 500, ',')}만원`,
    currency: 'KRW',
    period: 'year',
  },
  {
    name: 'Rp and juta, monthly by custom (Indonesia)',
    unit: fc.integer({ min: 3, max: 40 }),
    value: (n) => n * 1_000_000,
    write: (n) => `Gaji: Rp ${n} juta - Rp ${n + 2} juta`,
    currency: 'IDR',
    period: 'month',
  },
  {
    name: 'triệu with VND per month (Vietnam)',
    unit: fc.integer({ min: 8, max: 80 }),
    value: (n) => n * 1_000_000,
    write: (n) => `Lương: ${n} – ${n + 5} triệu VND/tháng`,
    currency: 'VND',
    period: 'month',
  },
  {
    name: 'LPA (India)',
    unit: fc.integer({ min: 4, max: 90 }),
    value: (n) => n * 100_000,
    write: (n) => `Salary: ${n}-${n + 5} LPA`,
    currency: 'INR',
    period: 'year',
  },
  {
    name: 'k€ glued (France)',
    unit: fc.integer({ min: 30, max: 150 }),
    value: (n) => n * 1_000,
    write: (n) => `Salaire : ${n}-${n + 10}k€ brut annuel`,
    currency: 'EUR',
    period: 'year',
  },
  {
    name: 'zł brutto miesięcznie (Poland)',
    unit: fc.integer({ min: 6, max: 30 }),
    value: (n) => n * 1_000,
    write: (n) =>
      `Wynagrodzenie: ${group(n * 1_000, ' ')} - ${group(n * 1_000 + 4_000, ' ')} zł brutto miesięcznie`,
    currency: 'PLN',
    period: 'month',
  },
];

describe('pay written the local way reads back to the same value', () => {
  for (const way of WAYS) {
    it(way.name, () => {
      fc.assert(
        fc.property(way.unit, (n) => {
          const s = read(way.write(n));
          expect(s?.currency).toBe(way.currency);
          expect(s?.period).toBe(way.period);
          expect(s?.min).toBe(way.value(n));
        }),
        { numRuns: 40 },
      );
    });
  }
});

describe('open tops and one-sided pay', () => {
  it('reads a placeholder top as an open range ("TWD130000 - TWD1")', () => {
    expect(read('Salary: TWD130000 - TWD1')).toEqual({
      currency: 'TWD',
      period: 'month',
      min: 130_000,
      max: null,
    });
  });

  it('keeps a small bare figure after a dash that counts something else ("$95,000 - 5 days a week")', () => {
    expect(read('Salary: $95,000 - 5 days a week', 'US')).toEqual({
      currency: 'USD',
      period: 'year',
      min: 95_000,
      max: 95_000,
    });
  });

  it('reads a Japanese figure with a wave dash and nothing after it as a floor', () => {
    expect(read('月給　250,000円　～　（※想定年収　3,000,000円　～　）')).toEqual({
      currency: 'JPY',
      period: 'month',
      min: 250_000,
      max: null,
    });
  });

  it('reads a lone figure ending in a dash under a salary heading as a floor', () => {
    expect(
      posted(
        extractSalary(
          {
            blocks: [{ kind: 'paragraph', text: 'IDR 8.000.000 -\nNegotiable', section: 'Salary Range' }],
            pay: null,
          },
          rates,
        ),
      ),
    ).toEqual({ currency: 'IDR', period: 'month', min: 8_000_000, max: null });
  });

  it('reads a Chinese board line "4k-8k 深圳 经验不限" as a month in yuan, but not "4K-8K 显示器"', () => {
    expect(read('PHP初级工程师    4k-8k 深圳 经验不限 学历不限 全职')).toEqual({
      currency: 'CNY',
      period: 'month',
      min: 4_000,
      max: 8_000,
    });
    expect(read('负责支持 4K-8K 显示器的图形驱动开发')).toBeNull();
  });
});

describe('money that is not pay stays null', () => {
  it.each([
    ['a pay grade with no amount', 'Softwareentwickler/in (bis Entgeltgruppe E 13 TV-L, Stufe 1/2)'],
    ['a grade and steps', 'Die Vergütung erfolgt nach TV-L 12, Stufe 1/2.'],
    ['negotiable pay', 'Gaji Negosiable'],
    ['a revenue in 億円', '当社は売上高1億円を超える成長企業です。'],
    ['businesses served', '我們已服務超過 50 多萬家企業。'],
    ['users', '擁有 2.5 億以上的一般使用者。'],
    ['Japanese fixed overtime alone', '※45時間の固定残業代含む(1,560,684 円 ~ 3,121,380 円)'],
  ])('%s', (_name, text) => {
    expect(read(text)).toBeNull();
  });
});

describe('a board front matter with its pay text', () => {
  const page = (fields: string) =>
    `---\ntitle: 資深後端工程師\ncompany_name: 範例科技\n${fields}\n---\n\n負責後端服務的設計與開發，熟悉 Go 與 Kubernetes。\n`;

  it.each([
    [
      'salary_text: TWD1000000 - TWD1500000\nsalary_currency: TWD',
      { period: 'year', min: 1_000_000, max: 1_500_000 },
    ],
    ['salary_text: TWD50000 - TWD75000\nsalary_currency: TWD', { period: 'month', min: 50_000, max: 75_000 }],
    ['salary_text: TWD130000 - TWD1\nsalary_currency: TWD', { period: 'month', min: 130_000, max: null }],
    [
      'salary_text: TWD130000 - TWD1\nsalary_currency: TWD\nsalary_type: per_month\nsalary_min: 130000\nsalary_max: 1',
      { period: 'month', min: 130_000, max: null },
    ],
    [
      'salary_text: TWD900000 - TWD1200000\nsalary_currency: TWD\nsalary_type: per_year\nsalary_min: 900000\nsalary_max: 1200000',
      { period: 'year', min: 900_000, max: 1_200_000 },
    ],
  ])('%s', (fields, want) => {
    const [listing] = enrich(page(fields));
    expect(posted(listing?.salary ?? null)).toEqual({ currency: 'TWD', ...want });
  });
});
