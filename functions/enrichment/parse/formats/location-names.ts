/**
 * Place names → ISO 3166-1 alpha-2 (taxonomy/place-names.json: each country's names joined by "|", its shape in
 * taxonomy/reader-vocabulary-schema.ts), validated once at load: countries (English and local
 * spellings), states and provinces that locations name instead of a country ("Frankston,
 * Victoria", "Pune, Maharashtra"), and the capitals and larger job-market cities of each country.
 * Names are lower case without diacritics (see `foldPlace`): "Kraków" and "Krakow" are both "krakow".
 */

import placesData from '../../../../taxonomy/place-names.json' with { type: 'json' };
import { type PlaceNames, PlaceNamesSchema } from '../../../../taxonomy/reader-vocabulary-schema.ts';

/** Lower case, diacritics and ligatures folded to ASCII: "Łódź" → "lodz", "São Paulo" → "sao paulo". */
export function foldPlace(text: string): string {
  const lower = text.toLowerCase();
  // Most place names are ASCII already: the decomposition is only paid for the others.
  if (!/[^\x20-\x7e]/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łđøæœßı’]/g, (c) => FOLD[c] ?? c);
}

const FOLD: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  '’': "'",
};

/** Parses and checks the place names: within one table, a name belongs to one country. */
export function parsePlaceNames(data: unknown): PlaceNames {
  const places = PlaceNamesSchema.parse(data);
  for (const table of ['countries', 'regions', 'cities'] as const) {
    const owner = new Map<string, string>();
    for (const [code, names] of Object.entries(places[table]))
      for (const name of names.split('|')) {
        const seen = owner.get(name);
        if (seen !== undefined)
          throw new Error(`place-names.json: ${table}: "${name}" is under ${seen} and ${code}`);
        owner.set(name, code);
      }
  }
  return places;
}

const PLACES: PlaceNames = parsePlaceNames(placesData);

/** Each name of a table → its country's code. */
function byName(table: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(table)) for (const name of names.split('|')) map.set(name, code);
  return map;
}

/** Country names as sources spell them, in English and in the country's own language. */
export const COUNTRY_NAMES = byName(PLACES.countries);

/**
 * States, provinces and territories named in place of a country. "Georgia" and "Punjab" go to the
 * US and India, where job postings name them; "Victoria" alone is the Australian state (the city
 * in British Columbia comes with ", BC").
 */
export const REGION_NAMES = byName(PLACES.regions);

/** Capitals and the larger job-market cities, under their English and local names. */
export const CITY_NAMES = byName(PLACES.cities);
