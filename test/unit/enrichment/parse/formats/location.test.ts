import { describe, expect, it } from 'vitest';
import {
  buildLocation,
  countryCode,
  inferCountry,
  looksLikeLocation,
} from '../../../../../functions/enrichment/parse/formats/location.ts';

describe('inferCountry: cities, states and provinces of the major job markets', () => {
  it.each([
    // Cities alone, with and without diacritics.
    ['Kraków', 'PL'],
    ['Krakow', 'PL'],
    ['Łódź', 'PL'],
    ['Pune', 'IN'],
    ['Bengaluru', 'IN'],
    ['Bangalore', 'IN'],
    ['Johannesburg', 'ZA'],
    ['São Paulo', 'BR'],
    ['Sao Paulo', 'BR'],
    ['Zürich', 'CH'],
    ['Zurich', 'CH'],
    ['München', 'DE'],
    ['Munich', 'DE'],
    ['İstanbul', 'TR'],
    ['Dublin', 'IE'],
    ['Leeds', 'GB'],
    ['NEW YORK, NY', 'US'],
    // States, provinces and territories.
    ['Frankston, Victoria', 'AU'],
    ['Geelong, VIC', 'AU'],
    ['Parramatta NSW 2150', 'AU'],
    ['Townsville, Queensland', 'AU'],
    ['Hobart, TAS', 'AU'],
    ['Canberra ACT', 'AU'],
    ['Pune, Maharashtra', 'IN'],
    ['Hyderabad, Telangana, India', 'IN'],
    ['Québec', 'CA'],
    ['Laval, Québec', 'CA'],
    ['Plano, Texas', 'US'],
    ['Johannesburg, Gauteng', 'ZA'],
    ['Washington, D.C.', 'US'],
    // Country names in the local language.
    ['Madrid, España', 'ES'],
    ['Wien, Österreich', 'AT'],
    ['Remote - Poland', 'PL'],
    // The broadest part decides: a country or region over a city of the same name elsewhere.
    ['Victoria, BC', 'CA'],
    ['Perth, Scotland', 'GB'],
    ['London, Ontario', 'CA'],
    ['London, ON', 'CA'],
    ['London, KY', 'US'],
    ['Dublin, CA', 'US'],
    ['Dublin, OH', 'US'],
    ['Paris, TX', 'US'],
    ['Moscow, ID', 'US'],
    ['Melbourne, FL', 'US'],
    ['Canada, Ontario, London', 'CA'],
    ['Ontario, CA', 'US'],
    // Codes two countries share are settled by the city beside them.
    ['Perth, WA', 'AU'],
    ['Perth WA 6000', 'AU'],
    ['Seattle, WA', 'US'],
    ['Spokane, WA', 'US'],
    ['Darwin, NT', 'AU'],
    ['Yellowknife, NT', 'CA'],
    ['Adelaide, SA', 'AU'],
    ['Johannesburg, SA', 'ZA'],
    ['Toronto, CA', 'CA'],
    ['Berlin, DE', 'DE'],
    ['Dover, DE', 'US'],
    ['Pune, IN', 'IN'],
    ['Indianapolis, IN', 'US'],
    ['Amsterdam, NL', 'NL'],
    // Several places: the first that names a country.
    ['Denver, CO; Salt Lake City, UT', 'US'],
    ['Kraków / Remote', 'PL'],
    // Aggregators' "remote in" and postcodes.
    ['Hybrid remote in Leeds LS1', 'GB'],
    ['Remote in Pune', 'IN'],
  ] as const)('%j → %s', (text, code) => {
    expect(inferCountry(text)).toBe(code);
  });

  it.each([['Remote'], ['Springfield'], ['Acme SA'], ['Hybrid'], [''], ['Anywhere']])(
    'gives null for %j',
    (text) => {
      expect(inferCountry(text)).toBeNull();
    },
  );
});

describe('countryCode', () => {
  it.each([
    ['Polska', 'PL'],
    ['Deutschland', 'DE'],
    ['Türkiye', 'TR'],
    ['South Africa', 'ZA'],
    ['za', 'ZA'],
    ['NL', 'NL'],
    ['Brasil', 'BR'],
  ] as const)('%j → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('gives null for a city, which is not a country', () => {
    expect(countryCode('Kraków')).toBeNull();
  });
});

describe('looksLikeLocation', () => {
  it.each([
    ['Kraków'],
    ['Pune'],
    ['Frankston, Victoria'],
    ['Perth WA'],
    ['Victoria'],
    ['Québec'],
    ['Remote'],
  ])('reads %j as a place', (text) => {
    expect(looksLikeLocation(text)).toBe(true);
  });

  it.each([
    ['Aire Valley Housing'],
    ['Acme SA'],
    ['Infrastructure'],
    ['IT Manager'],
    ['Service Desk Manager'],
    // A city inside a sentence is not a place on its own.
    ['We are hiring in Kraków and Pune for our new office'],
  ])('does not read %j as a place', (text) => {
    expect(looksLikeLocation(text)).toBe(false);
  });
});

describe('buildLocation with a country field', () => {
  it('takes an ISO code or a country name from the source, and infers when it is missing', () => {
    expect(buildLocation('Johannesburg', 'za')).toEqual({
      text: 'Johannesburg',
      country: 'ZA',
      remote: null,
    });
    expect(buildLocation('Utrecht', 'Nederland')).toMatchObject({ country: 'NL' });
    expect(buildLocation('Frankston, Victoria')).toMatchObject({ country: 'AU' });
  });

  it('prefers the place to a country name it does not know, and keeps that name when the place says nothing', () => {
    expect(buildLocation('Kraków', 'Republic of Narnia')).toMatchObject({ country: 'PL' });
    expect(buildLocation('Springfield', 'Republic of Narnia')).toMatchObject({
      country: 'Republic of Narnia',
    });
  });
});
