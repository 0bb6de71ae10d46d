/**
 * Location text, country and the remote flag from the ways sources state them: schema.org
 * addresses, "Boise, ID", "London (hybrid)", "Remote (US)", "Sydney NSW, Australia".
 */
import type { Location } from '../types.ts';
import { squash } from './fields.ts';

const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'
  ).split(' '),
);
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));
const AU_STATES = new Set('NSW VIC QLD TAS ACT'.split(' '));

/** Country names, demonyms-free, as sources spell them → ISO 3166-1 alpha-2. */
const COUNTRY_NAMES = new Map<string, string>([
  ['united states', 'US'],
  ['united states of america', 'US'],
  ['usa', 'US'],
  ['us', 'US'],
  ['u.s.', 'US'],
  ['u.s.a.', 'US'],
  ['america', 'US'],
  ['united kingdom', 'GB'],
  ['uk', 'GB'],
  ['u.k.', 'GB'],
  ['great britain', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['northern ireland', 'GB'],
  ['canada', 'CA'],
  ['australia', 'AU'],
  ['new zealand', 'NZ'],
  ['ireland', 'IE'],
  ['germany', 'DE'],
  ['deutschland', 'DE'],
  ['france', 'FR'],
  ['netherlands', 'NL'],
  ['the netherlands', 'NL'],
  ['spain', 'ES'],
  ['italy', 'IT'],
  ['portugal', 'PT'],
  ['belgium', 'BE'],
  ['switzerland', 'CH'],
  ['austria', 'AT'],
  ['sweden', 'SE'],
  ['norway', 'NO'],
  ['denmark', 'DK'],
  ['finland', 'FI'],
  ['poland', 'PL'],
  ['india', 'IN'],
  ['singapore', 'SG'],
  ['japan', 'JP'],
  ['mexico', 'MX'],
  ['brazil', 'BR'],
  ['south africa', 'ZA'],
  ['israel', 'IL'],
  ['united arab emirates', 'AE'],
  ['uae', 'AE'],
  ['philippines', 'PH'],
  ['hong kong', 'HK'],
]);

/** Cities that name their country alone on job pages ("IT Director - London"). */
const CITIES = new Map<string, string>([
  ['london', 'GB'],
  ['manchester', 'GB'],
  ['birmingham', 'GB'],
  ['edinburgh', 'GB'],
  ['glasgow', 'GB'],
  ['leeds', 'GB'],
  ['bristol', 'GB'],
  ['sydney', 'AU'],
  ['melbourne', 'AU'],
  ['brisbane', 'AU'],
  ['perth', 'AU'],
  ['toronto', 'CA'],
  ['vancouver', 'CA'],
  ['montreal', 'CA'],
  ['calgary', 'CA'],
  ['ottawa', 'CA'],
  ['dublin', 'IE'],
  ['berlin', 'DE'],
  ['munich', 'DE'],
  ['hamburg', 'DE'],
  ['paris', 'FR'],
  ['amsterdam', 'NL'],
  ['madrid', 'ES'],
  ['barcelona', 'ES'],
  ['zurich', 'CH'],
  ['stockholm', 'SE'],
  ['auckland', 'NZ'],
  ['wellington', 'NZ'],
  ['bangalore', 'IN'],
  ['bengaluru', 'IN'],
  ['new york', 'US'],
  ['new york city', 'US'],
  ['nyc', 'US'],
  ['san francisco', 'US'],
  ['seattle', 'US'],
  ['chicago', 'US'],
  ['boston', 'US'],
  ['austin', 'US'],
  ['los angeles', 'US'],
  ['atlanta', 'US'],
  ['denver', 'US'],
  ['dallas', 'US'],
  ['washington, d.c.', 'US'],
  ['washington dc', 'US'],
]);

const REMOTE = /\b(remote|fully remote|work from home|wfh|telecommute|anywhere)\b/i;
const NOT_REMOTE = /\b(hybrid|on-?site|in[- ]office|in[- ]person|office[- ]based)\b/i;
/** A work-arrangement parenthetical that says how, not where: "(hybrid)", "(on-site 3 days)". */
const ARRANGEMENT_PAREN = /\s*[([]\s*(remote|hybrid|on-?site|in[- ]office|in[- ]person)\b[^)\]]*[)\]]/gi;

/** ISO alpha-2 for a country name or code ("United States", "USA", "gb"), else null. */
export function countryCode(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = squash(value);
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase() === 'UK' ? 'GB' : text.toUpperCase();
  return COUNTRY_NAMES.get(text.toLowerCase()) ?? null;
}

/** The country a place names: "Boise, ID" → US, "Sydney NSW, Australia" → AU, "London" → GB. */
export function inferCountry(text: string | null): string | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  for (const part of lower.split(/[,;()|/·•]|\s-\s/).map((p) => p.trim())) {
    const code = COUNTRY_NAMES.get(part) ?? CITIES.get(part);
    if (code && part !== 'us') return code;
    if (part === 'us') return 'US';
  }
  const region = /(?:,|\s)\s*([A-Z]{2,3})\b(?!\.\w)/g;
  for (const match of text.matchAll(region)) {
    const code = match[1] ?? '';
    if (US_STATES.has(code)) return 'US';
    if (CA_PROVINCES.has(code)) return 'CA';
    if (AU_STATES.has(code)) return 'AU';
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

/** Whether a short piece of text reads as a place or a work arrangement rather than a name. */
export function looksLikeLocation(text: string): boolean {
  const t = squash(text);
  if (t.length === 0 || t.length > 80) return false;
  if (remoteFromText(t) !== null) return true;
  if (countryCode(t) || CITIES.has(t.toLowerCase())) return true;
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
  const code = countryCode(country) ?? (country ? squash(country) : null) ?? inferCountry(place);
  return { text: place === '' ? null : place.slice(0, 200), country: code, remote: flag };
}

/** A location that states nothing. */
export const NO_LOCATION: Location = { text: null, country: null, remote: null };
