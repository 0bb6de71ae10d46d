/**
 * Location keys for benchmarks narrowed by place: a country (`US`), a state or province
 * (`US-WA`, `CA-ON`, ISO 3166-2 style) and `remote`. Derived from the listing's location text
 * and country, which parsers leave as the posting wrote them ("Seattle, WA", "Austin, Texas").
 */
import type { Location } from '../enrichment/index.ts';

// biome-ignore format: a table reads better packed
const US_STATES: Readonly<Record<string, string>> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado',
  CT: 'connecticut', DE: 'delaware', DC: 'district of columbia', FL: 'florida', GA: 'georgia',
  HI: 'hawaii', ID: 'idaho', IL: 'illinois', IN: 'indiana', IA: 'iowa', KS: 'kansas', KY: 'kentucky',
  LA: 'louisiana', ME: 'maine', MD: 'maryland', MA: 'massachusetts', MI: 'michigan', MN: 'minnesota',
  MS: 'mississippi', MO: 'missouri', MT: 'montana', NE: 'nebraska', NV: 'nevada', NH: 'new hampshire',
  NJ: 'new jersey', NM: 'new mexico', NY: 'new york', NC: 'north carolina', ND: 'north dakota',
  OH: 'ohio', OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania', RI: 'rhode island',
  SC: 'south carolina', SD: 'south dakota', TN: 'tennessee', TX: 'texas', UT: 'utah', VT: 'vermont',
  VA: 'virginia', WA: 'washington', WV: 'west virginia', WI: 'wisconsin', WY: 'wyoming',
};

// biome-ignore format: a table reads better packed
const CA_PROVINCES: Readonly<Record<string, string>> = {
  AB: 'alberta', BC: 'british columbia', MB: 'manitoba', NB: 'new brunswick',
  NL: 'newfoundland and labrador', NS: 'nova scotia', NT: 'northwest territories', NU: 'nunavut',
  ON: 'ontario', PE: 'prince edward island', QC: 'quebec', SK: 'saskatchewan', YT: 'yukon',
};

const REGIONS: ReadonlyArray<readonly [country: string, table: Readonly<Record<string, string>>]> = [
  ['US', US_STATES],
  ['CA', CA_PROVINCES],
];

/** A state or province named in a location text, from its code (", WA") or its name (", Texas"). */
function findRegion(text: string, country: string | null): { country: string; code: string } | null {
  const parts = text
    .split(/[,;()|/]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const [regionCountry, table] of REGIONS) {
    if (country !== null && country !== regionCountry) continue;
    for (const part of parts.slice(1).concat(parts.length === 1 ? parts : [])) {
      const code = part.match(/^([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$/)?.[1];
      if (code !== undefined && table[code] !== undefined) return { country: regionCountry, code };
      const lower = part.toLowerCase();
      const byName = Object.entries(table).find(([, name]) => name === lower);
      if (byName) return { country: regionCountry, code: byName[0] };
    }
  }
  return null;
}

/**
 * The location keys a listing counts under: its country, its state or province when the text
 * names one, and `remote` for remote roles.
 *
 * @example locationKeysOf({ text: 'Seattle, WA', country: 'US', remote: false }) // ['US', 'US-WA']
 */
export function locationKeysOf(location: Location): string[] {
  const country =
    location.country && /^[A-Za-z]{2}$/.test(location.country) ? location.country.toUpperCase() : null;
  const region = location.text ? findRegion(location.text, country) : null;
  const keys: string[] = [];
  const resolvedCountry = country ?? region?.country ?? null;
  if (resolvedCountry) keys.push(resolvedCountry);
  if (region) keys.push(`${region.country}-${region.code}`);
  if (location.remote === true) keys.push('remote');
  return keys;
}

/** Normalises a location filter as a client types it (`us-wa`, `Remote`) to a stored key, or null. */
export function normalizeLocationKey(input: string): string | null {
  const text = input.trim();
  if (/^remote$/i.test(text)) return 'remote';
  const match = text.match(/^([A-Za-z]{2})(?:-([A-Za-z]{2}))?$/);
  if (!match?.[1]) return null;
  return match[2] ? `${match[1].toUpperCase()}-${match[2].toUpperCase()}` : match[1].toUpperCase();
}
