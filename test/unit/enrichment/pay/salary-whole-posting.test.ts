import { describe, expect, it } from 'vitest';
import { extractSalary } from '../../../../functions/enrichment/pay/extract-salary.ts';
import type { Block } from '../../../../functions/enrichment/types.ts';
import type { CurrencyRates } from '../../../../taxonomy/schema.ts';
import { paragraph, posted, rates } from './salary-support.ts';

const withJod: CurrencyRates = { ...rates, usdPerUnit: { ...rates.usdPerUnit, JOD: 1.41 } };

function salaryOf(text: string | readonly Block[], countryHint: string | null = null) {
  const blocks = typeof text === 'string' ? [paragraph(text)] : text;
  return extractSalary({ blocks, pay: null, countryHint }, withJod);
}

describe('extractSalary: ranges as public boards write them', () => {
  it('reads a USAJobs "$142,488 to - $185,234 per year" as the whole range, not its minimum', () => {
    expect(posted(salaryOf([paragraph('Salary'), paragraph('$142,488 to - $185,234 per year')]))).toEqual({
      currency: 'USD',
      period: 'year',
      min: 142_488,
      max: 185_234,
    });
  });

  it('reads a Markdown-escaped range "$170,000 \\- $208,000" as one range', () => {
    expect(posted(salaryOf('Salary range: $170,000 \\- $208,000 per year'))).toEqual({
      currency: 'USD',
      period: 'year',
      min: 170_000,
      max: 208_000,
    });
  });

  it('reads a glued local code "JOD20,828 – JOD34,361" as Jordanian dinars', () => {
    expect(posted(salaryOf('MARKET VALUE (SALARY): JOD20,828 – JOD34,361 per year'))).toEqual({
      currency: 'JOD',
      period: 'year',
      min: 20_828,
      max: 34_361,
    });
  });

  it.each([
    ['Ottawa, ON', 'CAD'],
    ['Toronto, Ontario', 'CAD'],
    ['Vancouver, BC', 'CAD'],
  ])('gives a bare "$" the currency of a posting located in %j (%s)', (where, currency) => {
    expect(salaryOf('Salary: $93,764 - $114,097 annually', where)?.currency).toBe(currency);
  });

  it('keeps a bare "$" in US dollars for a US state code that looks like nothing Canadian', () => {
    expect(salaryOf('Salary: $93,764 - $114,097 annually', 'Portland, OR')?.currency).toBe('USD');
  });

  it('reads UK pay below £20,000 beside a pay word, with no "per annum", as a year\'s', () => {
    expect(posted(salaryOf('Salary: £18,500 - £19,900', 'GB'))).toEqual({
      currency: 'GBP',
      period: 'year',
      min: 18_500,
      max: 19_900,
    });
  });

  it('reads "Minimum salary is 29.000 €/year" as a floor, not a point', () => {
    expect(posted(salaryOf('Minimum salary is 29.000 €/year', 'ES'))).toEqual({
      currency: 'EUR',
      period: 'year',
      min: 29_000,
      max: null,
    });
  });

  it('keeps the base range when an annual bonus target follows it after a comma', () => {
    expect(posted(salaryOf('Base salary range $420K–$520K, annual bonus target 75%'))).toEqual({
      currency: 'USD',
      period: 'year',
      min: 420_000,
      max: 520_000,
    });
  });

  it('still reads a yearly tuition reimbursement as a benefit, not pay', () => {
    expect(
      salaryOf('We offer tuition reimbursement up to $5,250 per year and a $1,200 annual wellness stipend.'),
    ).toBeNull();
  });

  it("reads Brazilian pay with no period word as a month's, by Brazilian custom", () => {
    const withBrl: CurrencyRates = { ...withJod, usdPerUnit: { ...withJod.usdPerUnit, BRL: 0.18 } };
    const s = extractSalary(
      { blocks: [paragraph('Remuneração: R$ 4.000,00 + Benefícios')], pay: null },
      withBrl,
    );
    expect(posted(s)).toEqual({ currency: 'BRL', period: 'month', min: 4_000, max: 4_000 });
  });
});
