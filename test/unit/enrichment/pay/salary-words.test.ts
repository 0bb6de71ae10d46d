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
