import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../functions/enrichment/enrich-document.ts';
import { extractSalary } from '../../../../functions/enrichment/pay/extract-salary.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import type { Block } from '../../../../functions/enrichment/types.ts';
import type { CurrencyRates } from '../../../../taxonomy/schema.ts';
import { paragraph, posted, rates } from './salary-support.ts';

/** The fixed test rates plus the currencies of this file (PLN stays out of the shared table on purpose). */
const regional: CurrencyRates = {
  ...rates,
  usdPerUnit: { ...rates.usdPerUnit, PLN: 0.25, ZAR: 0.055, CNY: 0.14 },
};

function salaryOf(text: string | readonly Block[], countryHint: string | null = null) {
  const blocks = typeof text === 'string' ? [paragraph(text)] : text;
  return extractSalary({ blocks, pay: null, countryHint }, regional);
}

/** Polish: "zł" is PLN, spaced thousands, periods "mies." / "miesięcznie" / "na miesiąc" / "rocznie" / "na godzinę". */
describe('extractSalary from text: Polish', () => {
  it.each([
    ['Wynagrodzenie: 18 000 – 24 000 zł brutto / mies.', 'month', 18_000, 24_000],
    ['Wynagrodzenie: 18 000 – 24 000 PLN brutto miesięcznie', 'month', 18_000, 24_000],
    ['18000 - 24000 PLN per month', 'month', 18_000, 24_000],
    ['Wynagrodzenie: od 18 000 do 24 000 zł brutto miesięcznie', 'month', 18_000, 24_000],
    ['Widełki: 15 000 - 20 000 zł netto (B2B) / mies.', 'month', 15_000, 20_000],
    ['Pensja: 20 000 zł brutto na miesiąc', 'month', 20_000, 20_000],
    ['Wynagrodzenie miesięczne: 18 000 zł', 'month', 18_000, 18_000],
    ['Wynagrodzenie: 150 000 zł rocznie', 'year', 150_000, 150_000],
    ['Wynagrodzenie: 150 000 złotych brutto na rok', 'year', 150_000, 150_000],
    ['Stawka: 120 zł na godzinę', 'hour', 120, 120],
    ['Stawka: 150 zł/godz. netto', 'hour', 150, 150],
  ])('reads %j as PLN per %s', (text, period, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency: 'PLN', period, min, max });
  });

  it('leaves out a budget in złoty', () => {
    expect(salaryOf('Budżet projektu: 5 000 000 zł')).toBeNull();
    expect(salaryOf('Budżet: 400 000 zł rocznie. Wynagrodzenie: 18 000 zł / mies.')?.max).toBe(18_000);
  });
});

/** South African rand: "R" glued to a pay-sized amount, CTC as a pay word. */
describe('extractSalary from text: South African rand', () => {
  it.each([
    ['Package: R780 000 CTC per annum', 'year', 780_000, 780_000],
    ['Salary: R900 000 – R1 100 000 CTC', 'year', 900_000, 1_100_000],
    ['Salary: R900,000 - R1,100,000 per annum', 'year', 900_000, 1_100_000],
    ['Salary: R45k - R55k per month', 'month', 45_000, 55_000],
    ['Remuneration: R65000 per month', 'month', 65_000, 65_000],
    ['The R5 000 000 budget. Pay: R600 000 per annum', 'year', 600_000, 600_000],
  ])('reads %j as ZAR per %s', (text, period, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency: 'ZAR', period, min, max });
  });

  it.each([
    ['R&D budget of R5 000 000'],
    ['Salary: R&D engineer role, Model R2 2000'],
    ['Salary: see the R 2.0 release notes'],
    ['Salary: MATLAB R2024a licences'],
    ['Pay: R10 per unit, R250 per day'],
  ])('reads no rand from %j', (text) => {
    expect(salaryOf(text)).toBeNull();
  });

  it('keeps R$ as BRL and does not take the R language for a mark', () => {
    expect(salaryOf('Salário: R$ 15.000 por mês')?.currency).toBe('BRL');
    expect(posted(salaryOf('Experience with R and Python. Salary $120,000'))).toEqual({
      currency: 'USD',
      period: 'year',
      min: 120_000,
      max: 120_000,
    });
    expect(salaryOf('MATLAB R2024a experience. Salary £60,000')?.currency).toBe('GBP');
  });
});

/** Japanese and Chinese: 万 is ten thousand, 〜 / ～ join a range, 年収 / 月給 / 時給 name the period. */
describe('extractSalary from text: Japanese yen and Chinese yuan', () => {
  it.each([
    ['想定年収：1,200万円〜1,500万円', 'JPY', 'year', 12_000_000, 15_000_000],
    ['年収 800万～1,200万円', 'JPY', 'year', 8_000_000, 12_000_000],
    ['月給：30万円～45万円', 'JPY', 'month', 300_000, 450_000],
    ['給与：月給 30万円〜50万円（経験・能力を考慮）', 'JPY', 'month', 300_000, 500_000],
    ['時給 1,500円', 'JPY', 'hour', 1_500, 1_500],
    ['年収 600万円、賞与 100万円', 'JPY', 'year', 6_000_000, 6_000_000],
    ['Annual salary: 12,000,000 JPY', 'JPY', 'year', 12_000_000, 12_000_000],
    ['年薪 30万-50万元', 'CNY', 'year', 300_000, 500_000],
  ])('reads %j as %s per %s', (text, currency, period, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency, period, min, max });
  });

  it.each([['予算 5,000万円'], ['年収 予算 5,000万円'], ['資本金 1億円'], ['売上 300億円、年収非公開']])(
    'reads no salary from %j',
    (text) => {
      expect(salaryOf(text)).toBeNull();
    },
  );

  it('reads the salary beside a capital figure', () => {
    expect(posted(salaryOf('資本金 1億円。月給 25万円以上'))).toMatchObject({
      currency: 'JPY',
      period: 'month',
      min: 250_000,
    });
  });
});

/** A bare "$" settled by Australian pay words when the location names no country. */
describe('extractSalary from text: superannuation settles the dollar', () => {
  it.each([
    ['$147,000 – $158,000 p.a. plus superannuation', 'Frankston, Victoria', 'AUD'],
    ['$147,000 – $158,000 p.a. plus superannuation', null, 'AUD'],
    ['Salary $150,000 plus super', null, 'AUD'],
    ['Salary $150,000 (inc. super)', null, 'AUD'],
    ['Salary: $150,000 + 11.5% super', null, 'AUD'],
    ['Salary: $150,000 super inclusive', null, 'AUD'],
    ['Salary: $120,000 - $135,000 plus KiwiSaver', null, 'NZD'],
    ['We are a super team. Salary $150,000', null, 'USD'],
    // The location decides when it names a country: pay words only fill a gap.
    ['Salary: $150,000 - $170,000 + super', 'Toronto, Ontario, Canada', 'CAD'],
    ['Salary: $120,000 - $140,000 plus super competitive benefits', null, 'USD'],
    ['Salary: $120,000 - $140,000 plus super competitive benefits', 'Austin, TX', 'USD'],
    ['Salary: US$150,000 plus superannuation', null, 'USD'],
  ])('reads %j (location %s) in %s', (text, countryHint, currency) => {
    expect(salaryOf(text, countryHint)?.currency).toBe(currency);
  });

  it('reads superannuation elsewhere in the posting only when the location names no country', () => {
    const blocks = [paragraph('Salary: $140,000 - $160,000'), paragraph('Benefits: 11.5% superannuation')];
    expect(salaryOf(blocks)?.currency).toBe('AUD');
    expect(salaryOf(blocks, 'Austin, TX, United States')?.currency).toBe('USD');
  });

  it('takes the pay country enrichment found in its one pass over the text, or none', () => {
    const blocks = [paragraph('Salary: $140,000 - $160,000'), paragraph('Great team and great coffee')];
    const read = (payCountry: string | null) =>
      extractSalary({ blocks, pay: null, countryHint: null, payCountry }, regional)?.currency;
    expect(read('AU')).toBe('AUD');
    expect(read(null)).toBe('USD');
  });

  it('settles the dollar the same way through the whole enrichment', () => {
    const text = 'IT Manager\nAcme\n\nLead IT.\nSalary: $140,000 - $160,000\nBenefits: 11.5% superannuation';
    const [listing] = enrichDocument(
      { content: text, format: 'text' },
      { taxonomy: loadTaxonomy(), now: new Date() },
    );
    expect(listing?.salary?.currency).toBe('AUD');
  });
});
