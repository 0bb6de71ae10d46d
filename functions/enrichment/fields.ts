/**
 * Coercions shared by every format: untrusted JSON/XML values to strings, numbers, dates and
 * schema.org employment types, never throwing on a wrong type.
 */

const WHITESPACE_RUN = /[\s\u200b]+/g;
/** White space other than a plain space: what `\s` matches besides it, and the zero-width space. */
const ODD_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** `text` as a regex source matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapses runs of whitespace (including no-break and zero-width spaces) and trims. */
export function squash(text: string): string {
  // Every block of every posting passes here, and most are clean or end in one space: two native
  // scans find out (a JS loop over the characters costs four times as much), and only text with
  // doubled, leading or odd white space is rewritten.
  const n = text.length;
  if (n === 0) return text;
  if (text.charCodeAt(0) === 32 || text.includes('  ') || ODD_SPACE.test(text)) {
    return text.replace(WHITESPACE_RUN, ' ').trim();
  }
  return text.charCodeAt(n - 1) === 32 ? text.slice(0, n - 1) : text;
}

/** A non-empty trimmed string, a number as a string, or null for anything else. */
export function asString(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A finite number from a number or a numeric string ("105,000", "98000.50"), else null. */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/,(?=\d{3}\b)/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The value as a list: arrays as they are, a single value as a one-item list, nothing as []. */
export function asList(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  return value === null || value === undefined ? [] : [value];
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/**
 * An ISO 8601 UTC timestamp (`2026-11-16T10:00:00Z`) from an ISO or RFC 822 date string, a date
 * (`2026-10-20`, read as UTC midnight) or epoch seconds/milliseconds; null when unreadable or
 * outside 1990–2100.
 * @example toIsoDate('Mon, 16 Nov 2026 10:00:00 GMT') // → '2026-11-16T10:00:00Z'
 */
export function toIsoDate(value: unknown): string | null {
  let ms: number;
  if (typeof value === 'number') {
    ms = value < 1e11 ? value * 1000 : value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (/^\d{9,13}$/.test(text)) return toIsoDate(Number(text));
    ms = Date.parse(text);
  } else {
    return null;
  }
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  // Written out rather than toISOString().replace(): a feed has a date per item, and this is a
  // third of the cost. Years are four digits here (MIN_YEAR..MAX_YEAR).
  const time = `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}`;
  const millis = date.getUTCMilliseconds();
  return millis === 0 ? `${time}Z` : `${time}.${String(millis).padStart(3, '0')}Z`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * Employment-type spellings, lower case without diacritics, in English and the languages postings
 * come in (es, pt, fr, de, nl, it, pl, the Nordic ones). A permanent post ("Festanstellung", "CDI",
 * "Efetivo") is FULL_TIME, as "Permanent" is; a working student ("Werkstudent") an INTERN.
 */
const EMPLOYMENT_TYPES: readonly [RegExp, string][] = [
  [
    /^(full ?time|fulltime|ft|permanent|regular|perm|fte|salaried|permanent full ?time|full ?time permanent|regular full ?time|full ?time regular|full ?time employee|(a )?tiempo completo|jornada completa|(contrato )?indefinido|(a )?temps (plein|complet)|plein temps|cdi|tempo (integral|inteiro|pieno)|periodo integral|efetivo|efectivo|clt|contrato sem termo|vollzeit|festanstellung|feste anstellung|unbefristet|voltijd|vast( dienstverband| contract)?|onbepaalde tijd|(a )?tempo indeterminato|pelny etat|heltid|fuldtid|fast ansaettelse|fast stilling|tillsvidare)$/,
    'FULL_TIME',
  ],
  [
    /^(part ?time|parttime|pt|permanent part ?time|(a )?tiempo parcial|medio tiempo|media jornada|jornada parcial|(a )?temps partiel|tempo parcial|meio periodo|(a )?tempo parziale|teilzeit|deeltijd|niepelny etat|deltid)$/,
    'PART_TIME',
  ],
  [
    /^(contract|contractor|contracts|freelance|freelancer|consultant|contract to hire|c2h|1099|freiberuflich|freie mitarbeit|independant|prestataire|autonomo|pj|zzp)$/,
    'CONTRACTOR',
  ],
  [
    /^(temporary|temp|fixed term|fixed term contract|seasonal|interim|temp to perm|befristet|befristete anstellung|zeitarbeit|aushilfe|(contrato )?temporal|eventual|cdd|temporaire|temporario|contrato (a termo|temporario)|(a )?tempo determinato|tijdelijk|bepaalde tijd)$/,
    'TEMPORARY',
  ],
  [
    /^(intern|internship|co op|coop|apprentice|apprenticeship|graduate|trainee|praktikum|praktikant|werkstudent|werkstudentin|werkstudent in|ausbildung|duales studium|stage|stagiaire|alternance|apprentissage|practicas|becario|pasantia|estagio|estagiario|jovem aprendiz|aprendiz|tirocinio|stagiair|staz|praktyki)$/,
    'INTERN',
  ],
  [
    /^(volunteer|unpaid|voluntariado|voluntario|benevolat|benevole|ehrenamt|ehrenamtlich|vrijwilliger)$/,
    'VOLUNTEER',
  ],
  [/^(per diem|perdiem)$/, 'PER_DIEM'],
  [/^other$/, 'OTHER'],
];

/** "Full-time", "FullTime", "full_time", "Tempo Período" → "full time", "tempo periodo". */
function employmentKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function employmentTypeOf(key: string): string | null {
  for (const [pattern, type] of EMPLOYMENT_TYPES) {
    if (pattern.test(key)) return type;
  }
  return null;
}

/**
 * A schema.org employment type (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER,
 * PER_DIEM, OTHER) from the spellings feeds use ("Full-time", "FullTime", "full_time",
 * ["CONTRACTOR"], "Vollzeit", "Tiempo completo"); the first recognised value of a list, or of a
 * value that states several ("Permanent, temps plein", "Efetivo (CLT)"); null when none is
 * recognised.
 */
export function normalizeEmploymentType(value: unknown): string | null {
  for (const item of asList(value)) {
    if (typeof item !== 'string') continue;
    const type = employmentTypeOf(employmentKey(item));
    if (type) return type;
    if (!/[,;/|()]|\s[-–]\s/.test(item)) continue;
    for (const piece of item.split(/[,;/|()]|\s[-–]\s/)) {
      const pieceType = employmentTypeOf(employmentKey(piece));
      if (pieceType) return pieceType;
    }
  }
  return null;
}

/** An employment type stated as a qualifier in a title: "Interim IT Director (Contract)". */
export function employmentTypeFromTitle(title: string): string | null {
  for (const match of title.matchAll(/\(([^()]{2,40})\)/g)) {
    const type = normalizeEmploymentType(match[1]?.replace(/\brole\b|\bposition\b/gi, '').trim());
    if (type) return type;
  }
  return null;
}

/**
 * A lookup table's own entry for a key, or undefined. For tables keyed by text from a posting:
 * `table[key]` on a plain object answers "constructor" or "__proto__" from Object.prototype.
 * @example ownEntry({ $: 'USD' }, 'constructor') // undefined
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * `text.matchAll(re)` without its cost: `matchAll` clones the regex for every call, and a clone
 * costs time in proportion to the pattern's source (a taxonomy's cue list is a few KB, so cloning
 * it cost more than matching a short sentence). Every match of the global regex `re` in `text`,
 * from `re.lastIndex`, as `[...text.matchAll(re)]` gives them; `re.lastIndex` is left as it was.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global regex');
  const start = re.lastIndex;
  const unicode = re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m);
      // An empty match steps on by one character, a whole code point in a Unicode regex.
      if (m[0] === '') re.lastIndex = stepOn(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = start;
  }
  return found;
}

function stepOn(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return index + 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}
