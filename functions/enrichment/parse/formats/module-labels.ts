/**
 * A module's literals may be its interface's words, not its data: a translation table keyed by
 * locale (`{ en: { title: 'Open Positions', requirements: 'Requirements' }, rs: { title:
 * 'Otvorene pozicije', … } }`) names the fields a job page shows, in several languages, and holds
 * no job. Its records look like jobs to a job-list reader (a title, requirements), so the tables
 * are taken out of the data before it is read: two or more members keyed by locale codes whose
 * records share their keys.
 */
import { asRecord } from '../../fields.ts';

/** Nesting searched, and members looked at per object. */
const MAX_DEPTH = 6;
const MAX_MEMBERS = 200;

/** A locale code as a key: `en`, `de`, `pt-BR`, `zh_Hant`, `sr-Latn`. */
const LOCALE_KEY = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;

/** Whether a value holds a list of records a few levels down. */
function holdsRecordList(value: unknown, depth: number): boolean {
  if (Array.isArray(value)) return value.slice(0, 20).some((item) => asRecord(item) !== null);
  const record = asRecord(value);
  if (!record || depth >= 3) return false;
  return Object.values(record)
    .slice(0, MAX_MEMBERS)
    .some((inner) => holdsRecordList(inner, depth + 1));
}

/** Whether a record's members are a translation table: two or more locale keys over records sharing keys. */
function isTranslationTable(record: Record<string, unknown>): boolean {
  let locales = 0;
  let keys: Set<string> | null = null;
  for (const [key, value] of Object.entries(record).slice(0, MAX_MEMBERS)) {
    if (!LOCALE_KEY.test(key)) continue;
    const inner = asRecord(value);
    if (!inner) continue;
    // Words only: a locale's list of records (`en: { jobs: […] }`) is data in that language.
    if (holdsRecordList(inner, 0)) return false;
    const own = Object.keys(inner);
    if (keys === null) keys = new Set(own);
    else if (!own.some((k) => keys?.has(k))) continue;
    locales++;
  }
  // The members that are not locales are few (a default, a fallback): the table is the object.
  return locales >= 2 && locales * 2 >= Math.min(MAX_MEMBERS, Object.keys(record).length);
}

/**
 * The data with its translation tables taken out (a table at the top gives null).
 * @example withoutTranslationTables({ strings: { en: { title: 'Open Positions' }, de: { title: 'Offene Stellen' } }, jobs: [] })
 * // → { jobs: [] }
 */
export function withoutTranslationTables(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value;
  const record = asRecord(value);
  if (!record) return value;
  if (isTranslationTable(record)) return null;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(record)) {
    const kept = withoutTranslationTables(inner, depth + 1);
    if (kept !== inner) changed = true;
    if (kept === null && inner !== null) continue;
    Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return changed ? out : record;
}
