/**
 * A careers page kept as a component module often holds its openings as a literal list beside
 * the markup that shows them (`const data = [{ title: "React JS Engineer", contentHeader:
 * "Remote, India/Pune | Full Time" }, …]` then `<JobList items={data} />`): the visitor reads one
 * card per record, though the file's markup holds none of them. The records name a role and carry
 * little else a job list keeps (no description, no place field), so the job-list reader does not
 * take them; here a list of two or more records that mostly name roles is written out as the
 * cards the page shows, for the HTML reader to read with the page around them.
 *
 * People are no openings: a record that names a person beside its role (`{ name: "Jane Smith",
 * title: "CTO" }`) is a team member.
 */
import { asRecord } from '../../fields.ts';
import { fieldOfKey, JOB_FIELDS } from './job-fields.ts';
import { readScriptData } from './script-data.ts';
import { namesRole } from './text-sections.ts';

/** Nesting searched for the list, and records and fields read from it. */
const MAX_DEPTH = 4;
const MAX_RECORDS = 200;
const MAX_FIELDS = 30;
const MAX_FIELD_CHARS = 2_000;

const fold = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const TITLE_KEYS: readonly string[] = JOB_FIELDS.title;
/**
 * Fields only a job has: its employment type or pay (the job-field table's `type`, `min`, `max`,
 * `salary`), an application deadline, requirements. A record with one names a job whatever words
 * its title uses ("Juristin / Jurist", "Gärtnerin / Gärtner"): no list of role nouns knows them all.
 */
const JOB_ONLY_FIELDS: ReadonlySet<string> = new Set(['type', 'min', 'max', 'salary']);
const JOB_ONLY_KEY = /deadline|requirement|qualification|responsibilit|apply|application/;

function hasJobField(keys: ReadonlyMap<string, unknown>): boolean {
  for (const [key, value] of keys) {
    if (value === null || value === undefined || value === '') continue;
    const field = fieldOfKey(key);
    if ((field !== null && JOB_ONLY_FIELDS.has(field)) || JOB_ONLY_KEY.test(key)) return true;
  }
  return false;
}

/** Keys that hold a person's name: beside a role, the record is a team member. */
const PERSON_KEYS: ReadonlySet<string> = new Set(['name', 'fullname', 'firstname', 'lastname', 'person']);

/** The record's role title, or null when it names none or names a person. */
function roleOf(record: Record<string, unknown>): string | null {
  const keys = new Map(Object.entries(record).map(([k, v]) => [fold(k), v] as const));
  const key = TITLE_KEYS.find(
    (k) => typeof keys.get(k) === 'string' && (keys.get(k) as string).trim() !== '',
  );
  if (key === undefined) return null;
  const title = (keys.get(key) as string).trim();
  if (title.length > 150) return null;
  // A name, not a sentence, where the words are not known role nouns.
  if (!namesRole(title) && (title.length > 80 || /[.!?;]/.test(title) || !hasJobField(keys))) return null;
  for (const person of PERSON_KEYS) {
    const value = keys.get(person);
    if (person !== key && typeof value === 'string' && value.trim() !== '' && !namesRole(value)) return null;
  }
  return title;
}

/** Lists of records under a module's literals, most naming a role, two or more. */
function roleLists(value: unknown, depth: number, out: Record<string, unknown>[][]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    const records = value
      .slice(0, MAX_RECORDS)
      .map((item) => asRecord(item))
      .filter((r): r is Record<string, unknown> => r !== null);
    const roles = records.filter((r) => roleOf(r) !== null);
    if (roles.length >= 2 && roles.length * 2 >= value.length) {
      out.push(roles);
      return;
    }
    for (const item of value.slice(0, MAX_RECORDS)) roleLists(item, depth + 1, out);
    return;
  }
  const record = asRecord(value);
  if (!record) return;
  for (const inner of Object.values(record).slice(0, MAX_RECORDS)) roleLists(inner, depth + 1, out);
}

/**
 * The mark on a card written from a record that names a job: the card reader takes it as a job
 * whatever words its title uses (the record's own fields said so).
 */
export const JOB_RECORD_ATTRIBUTE = 'data-job-record';
const JOB_RECORD_MARK = `${JOB_RECORD_ATTRIBUTE}=""`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A field's text as the card shows it: strings and lists of strings. */
function fieldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.slice(0, MAX_FIELD_CHARS);
  if (Array.isArray(value)) {
    const items = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    return items.length > 0 ? items.join('\n').slice(0, MAX_FIELD_CHARS) : null;
  }
  return null;
}

/**
 * The cards a module's literal lists of roles show, as HTML (one `<article>` per record: its role
 * as a heading, its other text fields as lines), or null when it holds no such list.
 * @example roleCardsHtml({ data: [{ title: 'React JS Engineer', where: 'Pune' }, { title: 'QA Engineer' }] })
 * // → '<section><article><h3>React JS Engineer</h3><p>Pune</p></article><article><h3>QA Engineer</h3></article></section>'
 */
export function roleCardsHtml(data: unknown): string | null {
  const lists: Record<string, unknown>[][] = [];
  roleLists(data, 0, lists);
  const longest = lists.sort((a, b) => b.length - a.length)[0];
  if (!longest) return null;
  const cards = longest.map((record) => {
    const title = roleOf(record) as string;
    const lines = Object.entries(record)
      .slice(0, MAX_FIELDS)
      .map(([, value]) => fieldText(value))
      .filter((text): text is string => text !== null && text.trim() !== title);
    const body = lines.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`).join('');
    return `<article ${JOB_RECORD_MARK}><h3>${escapeHtml(title)}</h3>${body}</article>`;
  });
  return `<section>${cards.join('')}</section>`;
}

/** Inline `<script>` blocks of a component page read for their data, and characters read of each. */
const MAX_SCRIPTS = 8;
const MAX_SCRIPT_CHARS = 200_000;
const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The cards a component page's own script holds (a Vue or Svelte component's `data() { return {
 * jobs: […] } }`, which its template renders with `v-for`): the records its markup never writes,
 * as `roleCardsHtml` gives them, or null. Scripts with a `src` or a data type (JSON-LD) aside.
 * @example componentRoleCards('<template><li v-for="j in jobs">{{ j.title }}</li></template><script>export default { data() { return { jobs: [{ title: "Jurist", employment_type: "Vollzeit" }, { title: "Arzt", employment_type: "Teilzeit" }] } } }</script>')
 * // → '<section><article><h3>Jurist</h3><p>Vollzeit</p></article>…</section>'
 */
export function componentRoleCards(source: string): string | null {
  let scripts = 0;
  for (const match of source.matchAll(SCRIPT_BLOCK)) {
    if (++scripts > MAX_SCRIPTS) break;
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\ssrc\s*=|type\s*=\s*["']?application\/(?:ld\+)?json/i.test(attributes)) continue;
    // Cheap test first: a literal list of records, or no data worth reading.
    if (!body.includes('[') || !body.includes('{')) continue;
    const read = readScriptData(body.slice(0, MAX_SCRIPT_CHARS));
    const cards = read ? roleCardsHtml(read.value) : null;
    if (cards !== null) return cards;
  }
  return null;
}
