/**
 * Openings a document lists as links, found by the shape the list repeats, as a person finds them:
 * - employers' groups: a short line naming an employer and its place ("Kraken | Remote"), or its
 *   name alone in bold ("**Audiotool**"), over a
 *   run of bullets that are each one link ("- [Backend Engineer - Rust](https://jobs.lever.co/…)"),
 *   two or more such groups one after another (a job board's page, a newsletter's careers part);
 *   each link whose words name a role, or that points at one posting, is a posting of that
 *   employer at that place;
 * - a table of openings: a Markdown table whose header names a column of job titles ("Position",
 *   "Job Title", "Role") and whose rows carry them, with the employer, the place and the link
 *   the other columns give ("| Fortanix | [Remote Software Engineer](…) |", "| **Data Analyst**
 *   | Anser Advisory | LA | … | <a href="…">Apply</a> |"). A row whose title is a note in
 *   emphasis ("[_Filled_](…)", "_[Whole Bunch](…)_") is no opening. A table with neither an
 *   employer or place column nor links (a career ladder's levels and their titles) is none.
 * Both are decided from structure: sibling repetition, the link (a posting's address on an
 * applicant tracking system), the table's own header; the role model only confirms most names.
 */
import { squash } from '../../fields.ts';
import { looksLikeLocation, remoteFromText } from './location.ts';
import { BULLET, FENCE, namesRole } from './markdown-headings.ts';
import { isPostingUrl } from './posting-hosts.ts';
import type { SplitText, TextSection } from './text-sections.ts';

/** "[Words](url)" with an optional note after it: a bullet that is one link. */
const LINK_ITEM = /^\[([^\]]{2,150})\]\((\S{1,2048}?)\)\s*(?:\(([^)]{1,80})\)|\[([^\]]{1,80})\])?\s*$/;
/** "Kraken | Remote", "[Revault](mailto:…) | Portugal or Remote": an employer and its place. */
const EMPLOYER_LINE = /^([^|]{2,80}?)\s+\|\s+(.{2,160})$/;
/** A Markdown link anywhere: its words. */
const MD_LINK = /\[([^\]]{1,200})\]\(([^)\s]{1,2048})\)/;
/** An HTML link anywhere: its address and words. */
const HTML_LINK = /<a\b[^>]*?\bhref\s*=\s*["']([^"']{1,2048})["'][^>]*>([\s\S]{0,300}?)<\/a>/i;
/** "Title (Note)": the words before a last note in brackets, and the note. */
const TRAILING_NOTE = /^(.{2,150}?)\s*\(([^()]{2,120})\)$/;
/** Fewest groups or rows that make a list of openings. */
const MIN_ITEMS = 2;
/** Longest document scanned, in lines. */
const MAX_LINES = 5_000;

/** A link's words name a role, or their head does before a colon or dash that adds the field. */
function linkNamesRole(title: string): boolean {
  return namesRole(title) || namesRole((title.split(/:\s|\s[-–—]\s/)[0] ?? '').trim());
}

/** A line's text as a reader sees it: no emphasis marks, links as their words, tags dropped. */
function plain(text: string): string {
  return squash(
    text
      .replace(/<[^>]{1,400}>/g, ' ')
      .replace(/\[([^\]]{1,200})\]\([^)\s]{0,2048}\)/g, '$1')
      .replace(/(\*\*|__|[*_`])/g, ''),
  );
}

interface Group {
  readonly company: string;
  readonly place: string | null;
  readonly line: number;
  readonly links: { title: string; url: string; line: number }[];
}

/** "**Audiotool**": a name alone in bold on its line, as a newsletter heads an employer's links. */
const BOLD_NAME = /^(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)$/;

/** The employer and place a group's head line gives, or null when the line is something else. */
function employerLine(text: string): { company: string; place: string | null } | null {
  if (BULLET.test(text) || /^#|^\|/.test(text) || text.length > 200) return null;
  const bold = BOLD_NAME.exec(text.trim());
  if (bold) {
    const name = squash(bold[1] ?? '');
    return name.split(' ').length <= 6 && !/[.!?:;]$/.test(name) && !namesRole(name)
      ? { company: name, place: null }
      : null;
  }
  const match = EMPLOYER_LINE.exec(text.trim());
  if (!match) return null;
  const company = plain(match[1] ?? '');
  const rest = plain(match[2] ?? '');
  // A name, not a sentence or a role: "Kraken", "Trail of Bits", "cLabs (Celo)".
  if (company === '' || /[.!?:;]$/.test(company) || company.split(' ').length > 6 || namesRole(company))
    return null;
  const place = rest
    .split(/\s+\|\s+/)
    .find((part) => looksLikeLocation(part) || remoteFromText(part) !== null);
  return { company, place: place ?? null };
}

/** Employers' groups of linked roles (see the module comment); [] unless two or more groups hold them. */
function employerGroups(lines: readonly string[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let fenced = false;
  for (let i = 0; i < lines.length && i < MAX_LINES; i++) {
    const raw = lines[i] ?? '';
    if (FENCE.test(raw)) fenced = !fenced;
    const text = raw.trim();
    if (fenced || text === '') continue;
    const head = employerLine(text);
    if (head) {
      current = { ...head, line: i, links: [] };
      groups.push(current);
      continue;
    }
    if (current && BULLET.test(raw)) {
      const item = LINK_ITEM.exec(text.replace(BULLET, ''));
      const title = squash(item?.[1] ?? '');
      // "- Build a [Bitcoin vault architecture](…)": a sentence with a link names no opening.
      if (item && (linkNamesRole(title) || isPostingUrl(item[2] ?? '')))
        current.links.push({ title, url: item[2] ?? '', line: i });
      continue;
    }
    current = null;
  }
  const held = groups.filter((group) => group.links.length > 0);
  return held.length >= MIN_ITEMS && held.length * 2 > groups.length ? held : [];
}

/** Header words of a table of openings' columns. */
const COLUMNS: readonly [RegExp, 'title' | 'company' | 'location'][] = [
  [
    /^(?:job\s+|position\s+|role\s+)?(?:titles?|positions?|roles?|jobs?|openings?|vacanc(?:y|ies))$/i,
    'title',
  ],
  [/^(?:company|companies|employer|organi[sz]ation|hiring\s+organi[sz]ation|firm)$/i, 'company'],
  [/^(?:location|locations|place|city|where|office)$/i, 'location'],
];
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

interface Row {
  readonly title: string;
  readonly url: string | null;
  readonly company: string | null;
  readonly location: string | null;
  readonly line: number;
  /** The title cell is a note in emphasis ("[_Filled_](…)"), not a job's name. */
  readonly note: boolean;
}

/** The first link of a row's cells: the title cell's own first, else any cell's (an "Apply" link). */
function rowLink(titleCell: string, all: readonly string[]): string | null {
  for (const cell of [titleCell, ...all]) {
    const md = MD_LINK.exec(cell)?.[2];
    if (md) return md;
    const html = HTML_LINK.exec(cell)?.[1];
    if (html) return html.replace(/&amp;/g, '&');
  }
  return null;
}

/** The rows of the tables of openings in a document (see the module comment). */
function tableRows(lines: readonly string[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i + 1 < lines.length && i < MAX_LINES; i++) {
    const head = lines[i] ?? '';
    if (!head.trim().startsWith('|') || !TABLE_RULE.test((lines[i + 1] ?? '').trim())) continue;
    const names = cells(head).map(plain);
    const column = (kind: 'title' | 'company' | 'location') =>
      names.findIndex((name) => COLUMNS.some(([pattern, k]) => k === kind && pattern.test(name)));
    const titleAt = column('title');
    const companyAt = column('company');
    const locationAt = column('location');
    let j = i + 2;
    const rows: Row[] = [];
    for (; j < lines.length && (lines[j] ?? '').trim().startsWith('|'); j++) {
      if (titleAt < 0) continue;
      const row = cells(lines[j] ?? '');
      const cell = row[titleAt] ?? '';
      const title = plain(cell);
      if (title === '') continue;
      const field = (at: number) => (at >= 0 ? plain(row[at] ?? '') || null : null);
      rows.push({
        title,
        url: rowLink(cell, row),
        company: field(companyAt),
        location: field(locationAt),
        line: j,
        // "[_Filled_](…)", "_[Whole Bunch](…)_": the cell is emphasis around or inside its link.
        note: /^(?:[*_]+\[|\[[*_]+)/.test(cell),
      });
    }
    i = j - 1;
    // A table of openings says where each is or leads to one: an employer or a place column, or
    // a link on its rows. A career ladder's table of levels ("| L1 | Software Engineer I |
    // Task |") names titles and neither.
    if (companyAt < 0 && locationAt < 0 && !rows.some((row) => row.url !== null)) continue;
    // Most of the column names roles: a table of tools or releases titled "Name" is not one.
    const named = rows.filter(
      (row) => linkNamesRole(row.title) || (row.url !== null && isPostingUrl(row.url)),
    );
    if (named.length >= 1 && named.length * 2 >= rows.length) out.push(...rows.filter((row) => !row.note));
  }
  return out.length >= MIN_ITEMS ? out : [];
}

/**
 * The openings a document lists as links or in a table (see the module comment), or null when it
 * lists none that way. Each is one posting with its title, link, employer and place.
 */
export function linkedOpenings(lines: readonly string[]): SplitText | null {
  const groups = employerGroups(lines);
  const rows = tableRows(lines);
  const sections: (TextSection & { readonly line: number })[] = [];
  for (const group of groups)
    for (const link of group.links) {
      // "[Junior Backend Engineer (Remote)](…)": a place in brackets at the end of the link's words.
      const own = TRAILING_NOTE.exec(link.title);
      const note = own?.[2] ?? '';
      const placed = own && (looksLikeLocation(note) || remoteFromText(note) !== null);
      sections.push({
        lines: [],
        title: placed ? squash(own[1] ?? '') : link.title,
        company: group.company,
        url: link.url,
        location: placed ? note : group.place,
        line: link.line,
      });
    }
  for (const row of rows)
    sections.push({
      lines: [],
      title: row.title,
      company: row.company,
      url: row.url,
      location: row.location,
      line: row.line,
    });
  if (sections.length < MIN_ITEMS) return null;
  sections.sort((a, b) => a.line - b.line);
  const first = Math.min(...sections.map((s) => s.line), ...groups.map((g) => g.line));
  return {
    intro: lines.slice(0, first),
    sections: sections.map(({ line: _line, ...section }) => section),
  };
}
