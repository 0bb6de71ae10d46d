/**
 * A job board kept as a YAML data file (Jekyll `_data/jobs.yml`, Hugo `data/jobs.yaml`): a list
 * of entries (title or position or role, company or employer, location, url, description), at
 * the top or under keys ("public:" / "internal:"), one posting per entry, read with the same
 * keys as a JSON list of jobs. An entry listed twice (same title, same link) is one posting.
 * A YAML list whose entries are no jobs (a team's names and titles, a CV's positions held) is
 * not a job board: it is refused as not-a-posting, with what its entries are.
 */
import { asRecord } from '../../fields.ts';
import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';
import { listEmployer } from './board-identity.ts';
import { jobFieldsOf, parseJsonJobs } from './json-jobs.ts';
import { assertPostingCount } from './limits.ts';
import { looksLikeLocation } from './location.ts';
import type { ParseContext } from './posting.ts';
import { looksLikeYamlList, readYaml, YamlError } from './yaml-data.ts';

type Entry = Record<string, unknown>;

/**
 * The lists of entries (mappings) in a YAML value: itself, or the lists under its keys (two
 * levels). A list kept under a place's name (`london:`, `porto:`) gives that place to its
 * entries that name none.
 */
function entryLists(value: unknown, depth = 0, key: string | null = null): Entry[][] {
  if (Array.isArray(value)) {
    const entries = value.map(asRecord).filter((entry): entry is Entry => entry !== null);
    // A list of scalars ("tags", "skills") is no list of entries.
    if (entries.length === 0 || entries.length * 2 < value.length) return [];
    const place = key !== null && looksLikeLocation(key) ? key.charAt(0).toUpperCase() + key.slice(1) : null;
    return [
      place
        ? entries.map((entry) => (jobFieldsOf(entry).location ? entry : { ...entry, location: place }))
        : entries,
    ];
  }
  const record = asRecord(value);
  if (!record || depth >= 2) return [];
  return Object.entries(record).flatMap(([inner, list]) => entryLists(list, depth + 1, inner));
}

/**
 * The YAML data of a document that is a list of entries, or null when it is not one (prose,
 * Markdown, a single mapping): what `--format auto` reads as 'yaml'.
 * @throws YamlError for a data file in YAML this reader does not read (an anchor, a tag).
 */
export function yamlListData(text: string): unknown {
  return yamlListRead(text)?.data ?? null;
}

/** A list entry's first line ("- title: …", "  - organization: …"). */
const ENTRY_START = /^[ \t]*-[ \t]+[\w"'][^\n]*:/gm;

/**
 * The YAML data of a list document as `yamlListData` reads it, and where a copy cut part-way
 * through it breaks off: a file that ends in the middle of a line has its last entry cut; the
 * entries before it are kept and the cut one dropped (a YAML string left open, or an entry
 * with fewer fields than any other), as the JSON reader keeps the records before a break.
 */
export function yamlListRead(text: string): { data: unknown; truncated?: string } | null {
  if (!looksLikeYamlList(text)) return null;
  const cut = !/\n\s*$/.test(text) && text.length > 0;
  const whole = readList(text);
  if (whole && !(cut && lastEntryShort(whole))) return { data: whole };
  if (!cut) return null;
  const starts = [...text.matchAll(ENTRY_START)].map((match) => match.index ?? 0);
  const last = starts[starts.length - 1];
  if (last === undefined || starts.length < 2) return whole ? { data: whole } : null;
  const kept = readList(text.slice(0, last));
  if (!kept) return whole ? { data: whole } : null;
  return {
    data: kept,
    truncated: `the YAML document of ${text.length} characters breaks off inside its last entry; the ${starts.length - 1} entries before it are kept, the unfinished one dropped`,
  };
}

/** A list of records read from YAML, or null (not YAML this reader reads as a list of records). */
function readList(text: string): unknown {
  let value: unknown;
  try {
    value = readYaml(text);
  } catch (error) {
    if (error instanceof YamlError && error.kind === 'syntax') return null;
    throw error;
  }
  // Records of several fields each: Markdown bullets ("- Salary: £40,000") are one key apiece.
  const records = entryLists(value).some(
    (entries) => entries.filter((entry) => Object.keys(entry).length >= 2).length * 2 > entries.length,
  );
  return records ? value : null;
}

/** Whether the last entry of the longest list has fewer fields than every other entry of it. */
function lastEntryShort(value: unknown): boolean {
  const lists = entryLists(value);
  const list = lists.reduce<Entry[]>((best, entries) => (entries.length > best.length ? entries : best), []);
  if (list.length < 3) return false;
  const sizes = list.map((entry) => Object.keys(entry).length);
  const last = sizes[sizes.length - 1] ?? 0;
  return sizes.slice(0, -1).every((size) => size > last);
}

/** A position someone held (a CV's entry): a start and an end, not an opening. */
const isTenure = (entry: Entry) => {
  const keys = ` ${Object.keys(entry).join(' ').toLowerCase().replace(/[_-]/g, '')} `;
  return / (?:\w*start\w*|from|since) /.test(keys) && / (?:\w*end\w*|to|until) /.test(keys);
};

/**
 * A site's own list names no employer in its entries (no company field anywhere): the employer
 * is the site's, read from the links its entries share (`listEmployer`). Entries that name a
 * company, or links that spread over several sites, leave the postings as they are.
 */
function withSiteEmployer(postings: RawPosting[], entries: readonly Entry[]): RawPosting[] {
  if (postings.some((p) => p.company !== null)) return postings;
  const fields = entries.slice(0, 200).map(jobFieldsOf);
  if (fields.some((f) => f.company !== null)) return postings;
  const employer = listEmployer(
    fields.map((f) => f.url),
    () => fields.map((f) => f.description ?? '').filter((t) => t !== ''),
  );
  if (!employer) return postings;
  return postings.map((p) => ({
    ...p,
    company: employer,
    provenance: { ...p.provenance, company: 'board' },
  }));
}

/**
 * Postings from a YAML job board (see the module comment).
 * @throws NotAPostingError for a YAML list whose entries are no openings; YamlError for YAML
 * this reader does not read.
 */
export function parseYamlJobs(text: string, ctx: ParseContext, data?: unknown): RawPosting[] {
  const entries = entryLists(data ?? readYaml(text)).flat();
  assertPostingCount(entries.length);
  const refuse = (what: string) =>
    new NotAPostingError(`not-a-posting: a YAML list of ${entries.length} ${what}`);
  if (entries.filter(isTenure).length * 2 > entries.length)
    throw refuse('positions held (start and end), not openings');
  // One entry at a time (entries of several lists need not share their keys); an entry listed
  // again (its title and link, or without a link its employer and place) is the same posting.
  const seen = new Set<string>();
  const postings = entries.flatMap((entry) => parseJsonJobs([entry], ctx, seen));
  if (postings.length > 0) return withSiteEmployer(postings, entries);
  const keys = [...new Set(entries.slice(0, 20).flatMap(Object.keys))].slice(0, 8).join(', ');
  throw refuse(`entries (${keys}) that name no job (a title with an employer, place, link or description)`);
}
