import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAmounts } from '../../../../functions/enrichment/pay/read-amounts.ts';

const one = (text: string) => {
  const [a] = readAmounts(text);
  return a && { value: a.value, mark: a.mark, big: a.big };
};

describe('readAmounts: marks after the figure and spaced thousands', () => {
  it.each([
    ['22.000 €', 22_000, 'EUR'],
    ['45 000 EUR', 45_000, 'EUR'],
    ['4 500 €', 4_500, 'EUR'],
    ['4\u00a0500\u00a0€', 4_500, 'EUR'],
    ['4\u202f500\u202f€', 4_500, 'EUR'],
    ['4\u2009500 €', 4_500, 'EUR'],
    ['4.800 Euro', 4_800, 'EUR'],
    ['5.000 reais', 5_000, 'BRL'],
    ['R$ 22.000', 22_000, 'BRL'],
  ])('reads %j as %d %s', (text, value, mark) => {
    expect(one(text)).toEqual({ value, mark, big: false });
  });
});

describe('readAmounts: multipliers in other languages', () => {
  it.each([
    ['R$ 15 mil', 15_000, 'BRL', false],
    ['15 mil €', 15_000, 'EUR', false],
    ['15 mil euros', 15_000, 'EUR', false],
    ['60 Tsd. €', 60_000, 'EUR', false],
    // "mil" is a million in English, and then (like million, Mio., milhões, millones) a budget.
    ['$2 mil', 2, 'DOLLAR', true],
    ['3 Mio. €', 3, 'EUR', true],
    ['R$ 2 milhões', 2, 'BRL', true],
    ['300 millones de €', 300, null, true],
    ['2 Milliarden €', 2, 'EUR', true],
    ['2 M€', 2, 'EUR', true],
  ])('reads %j as %d %s (big: %s)', (text, value, mark, big) => {
    expect(one(text)).toEqual({ value, mark, big });
  });
});

describe('readAmounts: the rand, złoty and 万', () => {
  it.each([
    ['R780 000', 780_000, 'ZAR', false],
    ['R1 100 000', 1_100_000, 'ZAR', false],
    ['R900,000', 900_000, 'ZAR', false],
    ['R45k', 45_000, 'ZAR', false],
    ['R25000', 25_000, 'ZAR', false],
    ['18 000 zł', 18_000, 'PLN', false],
    ['150 000 złotych', 150_000, 'PLN', false],
    ['1,200万円', 12_000_000, 'JPY', false],
    ['30万元', 300_000, 'YUAN', false],
    ['1億円', 1, 'JPY', true],
  ])('reads %j as %d %s (big: %s)', (text, value, mark, big) => {
    expect(one(text)).toEqual({ value, mark, big });
  });

  it.each([['Model R2 2000'], ['R 2.0'], ['R2024a'], ['R250'], ['R&D']])('reads no rand from %j', (text) => {
    expect(readAmounts(text).some((a) => a.mark === 'ZAR')).toBe(false);
  });

  it('still reads R$ as the real and RM as the ringgit', () => {
    expect(one('R$ 15.000')).toEqual({ value: 15_000, mark: 'BRL', big: false });
    expect(one('RM5,000')).toEqual({ value: 5_000, mark: 'MYR', big: false });
  });
});

describe('readAmounts: a mark between two numbers', () => {
  it("belongs to the number it touches: 'Step 1 $136,908' is a step and a dollar amount", () => {
    const [step, pay] = readAmounts('Step 1 $136,908');
    expect(step).toMatchObject({ value: 1, mark: null });
    expect(pay).toMatchObject({ value: 136_908, mark: 'DOLLAR' });
  });

  it('still reads a mark written after its number when no number follows', () => {
    expect(one('50 000 $ par année')).toEqual({ value: 50_000, mark: 'DOLLAR', big: false });
  });

  it('never reads two amounts over the same characters', () => {
    const piece = fc.constantFrom('Step 1 ', '$', '€', '£', '136,908', ' to ', '10', 'k', ' USD ', '-', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const amounts = readAmounts(pieces.join(''));
        for (let i = 1; i < amounts.length; i++)
          expect((amounts[i] as { start: number }).start).toBeGreaterThanOrEqual(
            (amounts[i - 1] as { end: number }).end,
          );
      }),
    );
  });
});
