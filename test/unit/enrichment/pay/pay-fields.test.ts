import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../functions/enrichment/parse/formats/index.ts';
import { PAY_RANGE_KEYS } from '../../../../functions/enrichment/pay/pay-fields.ts';
import { descriptionOf } from '../parse/formats/fixture.ts';

/** A front-matter key as a site might spell the normalised one: snake_case or camelCase. */
const spell = (key: string, camel: boolean) =>
  camel ? key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) : key.replace(/-/g, '_');

const postingOf = (front: string) => {
  const postings = parseDocument({
    content: `---\ntitle: IT Manager\n${front}---\nLead the IT team.\n`,
    format: 'auto',
  });
  expect(postings).toHaveLength(1);
  return postings[0] as NonNullable<(typeof postings)[0]>;
};

describe('pay kept as two front-matter fields: one synonym table (pay/pay-fields.ts)', () => {
  it.each([
    ['salary_from', 'salary_to'],
    ['minSalary', 'maxSalary'],
    ['salary_low', 'salary_high'],
    ['pay_from', 'pay_to'],
    ['minimum_salary', 'maximum_salary'],
    ['salaryMinimum', 'salaryMaximum'],
    ['wage_min', 'wage_max'],
  ])('reads %s / %s as one range', (lo, hi) => {
    expect(descriptionOf(postingOf(`${lo}: €50,000\n${hi}: €60,000\n`))).toContain(
      'Salary: €50,000 - €60,000',
    );
  });

  it('any pair of the table, spelt snake_case or camelCase, is read as its range, and one end alone as a bound', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAY_RANGE_KEYS), fc.boolean(), ([lo, hi], camel) => {
        const both = postingOf(`${spell(lo, camel)}: $90,000\n${spell(hi, camel)}: $110,000\n`);
        expect(descriptionOf(both)).toContain('Salary: $90,000 - $110,000');
        const top = postingOf(`${spell(hi, camel)}: $110,000\n`);
        expect(descriptionOf(top)).toContain('Salary: up to $110,000');
      }),
      { numRuns: 40 },
    );
  });
});
