import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { posted, salaryOf } from './salary-support.ts';

describe('extractSalary: ranges French recruiters write', () => {
  it.each([
    ['Salaire : 60/65K€', 60_000, 65_000],
    ['Salaire : 40/50 K€ selon profil + variable de 10%.', 40_000, 50_000],
    ['Salaire : 45-40K€ selon profil', 40_000, 45_000],
    ['Salaire : 42-48KEUR + Plan de Participation', 42_000, 48_000],
  ])('reads %j', (text, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency: 'EUR', period: 'year', min, max });
  });

  it.each(['Support 24/7 for 120 sites, salary €60K.', 'We work a 9/80 schedule; salary €60K.'])(
    'does not read a slash without a scale or mark on its upper end as a range: %j',
    (text) => {
      expect(posted(salaryOf(text))).toEqual({ currency: 'EUR', period: 'year', min: 60_000, max: 60_000 });
    },
  );

  it('a range written high to low (ends less than twice apart) is the same range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 150 }), fc.integer({ min: 1, max: 30 }), (lo, gap) => {
        const hi = lo + gap;
        const up = posted(salaryOf(`Salaire : ${lo}-${hi}K€`));
        const down = posted(salaryOf(`Salaire : ${hi}-${lo}K€`));
        expect(down).toEqual(up);
        expect(up).toEqual({ currency: 'EUR', period: 'year', min: lo * 1000, max: hi * 1000 });
      }),
      { numRuns: 40 },
    );
  });
});

describe('extractSalary: currency names written as words (taxonomy/pay-vocabulary.json)', () => {
  it.each([
    ['Salary: 45,000 - 55,000 libras al año', 'GBP', 'year', 45_000, 55_000],
    ['Gehalt: 120.000 - 140.000 Franken pro Jahr', 'CHF', 'year', 120_000, 140_000],
    ['Salary: 90,000 to 110,000 dollars a year', 'USD', 'year', 90_000, 110_000],
    ['Retribuzione: 40.000 euro lordi annui', 'EUR', 'year', 40_000, 40_000],
    ['Salário: 12.000 reais por mês', 'BRL', 'month', 12_000, 12_000],
  ])('reads %j', (text, currency, period, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency, period, min, max });
  });

  it('reads "pesos" by the country the posting is in, and not at all without one', () => {
    const text = 'Salario: 600.000 - 700.000 pesos anuales';
    expect(posted(salaryOf(text, { countryHint: 'Ciudad de México, Mexico' }))).toEqual({
      currency: 'MXN',
      period: 'year',
      min: 600_000,
      max: 700_000,
    });
    expect(salaryOf(text)).toBeNull();
  });

  it('does not read "pounds" in running text as money (a weight in a physical-demands line)', () => {
    expect(salaryOf('Must be able to lift 50 pounds.')).toBeNull();
  });
});

const UP_TO: readonly (readonly [string, string])[] = [
  ['en', 'Salary: up to €{n} a year'],
  ['it', 'Retribuzione: fino a {n} euro lordi annui'],
  ['it', 'RAL fino ad un massimo di {n} €'],
  ['fr', "Rémunération : jusqu'à {n} € par an"],
  ['fr', 'Rémunération : jusqu’à {n} € par an'],
  ['es', 'Salario: hasta {n} euros al año'],
  ['pt', 'Salário: até {n} euros por ano'],
  ['de', 'Gehalt: bis zu {n} € im Jahr'],
  ['nl', 'Salaris: tot maximaal € {n} per jaar'],
];

describe('extractSalary: "up to" in the languages postings come in', () => {
  it.each(UP_TO)('%s: %j is the top of an open-below range', (_lang, template) => {
    expect(posted(salaryOf(template.replace('{n}', '45.000')))).toEqual({
      currency: 'EUR',
      period: 'year',
      min: null,
      max: 45_000,
    });
  });

  it('"up to" in any supported language never yields a minimum, nor one above the maximum', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UP_TO), fc.integer({ min: 20, max: 400 }), ([, template], thousands) => {
        const s = posted(salaryOf(template.replace('{n}', `${thousands}.000`)));
        expect(s).not.toBeNull();
        expect(s?.min).toBeNull();
        expect(s?.max).toBe(thousands * 1000);
      }),
      { numRuns: 60 },
    );
  });
});

describe('extractSalary: a market rate quoted for comparison is not the offer', () => {
  it.each([
    'Lead the IT team. The industry median salary is €75,000 according to Glassdoor.',
    'The market average for this role is $120,000.',
    'Salário médio de mercado: R$ 9.000 por mês.',
    'The national average salary for IT managers is $98,000 a year.',
    'Salary for IT managers: $95,000 (Robert Half 2026).',
  ])('%j has no salary', (text) => {
    expect(salaryOf(text)).toBeNull();
  });

  it.each([
    ['Salary: $100,000 - $120,000. The market average is $95,000.', 100_000, 120_000],
    ['We pay above the market average: $130,000 - $150,000 a year.', 130_000, 150_000],
  ])('keeps the offer beside or above it: %j', (text, min, max) => {
    expect(posted(salaryOf(text))).toEqual({ currency: 'USD', period: 'year', min, max });
  });

  it('a comparison figure is never the offer, whatever it is and wherever the offer stands', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 300 }),
        fc.integer({ min: 60, max: 300 }),
        fc.boolean(),
        (market, offer, marketFirst) => {
          const m = `The market average for this role is $${market},000.`;
          const o = `Salary: $${offer},000 a year.`;
          const s = posted(salaryOf(marketFirst ? `${m} ${o}` : `${o} ${m}`));
          expect(s).toEqual({ currency: 'USD', period: 'year', min: offer * 1000, max: offer * 1000 });
        },
      ),
      { numRuns: 40 },
    );
  });
});
