import { describe, expect, it } from 'vitest';
import {
  asNumber,
  employmentTypeFromTitle,
  normalizeEmploymentType,
  squash,
  toIsoDate,
} from '../../../../../functions/enrichment/fields.ts';
import {
  buildLocation,
  countryCode,
  inferCountry,
} from '../../../../../functions/enrichment/parse/formats/location.ts';
import {
  inferPeriod,
  parsePayText,
  payFromMonetaryAmount,
  periodFromUnit,
} from '../../../../../functions/enrichment/pay/posted-pay.ts';

describe('squash', () => {
  it.each([
    ['IT Manager', 'IT Manager'],
    ['IT Manager ', 'IT Manager'],
    [' IT Manager', 'IT Manager'],
    ['IT  Manager', 'IT Manager'],
    ['IT\n\t Manager\r\n', 'IT Manager'],
    ['IT\u00a0Manager', 'IT Manager'],
    ['IT\u200bManager', 'IT Manager'],
    ['IT\u2003\u3000Manager\ufeff', 'IT Manager'],
    ['   ', ''],
    ['', ''],
  ])('collapses and trims white space in %j', (text, squashed) => {
    expect(squash(text)).toBe(squashed);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['Mon, 16 Nov 2026 10:00:00 GMT', '2026-11-16T10:00:00Z'],
    ['Tue, 03 Nov 2026 14:15:00 -0600', '2026-11-03T20:15:00Z'],
    ['2026-10-20', '2026-10-20T00:00:00Z'],
    ['2026-11-10T12:00:00-05:00', '2026-11-10T17:00:00Z'],
    ['2026-03-05T04:05:06.007Z', '2026-03-05T04:05:06.007Z'],
    ['Thu, 1 Jan 2026 00:00:00 +0100', '2025-12-31T23:00:00Z'],
    [1_762_900_000_000, '2025-11-11T22:26:40Z'],
    [1_762_900_000, '2025-11-11T22:26:40Z'],
    ['1762900000000', '2025-11-11T22:26:40Z'],
  ] as const)('reads %j', (value, iso) => {
    expect(toIsoDate(value)).toBe(iso);
  });

  it.each([['yesterday'], [''], [null], [{}], ['0001-01-01'], ['3026-01-01'], [Number.NaN]])(
    'gives null for %j',
    (value) => {
      expect(toIsoDate(value)).toBeNull();
    },
  );
});

describe('normalizeEmploymentType', () => {
  it.each([
    ['FULL_TIME', 'FULL_TIME'],
    ['Full-time', 'FULL_TIME'],
    ['FullTime', 'FULL_TIME'],
    ['Permanent', 'FULL_TIME'],
    ['part time', 'PART_TIME'],
    ['PartTime', 'PART_TIME'],
    ['Contract', 'CONTRACTOR'],
    ['Freelance', 'CONTRACTOR'],
    ['Temporary', 'TEMPORARY'],
    ['Fixed term', 'TEMPORARY'],
    ['Internship', 'INTERN'],
    ['Intern', 'INTERN'],
    ['Per Diem', 'PER_DIEM'],
    [['nonsense', 'CONTRACTOR'], 'CONTRACTOR'],
  ] as const)('maps %j to %s', (value, type) => {
    expect(normalizeEmploymentType(value)).toBe(type);
  });

  it('gives null for unknown values and wrong types', () => {
    for (const value of ['Sometimes', 42, null, { type: 'FULL_TIME' }])
      expect(normalizeEmploymentType(value)).toBeNull();
  });

  it('reads an employment type from a title qualifier', () => {
    expect(employmentTypeFromTitle('Interim IT Director (Contract)')).toBe('CONTRACTOR');
    expect(employmentTypeFromTitle('Director, IT (Infrastructure)')).toBeNull();
  });
});

describe('asNumber', () => {
  it('reads numbers and numeric strings with thousands separators, and nothing else', () => {
    expect(asNumber(105000)).toBe(105000);
    expect(asNumber('105,000')).toBe(105000);
    expect(asNumber(' 62.50 ')).toBe(62.5);
    for (const value of ['$105k', 'a lot', '', Number.POSITIVE_INFINITY, null, true])
      expect(asNumber(value)).toBeNull();
  });
});

describe('pay mapping', () => {
  it.each([
    ['HOUR', 'hour'],
    ['DAY', 'day'],
    ['WEEK', 'week'],
    ['MONTH', 'month'],
    ['YEAR', 'year'],
    ['1 YEAR', 'year'],
    ['annual', 'year'],
    ['per hour', 'hour'],
  ] as const)('maps unitText %j to %s', (unit, period) => {
    expect(periodFromUnit(unit)).toBe(period);
  });

  it('gives a null period for an unknown unit', () => {
    expect(periodFromUnit('FORTNIGHT')).toBeNull();
    expect(periodFromUnit(7)).toBeNull();
  });

  it('reads a MonetaryAmount with a QuantitativeValue range, a single value or a bare number', () => {
    expect(
      payFromMonetaryAmount(
        { currency: 'GBP', value: { minValue: 900, maxValue: 1100, unitText: 'DAY' } },
        'jsonld',
      ),
    ).toEqual({
      min: 900,
      max: 1100,
      currency: 'GBP',
      period: 'day',
      source: 'jsonld',
      raw: '900 – 1,100 GBP per day',
    });
    expect(
      payFromMonetaryAmount({ currency: 'USD', value: { value: 185000, unitText: 'YEAR' } }, 'jsonld'),
    ).toMatchObject({ min: 185000, max: 185000, period: 'year' });
    expect(
      payFromMonetaryAmount({ currency: 'USD', value: { maxValue: 245000 } }, 'microdata'),
    ).toMatchObject({
      min: null,
      max: 245000,
      raw: 'up to 245,000 USD',
    });
    expect(payFromMonetaryAmount(75000, 'jsonld')).toMatchObject({ min: 75000, max: 75000, currency: null });
  });

  it('gives no pay for a MonetaryAmount without amounts', () => {
    expect(payFromMonetaryAmount({ currency: 'USD', value: { unitText: 'YEAR' } }, 'jsonld')).toBeNull();
    expect(payFromMonetaryAmount('Competitive', 'jsonld')).toBeNull();
  });

  it('reads amounts and the currency from a pay widget text', () => {
    expect(parsePayText('$165,000 — $195,000 USD')).toEqual({ min: 165000, max: 195000, currency: 'USD' });
    expect(parsePayText('£45k - £55k')).toEqual({ min: 45000, max: 55000, currency: 'GBP' });
    expect(parsePayText('$48.50/hr')).toEqual({ min: 48.5, max: 48.5, currency: 'DOLLAR' }); // a bare "$": the posting's country settles it
  });

  it('infers a year or an hour only where the size leaves no doubt', () => {
    expect(inferPeriod(165000, 195000)).toBe('year');
    expect(inferPeriod(34, 41)).toBe('hour');
    expect(inferPeriod(5000, 7000)).toBeNull();
  });
});

describe('locations', () => {
  it('strips the work arrangement from the place and sets the remote flag from it', () => {
    expect(buildLocation('London (hybrid)')).toEqual({ text: 'London', country: 'GB', remote: false });
    expect(buildLocation('Hartford, CT (on-site 3 days)')).toEqual({
      text: 'Hartford, CT',
      country: 'US',
      remote: false,
    });
    expect(buildLocation('Remote')).toEqual({ text: 'Remote', country: null, remote: true });
    expect(buildLocation(null)).toEqual({ text: null, country: null, remote: null });
  });

  it('normalises country names and codes to ISO alpha-2', () => {
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('uk')).toBe('GB');
    expect(countryCode('de')).toBe('DE');
    expect(countryCode('Narnia')).toBeNull();
  });

  it('infers the country from a region code or a country name in the place', () => {
    expect(inferCountry('Boise, ID')).toBe('US');
    expect(inferCountry('Montréal, QC')).toBe('CA');
    expect(inferCountry('Sydney NSW, Australia')).toBe('AU');
    expect(inferCountry('Springfield')).toBeNull();
  });
});
