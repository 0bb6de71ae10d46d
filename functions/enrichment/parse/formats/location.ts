/**
 * Location text, country and the remote flag from the ways sources state them: schema.org
 * addresses, "Boise, ID", "London (hybrid)", "Remote (US)", "Sydney NSW, Australia", "Kraków".
 */

import { squash } from '../../fields.ts';
import type { Location } from '../../types.ts';
import { CITY_NAMES, COUNTRY_NAMES, foldPlace, REGION_NAMES } from './location-names.ts';

const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'
  ).split(' '),
);
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));
const AU_STATES = new Set('NSW VIC QLD TAS ACT'.split(' '));
/** Australian state codes another country uses first (WA, NT) or a company suffix shares (SA). */
const AU_SHARED = new Set('WA NT SA'.split(' '));

/** A state, province or country code standing alone: "Boise, ID", "Sydney NSW", "Berlin, DE". */
const REGION_CODE = /(?:^|\s)([A-Z]{2,3})\b(?!\.\w)/g;
/** Codes and postcodes after a city: "Perth WA 6000", "Leeds LS1", "New York NY 10001". */
const TRAILING_CODES = /(?:\s+(?:[A-Z]{2,3}|[A-Z]{0,2}\d[\dA-Z]*))+$/;
/** How an aggregator says where: "Hybrid remote in Leeds", "Remote in Pune". */
const ARRANGEMENT_LEAD = /^(?:(?:fully |hybrid )?remote|hybrid|on-?site)\s+(?:in|from)\s+/i;

/**
 * The country a state, province or country code names. `city`, the country of a city beside it,
 * settles the codes two countries share: "Perth, WA" and "Darwin, NT" are Australian, "Toronto,
 * CA" Canadian, "Berlin, DE" German, "Pune, IN" Indian; "Seattle, WA" and "Dover, DE" are not.
 */
function countryOfCode(code: string, city: string | null): string | null {
  if (city !== null && (city === code || (city === 'AU' && AU_SHARED.has(code)))) return city;
  if (code === 'US') return 'US';
  if (code === 'UK' || code === 'GB') return 'GB';
  if (US_STATES.has(code)) return 'US';
  if (CA_PROVINCES.has(code)) return 'CA';
  if (AU_STATES.has(code)) return 'AU';
  return null;
}

/** The city a part of a place names, with or without codes after it ("Perth WA 6000"). */
function cityIn(part: string): string | null {
  const bare = part.replace(ARRANGEMENT_LEAD, '');
  return (
    CITY_NAMES.get(foldPlace(bare)) ?? CITY_NAMES.get(foldPlace(bare.replace(TRAILING_CODES, ''))) ?? null
  );
}

/**
 * The country of one place. Names and codes are read from the broadest part first, then cities:
 * "Perth, Scotland" is British, "London, Ontario", "Victoria, BC" and "Canada, Ontario, London"
 * Canadian, "Dublin, CA" American, "Frankston, Victoria" Australian, "Kraków" Polish.
 */
function placeCountry(place: string): string | null {
  const parts = place
    .split(/[,()]|\s[-–—]\s/)
    .map((p) => p.trim().replace(AREA_BEFORE, '').replace(AREA_AFTER, ''))
    .filter((p) => p !== '');
  let city: string | null | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    const key = foldPlace(part);
    const named = COUNTRY_NAMES.get(key) ?? REGION_NAMES.get(key);
    if (named) return named;
    for (const match of part.matchAll(REGION_CODE)) {
      city ??= parts.map(cityIn).findLast((c) => c !== null) ?? null;
      const code = countryOfCode(match[1] ?? '', city);
      if (code) return code;
    }
  }
  return city ?? parts.map(cityIn).findLast((c) => c !== null) ?? null;
}

const REMOTE = /\b(remote|fully remote|work from home|wfh|telecommute|anywhere)\b/i;
const NOT_REMOTE = /\b(hybrid|on-?site|in[- ]office|in[- ]person|office[- ]based)\b/i;
/** A work-arrangement parenthetical that says how, not where: "(hybrid)", "(on-site 3 days)". */
const ARRANGEMENT_PAREN = /\s*[([]\s*(remote|hybrid|on-?site|in[- ]office|in[- ]person)\b[^)\]]*[)\]]/gi;

/** ISO alpha-2 for a country name or code ("United States", "USA", "gb"), else null. */
export function countryCode(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = squash(value);
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase() === 'UK' ? 'GB' : text.toUpperCase();
  return COUNTRY_NAMES.get(foldPlace(text)) ?? null;
}

/**
 * The country a place names: "Boise, ID" → US, "Sydney NSW, Australia" → AU, "Kraków" → PL. Of
 * several places ("Denver, CO; Salt Lake City, UT") the first that names one.
 */
export function inferCountry(text: string | null): string | null {
  if (!text) return null;
  for (const place of text.split(/[;|/·•]/)) {
    const code = placeCountry(place);
    if (code) return code;
  }
  return null;
}

/** True for "Remote", false for "Hybrid"/"On-site", null when the text does not say. */
export function remoteFromText(text: string | null | undefined): boolean | null {
  if (!text) return null;
  if (NOT_REMOTE.test(text)) return false;
  if (REMOTE.test(text)) return true;
  return null;
}

/**
 * A part of a known place named by where in it ("South West London", "Central London", "Mainland
 * China", "Jakarta Selatan"), or a city written with its mark ("г. Владимир"): the place read on
 * its own. A Japanese address opens with its prefecture ("東京都千代田区…", "大阪府…").
 */
const AREA_BEFORE =
  /^(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northern|southern|eastern|western|central|greater|inner|outer|mainland|downtown|metro|upper|lower)[\s-]+){1,2}/i;
const AREA_AFTER = /\s+(?:selatan|utara|barat|timur|pusat|tengah|city centre|city center)$/i;
const JAPANESE_ADDRESS =
  /^(?:東京都|北海道|京都府|大阪府|[\p{Script=Han}]{2,3}県)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\d０-９ー－\-・\s]{0,60}$/u;

function namesKnownPlace(t: string): boolean {
  return !!countryCode(t) || !!cityIn(t) || REGION_NAMES.has(foldPlace(t));
}

/** Whether a short piece of text reads as a place or a work arrangement rather than a name. */
export function looksLikeLocation(text: string): boolean {
  const t = squash(text);
  if (t.length === 0 || t.length > 80) return false;
  if (remoteFromText(t) !== null) return true;
  if (namesKnownPlace(t)) return true;
  const core = t.replace(AREA_BEFORE, '').replace(AREA_AFTER, '');
  if (core !== t && core.length >= 3 && namesKnownPlace(core)) return true;
  if (JAPANESE_ADDRESS.test(t)) return true;
  // "Ottawa, Ontario, Canada": a city, its state or province (named or coded), then its country.
  const three = /^([^,]+),\s*([^,]+),\s*([^,]+)$/.exec(t);
  if (
    three?.[2] &&
    countryCode(three[3]) &&
    isRegion(three[2]) &&
    isCityAndRegion(`${three[1]}, ${three[2]}`)
  )
    return true;
  return isCityAndRegion(t);
}

/** "Ontario", "Île-de-France", "MA": a region the table names, or a state's code. */
function isRegion(part: string): boolean {
  return REGION_NAMES.has(foldPlace(part)) || /^[A-Z]{2,3}$/.test(part.trim());
}

/** "Portland, Oregon", "Toronto, ON": a capitalised name, then a region that says its country. */
function isCityAndRegion(t: string): boolean {
  return t.includes(',') && /^[A-Z][\p{L}.' -]+,\s*[A-Z][\p{L}. ]+$/u.test(t) && inferCountry(t) !== null;
}

/**
 * Builds a `Location`: the place without its work-arrangement parenthetical, the country (given,
 * or inferred from the place) and the remote flag (given, or read from the text).
 * @example buildLocation('London (hybrid)') // → { text: 'London', country: 'GB', remote: false }
 */
export function buildLocation(
  text: string | null | undefined,
  country: string | null = null,
  remote: boolean | null = null,
): Location {
  // Bounded first: the arrangement pattern backtracks, and no place is 500 characters long.
  const raw = text ? squash(text.slice(0, 500)) : '';
  const flag = remote ?? remoteFromText(raw);
  let place = squash(raw.replace(ARRANGEMENT_PAREN, ''))
    .replace(/^[,;|·•-]+|[,;|·•-]+$/g, '')
    .trim();
  if (place === '' && flag === true) place = 'Remote';
  // A country the source names but this does not know ("Republic of Narnia") is kept as given, after
  // what the place itself says.
  const code = countryCode(country) ?? inferCountry(place) ?? (country ? squash(country) : null);
  return { text: place === '' ? null : place.slice(0, 200), country: code, remote: flag };
}

/** A location that states nothing. */
export const NO_LOCATION: Location = { text: null, country: null, remote: null };
