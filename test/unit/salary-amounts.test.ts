import { describe, expect, it } from 'vitest';
import { readAmounts } from '../../functions/enrichment/salary-amounts.ts';

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
