import { describe, expect, it } from 'vitest';
import {
  countryFromHint,
  mergeMarks,
  parseAmount,
  readCurrencyMark,
  readPeriodWord,
  resolveCurrency,
} from '../../../../functions/enrichment/pay/money.ts';

describe('parseAmount', () => {
  it.each([
    ['150,000', 150_000],
    ['1,100', 1100],
    ['65.000', 65_000],
    ['1.234,56', 1234.56],
    ['150,000.00', 150_000],
    ["120'000", 120_000],
    ['120’000', 120_000],
    ['120 000', 120_000],
    ['120\u202f000', 120_000],
    ['4\u00a0500', 4_500],
    ['4\u2009500', 4_500],
    ['22.000', 22_000],
    ['22.000,00', 22_000],
    ['24.50', 24.5],
    ['24,5', 24.5],
    ['25,00,000', 2_500_000],
    ['185000', 185_000],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('gives null for text with no digits', () => {
    expect(parseAmount(',')).toBeNull();
  });
});

describe('countryFromHint', () => {
  it.each([
    ['AU', 'AU'],
    ['gb', 'GB'],
    ['UK', 'GB'],
    ['Australia', 'AU'],
    ['Sydney NSW, Australia', 'AU'],
    ['Toronto, Ontario, Canada', 'CA'],
    ['Santa Fe, New Mexico', 'US'],
    ['Remote - US', 'US'],
    ['Cardiff, Wales', 'GB'],
    ['Auckland, New Zealand', 'NZ'],
    ['Zürich, Switzerland', 'CH'],
    ['Frankston, Victoria', 'AU'],
    ['Hobart, Tasmania', 'AU'],
    ['Victoria, BC, Canada', 'CA'],
    ['Victoria, TX', null],
  ])('reads %j as %s', (hint, code) => {
    expect(countryFromHint(hint)).toBe(code);
  });

  it('gives null for no hint or an unknown place', () => {
    expect(countryFromHint(null)).toBeNull();
    expect(countryFromHint('Remote')).toBeNull();
  });
});

describe('currency marks', () => {
  it.each([
    ['$', 'DOLLAR'],
    ['US$', 'USD'],
    ['A$', 'AUD'],
    ['AU$', 'AUD'],
    ['C$', 'CAD'],
    ['CA$', 'CAD'],
    ['S$', 'SGD'],
    ['NZ$', 'NZD'],
    ['HK$', 'HKD'],
    ['£', 'GBP'],
    ['€', 'EUR'],
    ['CHF', 'CHF'],
    ['¥', 'YEN'],
    ['₹', 'INR'],
    ['kr', 'KRONE'],
    ['USD $', 'USD'],
    ['Euro', 'EUR'],
    ['euros', 'EUR'],
    ['R$', 'BRL'],
    ['reais', 'BRL'],
    ['R', 'ZAR'],
    ['zł', 'PLN'],
    ['złotych', 'PLN'],
    ['円', 'JPY'],
    ['元', 'YUAN'],
    ['NT$', 'TWD'],
    ['NTD', 'TWD'],
    ['新台幣', 'TWD'],
    ['新臺幣', 'TWD'],
    ['人民币', 'CNY'],
    ['港元', 'HKD'],
  ])('reads %j as %s', (mark, code) => {
    expect(readCurrencyMark(mark)).toBe(code);
  });

  it('reads no currency from an unknown code', () => {
    expect(readCurrencyMark('XYZ')).toBeNull();
  });

  it('settles "$" by the country: USD by default, AUD, CAD, NZD, SGD, HKD, MXN where posted', () => {
    expect(resolveCurrency('DOLLAR', null)).toBe('USD');
    expect(resolveCurrency('DOLLAR', 'GB')).toBe('USD');
    for (const [country, code] of [
      ['AU', 'AUD'],
      ['CA', 'CAD'],
      ['NZ', 'NZD'],
      ['SG', 'SGD'],
      ['HK', 'HKD'],
      ['MX', 'MXN'],
    ])
      expect(resolveCurrency('DOLLAR', country ?? null)).toBe(code);
  });

  it('settles "¥" as JPY unless in China, and "kr" only in a Nordic country', () => {
    expect(resolveCurrency('YEN', null)).toBe('JPY');
    expect(resolveCurrency('YEN', 'CN')).toBe('CNY');
    expect(resolveCurrency('KRONE', 'NO')).toBe('NOK');
    expect(resolveCurrency('KRONE', null)).toBeNull();
  });

  it('settles "元" by the country, as "$": TWD in Taiwan, HKD in Hong Kong, else CNY', () => {
    expect(resolveCurrency('YUAN', 'TW')).toBe('TWD');
    expect(resolveCurrency('YUAN', 'HK')).toBe('HKD');
    expect(resolveCurrency('YUAN', 'CN')).toBe('CNY');
    expect(resolveCurrency('YUAN', null)).toBe('CNY');
    expect(resolveCurrency('YUAN', 'constructor')).toBe('CNY');
    expect(mergeMarks('YUAN', 'TWD')).toBe('TWD');
    expect(mergeMarks('YUAN', 'EUR')).toBeUndefined();
  });

  it('lets a code beside "$" settle a range, and refuses ends that disagree', () => {
    expect(mergeMarks('DOLLAR', 'AUD')).toBe('AUD');
    expect(mergeMarks(null, 'EUR')).toBe('EUR');
    expect(mergeMarks('GBP', 'USD')).toBeUndefined();
    expect(mergeMarks('DOLLAR', 'GBP')).toBeUndefined();
  });
});

describe('readPeriodWord', () => {
  it.each([
    ['HOUR', 'hour'],
    ['per-hour-wage', 'hour'],
    ['DAY', 'day'],
    ['weekly', 'week'],
    ['MONTH', 'month'],
    ['YEAR', 'year'],
    ['annual', 'year'],
    ['per-year-salary', 'year'],
  ])('reads %j as %s', (word, period) => {
    expect(readPeriodWord(word)).toBe(period);
  });

  it('gives null for anything else', () => {
    expect(readPeriodWord('sometimes')).toBeNull();
    expect(readPeriodWord(42)).toBeNull();
    expect(readPeriodWord(null)).toBeNull();
  });
});
