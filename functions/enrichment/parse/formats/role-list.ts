/**
 * Openings listed under a heading that says it lists them ("## Open Positions", "Full Time
 * Positions", "We're hiring"), found by the shape the list repeats, as a person finds them:
 * - each heading under it that names a role is one posting, with or without a body of its own: a
 *   link to the role's page alone ("#### [Platform Engineer (Python)](platform-engineer-python.md)")
 *   or the role's section ("### Software Integration Developer" over its duties);
 * - a heading that is a link to a page beside the role links' pages is one more of them though
 *   its words name no role ("[Product Marketing](product-marketing.md)", "[Senior Fullstack](…)");
 * - a heading under a posting that names no role is that posting's own ("#### Requirements"); one
 *   that names no role at the postings' level, or one at the list heading's level or above, ends
 *   the list ("## Location", "## Funding" are the document's own again).
 * What the list heading's own paragraph says (pay "said once for all") belongs to each posting
 * under it; a "Location" heading over one place (a line, or a map image's alt text) and the
 * document's title heading naming the employer ("# Affirm Inc.", "# Phoxygen is hiring!") are
 * shared by every posting.
 */

import { squash } from '../../fields.ts';
import { type HeaderSection, headerFields, headerSections, withoutStackNote } from './header-line.ts';
import { looksLikeLocation } from './location.ts';
import {
  bodyChars,
  FENCE,
  type Heading,
  headingTitle,
  namesRole,
  OPENINGS_CUE,
} from './markdown-headings.ts';
import { isAtsBoard, isAtsPosting } from './posting-hosts.ts';
import type { SplitText, TextSection } from './text-sections.ts';

/**
 * Headings that say a list of openings follows; narrower than the cue of a link list, since a
 * heading such as "Positions" or "Careers" also heads a career ladder or a handbook's roles.
 */
const LISTS_OPENINGS_HEADING =
  /\b(?:open(?:ings?)?\s+(?:positions?|roles?|jobs?|vacanc\w*)|(?:job\s+)?openings|vacanc(?:y|ies)|(?:current|available)\s+(?:opportunities|positions|roles|jobs)|(?:full|part)[- ]?time\s+positions|(?:hourly|student|graduate)\s+positions|positions\s+(?:available|open)|(?:we(?:'|’)?re|we\s+are|is|now)\s+hiring)\b/i;
/** "[Words](url)" at the start of a heading. */
const LINK_HEADING = /^\[([^\]]{2,150})\]\((\S{1,2048}?)\)/;
/** A short name: at most six words, no sentence. */
const SHORT_NAME = /^[\p{L}\d][^.!?:;]{0,80}$/u;
/** A heading that labels the place ("Location", "Our office", "Where"). */
const PLACE_HEADING =
  /^(?:(?:our\s+)?(?:location|locations|office|offices|headquarters)|where(?:\s+we\s+are)?)$/i;
/** A Markdown image alone on a line: its alt text is what it shows. */
const IMAGE_LINE = /^!\[([^\]]{2,200})\]\([^)]*\)$/;
/** "Acme is hiring!", "Acme is hiring": the name before it. */
const IS_HIRING = /^(.{2,60}?)\s+(?:is|are)\s+(?:now\s+)?hiring\b/i;
/** Pictographs and their variation selectors: "❄️ Snowflake ❄️". */
const PICTOGRAPH = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;
/** Words a name keeps lower-case between capitalised ones. */
const NAME_WORD = /^(?:[\p{Lu}\d][\p{L}\d&.'’-]*|of|and|&|the|for|de|du|la|le)$/u;

/** A link's folder: pages of two roles beside each other share it ("a.md", "b.md" → "."). */
function siblingFolder(url: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path.includes('/') ? path.replace(/\/[^/]*$/, '') : '.';
}

/** A title's head before a dash or colon that adds the field or the employer. */
function namesRoleAhead(title: string): boolean {
  return namesRole(title) || namesRole((title.split(/:\s|\s[-–—]\s/)[0] ?? '').trim());
}

interface Item {
  readonly heading: Heading;
  readonly title: string;
  readonly url: string | null;
  readonly role: boolean;
  /** Lines of the list heading's own text, before its first posting: shared by its postings. */
  readonly shared: readonly string[];
  /** Where the list this item is in ends. */
  end: number;
}

/** The postings listed under one heading that says so, from headings[start + 1] on. */
function listUnder(lines: readonly string[], headings: readonly Heading[], start: number): Item[] {
  const cue = headings[start] as Heading;
  const items: Item[] = [];
  let end = lines.length;
  for (let k = start + 1; k < headings.length; k++) {
    const heading = headings[k] as Heading;
    if (heading.level <= cue.level) {
      end = heading.line;
      break;
    }
    const title = headingTitle(heading.text);
    const link = LINK_HEADING.exec(heading.text.trim());
    const role = namesRoleAhead(title);
    // A link heading of a short name is a candidate sibling of the role links.
    if (role || (link && SHORT_NAME.test(title) && title.split(/\s+/).length <= 6)) {
      const shared = items.length === 0 ? lines.slice(cue.line + cue.span, heading.line) : [];
      items.push({ heading, title, url: link?.[2] ?? null, role, shared, end });
      continue;
    }
    const current = items[items.length - 1];
    // A heading under a posting that names no role is that posting's own sub-heading.
    if (current && heading.level > current.heading.level) continue;
    end = heading.line;
    break;
  }
  // A link that names no role is a posting only beside the pages of roles that are.
  const roleFolders = new Set(items.filter((i) => i.role && i.url).map((i) => siblingFolder(i.url ?? '')));
  const kept = items.filter((i) => i.role || (i.url !== null && roleFolders.has(siblingFolder(i.url))));
  for (const item of kept) item.end = end;
  // Most of what stands where the postings do names a role (a list of teams or links does not).
  return kept.length > 0 && kept.filter((i) => i.role).length * 2 >= items.length ? kept : [];
}

/** The place a "Location" heading states: its first line, or the alt text of a map image. */
function placeUnderHeading(lines: readonly string[], headings: readonly Heading[]): string | null {
  for (const [n, heading] of headings.entries()) {
    if (!PLACE_HEADING.test(headingTitle(heading.text))) continue;
    const end = headings[n + 1]?.line ?? lines.length;
    const first = lines.slice(heading.line + heading.span, end).find((line) => line.trim() !== '');
    if (first === undefined) continue;
    const line = squash(first);
    const place = squash(IMAGE_LINE.exec(line)?.[1] ?? line);
    // "633 Folsom St, 7th Floor, San Francisco, CA": a street address ends in a known place.
    const parts = place.split(/\s*,\s*/);
    const endsInPlace = parts.some((_, k) => k > 0 && looksLikeLocation(parts.slice(k).join(', ')));
    if (place.length <= 120 && (looksLikeLocation(place) || endsInPlace)) return place;
  }
  return null;
}

/**
 * The employer a listing page's title heading names: the first heading, when it is at level 1,
 * names no role and no list ("# Affirm Inc.", "# ❄️ Snowflake ❄️"), or says "<name> is hiring".
 */
function employerHeading(lines: readonly string[], headings: readonly Heading[]): string | null {
  const top = headings[0];
  if (top?.level !== 1) return null;
  // The title heading opens the document (nothing but blank lines before it).
  if (lines.slice(0, top.line).some((line) => line.trim() !== '')) return null;
  const text = squash(headingTitle(top.text).replace(PICTOGRAPH, ' '));
  const hiring = IS_HIRING.exec(text)?.[1];
  const name = squash(hiring ?? text);
  if (name === '' || namesRole(name) || (!hiring && OPENINGS_CUE.test(name))) return null;
  const words = name.split(' ');
  return words.length <= 6 && words.every((word) => NAME_WORD.test(word)) ? name : null;
}

/**
 * The openings listed under headings that say so (see the module comment), or null when there
 * are none. Each posting's lines are the list heading's own text, then its own section.
 */
export function headedRoleList(lines: readonly string[], headings: readonly Heading[]): SplitText | null {
  const items: Item[] = [];
  for (let n = 0; n < headings.length; n++) {
    const cue = headings[n] as Heading;
    const title = headingTitle(cue.text);
    if (!LISTS_OPENINGS_HEADING.test(title) || namesRoleAhead(title)) continue;
    const found = listUnder(lines, headings, n);
    items.push(...found);
    // Carry on after the list: a later heading may list more ("Student Hourly Positions").
    const last = found[found.length - 1];
    if (last) n = Math.max(n, headings.findIndex((h) => h.line >= last.end) - 1);
    if (n < 0) break;
  }
  if (items.length === 0) return null;
  const firstItem = items[0] as Item;
  const cueLine =
    headings
      .filter((h) => h.line < firstItem.heading.line && LISTS_OPENINGS_HEADING.test(headingTitle(h.text)))
      .pop()?.line ?? firstItem.heading.line;
  const sections: TextSection[] = items.map((item, n) => {
    const next = items[n + 1]?.heading.line ?? lines.length;
    const own = lines.slice(item.heading.line + item.heading.span, Math.min(next, item.end));
    // The list heading's text is every posting's under it: the first one's "shared" lines.
    const listText =
      items
        .slice(0, n + 1)
        .reverse()
        .find((i) => i.shared.length > 0 && i.end === item.end)?.shared ?? [];
    return {
      lines: bodyChars(listText, 0, listText.length) > 0 ? [...listText, '', ...own] : own,
      title: item.title,
      company: null,
      url: item.url,
    };
  });
  const lastEnd = (items[items.length - 1] as Item).end;
  return {
    intro: [...lines.slice(0, cueLine), ...lines.slice(lastEnd)],
    sections,
    shared: { company: employerHeading(lines, headings), location: placeUnderHeading(lines, headings) },
  };
}

/** A bullet's mark: "* ", "- ", "1. ", "-" or "--" written against the word ("-Rails developer"). */
const ITEM_MARK_SOURCE = String.raw`(?:[-*+•]\s+|--?\s*(?=\p{L})|\d{1,2}[.)]\s+)`;

/**
 * "* Senior Backend Engineer ($150k-$180k): https://acme.example/jobs/1", "Data Engineer | Platform
 * team | https://…", "- Site Reliability Engineer – https://…": a line that names one role, a note
 * in brackets (pay, place, level) and what follows a colon, dash or bar (a link, a team).
 */
const ROLE_ITEM = new RegExp(
  String.raw`^${ITEM_MARK_SOURCE}?([\p{L}](?:[^|:()[\]]|\([^()]{1,40}\)(?=\s+\p{L}))*?)\s*(?:\(([^)]{1,80})\))?\s*(?:(?::|\||\s[-–—])\s*(.{0,300}))?$`,
  'u',
);
/** A bullet's mark at a line's start, its indent included. */
const ITEM_MARK = new RegExp(String.raw`^\s*${ITEM_MARK_SOURCE}`, 'u');
/** Longest role name read from a list line. */
const MAX_ROLE_NAME = 90;
/**
 * A bullet of a short capitalised name, a note in brackets and a link aside ("- Game Master (work
 * with MMO developers)", "* Business Development - http://…"): a role's name when it stands among
 * lines that name roles, though its words alone name none.
 */
const SHORT_ITEM = new RegExp(
  String.raw`^${ITEM_MARK_SOURCE}(\p{Lu}[\p{L}\d&/+.'’-]*(?:\s+[\p{L}\d&/+.'’-]+){0,3})\s*(?:\([^)]{1,80}\))?\s*(?:(?::|\||\s[-–—])\s*https?:\/\/\S+)?$`,
  'u',
);
/** A list line's last part, a link after a mark: "Senior Software Engineer - Java/NoSQL - http://…". */
const BEFORE_LINK = /^(.{2,120}?)\s*(?::|\||\s[-–—])\s*[<[]?https?:\/\/\S+$/;
/** Words before the run that say openings follow ("We're hiring for:", "Open roles"). */
const ROLE_LIST_CUE =
  /\b(?:hiring|recruiting|looking (?:to fill|for)|seeking|open (?:positions|roles|jobs)|positions|openings|vacancies|roles)\b/i;
/** "We're hiring for: A, B and C." — a sentence that names the roles after a cue and a colon. */
const INLINE_ROLES =
  /\b(?:hiring|recruiting|looking for|seeking|open (?:positions|roles))\b[^:\n]{0,40}:\s*(.{3,400})$/i;
/**
 * "* Senior Backend Engineer ($150k): https://…", "Data Engineer | https://…" one after another
 * inside one run of text (a comment whose line breaks were lost): a role's name, a note in
 * brackets, then a colon, dash or bar and its link.
 */
const INLINE_ITEM =
  /(?:^|[\s*•·;,])((?:[\p{Lu}\d][\p{L}\d&/+.#'’-]*,?\s+(?:(?:of|and|for|&|in|the)\s+)?){0,7}[\p{Lu}\d][\p{L}\d&/+.#'’-]*)\s*(?:\(([^)]{1,80})\))?\s*(?::|[-–—|])\s*(https?:\/\/[^\s,;)]+)/gu;

/** The roles a run of text gives with their links (see INLINE_ITEM), their names cut to the role. */
function inlineItems(text: string, line: number): (RoleLine & { readonly note: string | null })[] {
  const out: (RoleLine & { readonly note: string | null })[] = [];
  for (const match of text.slice(0, 20_000).matchAll(INLINE_ITEM)) {
    // "We're hiring a Senior Engineer": the words before the role's name are no part of it.
    const words = squash((match[1] ?? '').replace(/,$/, '')).split(' ');
    while (words.length > 1 && !namesRole(words.join(' '))) words.shift();
    const title = words.join(' ');
    if (namesRole(title)) out.push({ line, title, url: match[3] ?? null, note: match[2] ?? null });
    if (out.length > 200) break;
  }
  return out;
}

/** A document's first line of fields: "Acme | NYC | Full time", "Acme - https://… - Houston, TX". */
const HEADER_FIELDS = /\S\s+(?:\||--?|[–—])\s+\S/;

/** A line that is one address alone. */
const LONE_LINK = /^<?https?:\/\/\S+>?$/;

/** Fewest role lines that make a list of them. */
const MIN_ROLE_LINES = 2;

interface RoleLine {
  readonly line: number;
  readonly title: string;
  readonly url: string | null;
  /** The place the line gives after the role ("C/C++ Engineer - Budapest or Europe (https://…)"). */
  readonly place?: string | null;
}

/** What a role line says after its role, when it is a place: "Budapest", "Budapest or Europe". */
function linePlace(rest: string): string | null {
  const text = squash(rest.replace(/\(?\s*<?https?:\/\/\S+>?\s*\)?/g, ' ').replace(/[.;,]+$/, ''));
  if (text === '' || text.length > 80) return null;
  const head = text.split(/\s+(?:or|and|\/)\s+|\s*\/\s*/)[0] ?? '';
  return looksLikeLocation(text) || looksLikeLocation(head) ? text : null;
}

/** A line of a list that names one role (see ROLE_ITEM), or null. */
function roleItem(text: string, line: number): RoleLine | null {
  const plain = squash(text);
  const match = ROLE_ITEM.exec(plain);
  let title = squash(match?.[1] ?? '');
  // "DRIVER'S LICENSE & RELIABLE VEHICLE:" with nothing after its mark is a label heading the text
  // below it, not a role in a list (a listed role's colon, dash or bar leads to its link or note).
  if (!match || title === '' || title.length > MAX_ROLE_NAME || match[3] === '') return null;
  const url = /https?:\/\/\S+/.exec(match[3] ?? '')?.[0] ?? null;
  // "Backend: https://boards.greenhouse.io/acme/jobs/496462": a short name before the address of
  // one posting names that posting, though its words alone name no role.
  const pointsAtPosting = url !== null && isAtsPosting(url) && title.split(' ').length <= 6;
  if (!namesRoleAhead(title) && !pointsAtPosting) return null;
  // "Senior Software Engineer - Java/NoSQL - http://…": what stands between the role and its link
  // is part of its name (two such lines name two roles); a note in brackets is not ("… - Full
  // Stack (Technical Lead, $200,000 - $250,000): https://…").
  const whole = squash(
    (BEFORE_LINK.exec(plain.replace(ITEM_MARK, ''))?.[1] ?? '').replace(/\s*\([^()]{0,200}\)/g, ''),
  );
  if (url && whole.length > title.length && !/[()[\]]|https?:/.test(whole) && whole.length <= MAX_ROLE_NAME)
    title = whole;
  const place = title === squash(match[1] ?? '') ? linePlace(match[3] ?? '') : null;
  return { line, title, url, place };
}

/** A short name in a bullet (SHORT_ITEM) that stands among role lines as one of them, or null. */
function siblingItem(text: string, line: number): RoleLine | null {
  const plain = squash(text);
  const match = SHORT_ITEM.exec(plain);
  const title = squash(match?.[1] ?? '');
  if (!match || title === '') return null;
  const url = /https?:\/\/\S+/.exec(plain)?.[0] ?? null;
  // "- All Open Positions: https://jobs.lever.co/acme": the list's own name and its board's page.
  if (OPENINGS_CUE.test(title) || (url !== null && isAtsBoard(url))) return null;
  return { line, title, url };
}

/** The lines up to two before `line` (within its paragraph or the one before) as one string. */
function linesBefore(lines: readonly string[], line: number): string {
  const before: string[] = [];
  for (let i = line - 1; i >= 0 && before.length < 2; i--) {
    const text = (lines[i] ?? '').trim();
    if (text !== '') before.push(text);
  }
  return before.join('\n');
}

/**
 * Roles listed one a line after words that say openings follow (an employer's "Who is hiring"
 * comment: "Acme | Berlin | Full-time" then "We're hiring for:" and a line per role), or named in
 * one sentence after such words and a colon ("We're hiring for: Data Engineer, SRE and Designer").
 * Each role is one posting; its line is its own text. Null unless two or more roles are found.
 */
export function listedRoles(lines: readonly string[]): SplitText | null {
  // Postings that each open with a header line of fields of their own: one each, its own lines.
  const headers = headerSections(lines);
  if (headers.length >= MIN_ROLE_LINES) {
    return {
      intro: lines.slice(0, (headers[0] as HeaderSection).from),
      sections: headers.map((head) => ({
        lines: lines.slice(head.from, head.to),
        title: head.title,
        company: head.company,
        url: null,
        location: head.location,
      })),
    };
  }
  const found: RoleLine[] = [];
  // What a role given inside a run of text has as its own (its name and its note).
  const ownText = new Map<RoleLine, string>();
  let run: RoleLine[] = [];
  // Short names among the run's role lines ("- Game Master (…)"): roles of the list too.
  let siblings: RoleLine[] = [];
  let runStart = -1;
  let others = 0;
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  const close = () => {
    // Most of the run's lines name a role, and what comes before it says openings follow, or the
    // run stands right under the document's header line of fields ("Acme | NYC | Full time").
    const cued =
      ROLE_LIST_CUE.test(linesBefore(lines, runStart)) ||
      // Each line's link is one posting on an applicant tracking system: the links say it.
      run.every((item) => item.url !== null && isAtsPosting(item.url)) ||
      (others === 0 &&
        siblings.length === 0 &&
        firstLine >= 0 &&
        runStart === lines.findIndex((line, k) => k > firstLine && line.trim() !== '') &&
        HEADER_FIELDS.test(lines[firstLine] ?? ''));
    if (run.length >= MIN_ROLE_LINES && run.length > others + siblings.length && cued)
      found.push(...[...run, ...siblings].sort((a, b) => a.line - b.line));
    run = [];
    siblings = [];
    runStart = -1;
    others = 0;
  };
  let fenced = false;
  for (let i = 0; i < lines.length && i < 5_000; i++) {
    const text = (lines[i] ?? '').trim();
    // An example inside fenced code is not the document's own list.
    if (FENCE.test(lines[i] ?? '')) {
      close();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    if (text === '') {
      // A blank line inside a list of items is a loose list; two end it.
      if ((lines[i + 1] ?? '').trim() === '') close();
      continue;
    }
    // "Security Software Engineer:" over its link alone on the next line: one item.
    const below = (lines[i + 1] ?? '').trim();
    const joined = /:$/.test(text) && LONE_LINK.test(below);
    const item = text.length <= 400 ? roleItem(joined ? `${text} ${below}` : text, i) : null;
    if (item && joined) i++;
    if (item) {
      if (runStart === -1) runStart = i;
      run.push(item);
      continue;
    }
    const sibling = text.length <= 200 ? siblingItem(text, i) : null;
    if (sibling) {
      if (runStart === -1) runStart = i;
      siblings.push(sibling);
      continue;
    }
    if (run.length > 0 && ITEM_MARK.test(text)) {
      others++;
      continue;
    }
    close();
    // Roles with their links one after another in one run of text, after words saying so.
    const inlined = text.length <= 20_000 ? inlineItems(text, i) : [];
    if (inlined.length >= MIN_ROLE_LINES && ROLE_LIST_CUE.test(`${linesBefore(lines, i)}\n${text}`)) {
      for (const item of inlined) {
        found.push(item);
        ownText.set(item, `${item.title}${item.note ? ` (${item.note})` : ''}`);
      }
      continue;
    }
    const inline = INLINE_ROLES.exec(text);
    if (inline) {
      const names = (inline[1] ?? '')
        .replace(/[.!]\s*$/, '')
        .split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*;\s*/)
        .map((name) => squash(name.replace(/\s*\([^)]*\)\s*/g, ' ')))
        .filter((name) => name !== '');
      const roles = names.filter((name) => namesRole(name));
      // Every name is a role: a sentence of duties or skills after a colon is not a list of openings.
      if (roles.length >= MIN_ROLE_LINES && roles.length === names.length)
        found.push(...roles.map((title) => ({ line: i, title, url: null })));
    }
  }
  close();
  const seen = new Set<string>();
  const postings = found.filter((role) => {
    const key = role.title.toLowerCase();
    const again = seen.has(key);
    seen.add(key);
    return !again;
  });
  // Roles each over a block of their own text, when they are more than the listed ones.
  const blocks = roleBlocks(lines);
  if (blocks.length >= MIN_ROLE_LINES && blocks.length >= postings.length) {
    return {
      intro: lines.slice(0, (blocks[0] as RoleBlock).line),
      sections: blocks.map((block) => ({
        lines: lines.slice(block.line + 1, block.end),
        title: block.title,
        company: null,
        url: block.url,
        location: block.place,
      })),
    };
  }
  // Failing a list, the roles the header line of fields names ("Acme | Backend Engineer, Data
  // Engineer | Berlin | REMOTE"): each posting is the whole text, header and all.
  const headed = postings.length < MIN_ROLE_LINES ? headerRoles(lines) : { line: 0, names: [], places: [] };
  if (headed.names.length >= MIN_ROLE_LINES) {
    return {
      intro: lines.slice(0, headed.line + 1),
      sections: headed.names.map((title, k) => ({
        lines: lines.slice(headed.line),
        title,
        company: null,
        url: null,
        location: headed.places[k] ?? null,
      })),
    };
  }
  // Failing a list, roles named one after another in the sentence that says who is hired.
  const said = postings.length < MIN_ROLE_LINES ? hiredInSentence(lines) : [];
  if (said.length >= MIN_ROLE_LINES) {
    const line = (said[0] as RoleLine).line;
    return {
      intro: lines.slice(0, line),
      sections: said.map((role) => ({ lines: [], title: role.title, company: null, url: null })),
    };
  }
  if (postings.length < MIN_ROLE_LINES) return null;
  const first = postings[0] as RoleLine;
  return {
    intro: lines.slice(0, first.line),
    sections: postings.map((role) => ({
      // The role's own line (its pay, its place) is its text; a sentence of names gives none.
      lines: ownText.has(role)
        ? [ownText.get(role) ?? '']
        : found.some((other) => other !== role && other.line === role.line)
          ? []
          : [lines[role.line] ?? ''],
      title: role.title,
      company: null,
      url: role.url,
      location: role.place ?? null,
    })),
  };
}

/** A field of a header line that names several roles: "Backend Engineer, Data Engineer". */
const ROLE_NAMES_SPLIT = /\s*(?:,|;|\s&\s|\s\+\s|\s+and\s+|\s+or\s+|\s\/\s)\s*/i;

/**
 * The roles the document's first line of bar-separated fields names in one of its fields
 * ("Acme | Backend Engineer, Data Engineer | Berlin | REMOTE | https://…"), with the line they
 * stand on; [] unless one field names two or more roles and nothing else. "Senior/Staff
 * Engineer" or "Frontend & Backend Engineers" name one role each (their parts name none).
 */
/** Whether a line of bar-separated fields names two or more roles in one of its fields. */
export function headerNamesRoles(line: string): boolean {
  return headerRoles([line]).names.length >= MIN_ROLE_LINES;
}

function headerRoles(lines: readonly string[]): {
  readonly line: number;
  readonly names: readonly string[];
  readonly places: readonly (string | null)[];
} {
  const first = lines.findIndex((line) => line.trim() !== '');
  const header = lines[first] ?? '';
  const none = { line: first, names: [], places: [] };
  if (first < 0 || header.length > 400) return none;
  // The fields at the line's strongest separator: bars, long dashes, " - " (links as their text).
  const fields = headerFields(header.replace(/\[([^\]]{1,200})\]\([^)\s]{0,2048}\)/g, '$1'));
  if (fields.length < 3) return none;
  // The roles may stand first ("Software Developer/Web Developer | NewsNow.co.uk | London").
  for (const field of fields) {
    const names = rolesInField(field);
    if (names.length >= MIN_ROLE_LINES) {
      // "Engineering Manager (San Francisco), Senior Product Engineer (London, UK)": each its place.
      const places = names.map((name) => {
        const note = field.slice(field.indexOf(name) + name.length).match(/^\s*\(([^)]{2,80})\)/)?.[1];
        return note && looksLikeLocation(squash(note)) ? squash(note) : null;
      });
      return { line: first, names, places };
    }
  }
  // "Hiya | Lead Android Developer | Sr. Software Engineer, Apps | Seattle": a field for each role.
  const roleFields = fields.slice(1).filter((field) => namesRole(field));
  if (
    roleFields.length >= MIN_ROLE_LINES &&
    new Set(roleFields.map((f) => f.toLowerCase())).size === roleFields.length
  )
    return {
      line: first,
      names: roleFields.map((field) => withoutStackNote(field)),
      places: roleFields.map(() => null),
    };
  return none;
}

/**
 * Separators between roles named in one field, strongest first: a field is split at the first
 * kind that leaves two or more names, every one a role ("Full Stack Developer, Course Design &
 * Back-End Developer, Course Design" at "&"; "Staff Engineer/Senior Engineer" at "/").
 */
const BARE_SLASH = /\//;
const ROLE_SEPARATORS: readonly RegExp[] = [
  /\s*;\s*/,
  /\s+(?:&|\+|and|or)\s+|\s\/\s/i,
  ROLE_NAMES_SPLIT,
  BARE_SLASH,
];

/** The roles one header field names, or [] when it names fewer than two or anything else. */
function rolesInField(field: string): string[] {
  const bare = field.replace(/\s*\([^)]{0,80}\)/g, '');
  for (const separator of ROLE_SEPARATORS) {
    let names = bare
      .split(separator)
      .map((name) => squash(name))
      // "…, Senior Designers, and more!": the list's tail names no role.
      .filter((name) => name !== '' && !MORE_TAIL.test(name));
    // "Senior Manager, IT": at a comma a short part that names no role is the field of the role before it.
    if (separator === ROLE_NAMES_SPLIT) names = withFieldsJoined(names);
    if (names.length < MIN_ROLE_LINES) continue;
    // At a bare "/" each part is a whole title ("Software Developer/Product Manager"), not a
    // role and its alternative ("Information Security Engineer/Manager").
    if (separator === BARE_SLASH && names.some((name) => !name.includes(' '))) continue;
    const distinct = new Set(names.map((name) => name.toLowerCase()));
    if (distinct.size === names.length && names.every(namesRoleOrPlural)) return names;
  }
  return [];
}

/** Whether a name names a role, in the plural too ("Senior Software Engineers", "Product Designers"). */
function namesRoleOrPlural(name: string): boolean {
  return namesRole(name) || namesRole(name.replace(/(?<=\p{Ll})s$/u, ''));
}

/** Most words of a role's field written after it and a comma ("Manager, IT", "Engineer, Data Platform"). */
const MAX_FIELD_WORDS = 3;

/**
 * Names split at commas with each short part that names no role joined back to the role before
 * it: "Senior Java Software Engineer", "Senior Manager", "IT", "Technical Support Engineer" →
 * "Senior Java Software Engineer", "Senior Manager, IT", "Technical Support Engineer".
 */
function withFieldsJoined(names: readonly string[]): string[] {
  const joined: string[] = [];
  for (const name of names) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      namesRoleOrPlural(previous) &&
      !namesRoleOrPlural(name) &&
      /^\p{Lu}/u.test(name) &&
      name.split(/\s+/).length <= MAX_FIELD_WORDS
    )
      joined[joined.length - 1] = `${previous}, ${name}`;
    else joined.push(name);
  }
  return joined;
}

/** The tail of a list of roles that names none: "and more!", "etc.", "and others". */
const MORE_TAIL = /^(?:and\s+|&\s+)?(?:many\s+)?(?:more|others|other roles|etc)\b[.!…]*$/i;

/** Fewest characters of its own text that make a role line the head of a posting's block. */
const MIN_BLOCK_CHARS = 100;
/** Words saying a text offers several openings: "a few positions", "two roles", "open positions". */
const SEVERAL_CUE =
  /\b(?:positions|roles|openings|vacancies|posts|several|multiple|a few|two|three|four|five|six)\b/i;
/** A rule line between blocks: "-----", "=====". */
const RULE_LINE = /^\s*(?:[=*_~-]\s*){5,}$/;
/** The mark a line starts with, its indent included ("", "* ", "  - ", "1. "). */
const LINE_MARK = new RegExp(String.raw`^\s*${ITEM_MARK_SOURCE}?`, 'u');

interface RoleBlock extends RoleLine {
  /** Where its block ends: the next role line of its kind, or the document's end. */
  readonly end: number;
  /** The place its line gives after the role ("* Java developer - Amsterdam, EU."). */
  readonly place: string | null;
}

/**
 * Roles that each head a block of their own text, as headings would without Markdown markup: a
 * line that names a role, standing after a blank or rule line, with the mark the others have
 * ("* Java developer - Amsterdam, EU.", "Product Designer" alone), over its own paragraphs or
 * bullets up to the next one. Two or more of one mark, each over a body of its own and none
 * straight under another (that is a list, read above): one posting each. Else [].
 */
function roleBlocks(lines: readonly string[]): RoleBlock[] {
  const byMark = new Map<string, (RoleLine & { readonly place: string | null })[]>();
  let fenced = false;
  for (let i = 0; i < lines.length && i < 5_000; i++) {
    const raw = lines[i] ?? '';
    if (FENCE.test(raw)) {
      fenced = !fenced;
      continue;
    }
    const text = raw.trim();
    const before = (lines[i - 1] ?? '').trim();
    if (fenced || text === '' || text.length > 120 || (before !== '' && !RULE_LINE.test(before))) continue;
    const item = roleItem(text, i);
    if (!item) continue;
    const mark = (LINE_MARK.exec(raw)?.[0] ?? '').replace(/\d+/, '1').replace(/\s+$/, ' ');
    const rest = squash((ROLE_ITEM.exec(squash(text))?.[3] ?? '').replace(/[.;]+$/, ''));
    const place = !item.url && rest !== '' && looksLikeLocation(rest) ? rest : null;
    // "Full-Stack Developer - Node.js" alone on its line: all of it is the role's name, unless
    // what follows the mark is a place, a link or a sentence.
    const whole = squash(text.replace(ITEM_MARK, ''));
    const title =
      !item.url && !place && rest !== '' && whole.length <= MAX_ROLE_NAME && !/[.,;!?()]$|[,;]/.test(rest)
        ? whole
        : item.title;
    const group = byMark.get(mark) ?? [];
    group.push({ ...item, title, place });
    byMark.set(mark, group);
  }
  let heads: (RoleLine & { readonly place: string | null })[] = [];
  let headMark = '';
  for (const [mark, group] of byMark) {
    if (group.length <= heads.length) continue;
    heads = group;
    headMark = mark;
  }
  if (heads.length < MIN_ROLE_LINES) return [];
  const blocks = heads.map((head, k) => ({ ...head, end: heads[k + 1]?.line ?? lines.length }));
  const ownBody = blocks.every((block) => {
    const next = lines.findIndex((line, k) => k > block.line && line.trim() !== '');
    return next < block.end && bodyChars(lines, block.line + 1, block.end) >= MIN_BLOCK_CHARS;
  });
  const titles = new Set(blocks.map((block) => block.title.toLowerCase()));
  // What stands before the first block says several openings follow: a single posting's own
  // section lines ("Office of Secretary of State", "Election Technology Specialist (ITS3)") are
  // no list of roles. Lines of one bullet mark may follow the words of a list's cue instead.
  const intro = lines.slice(0, (blocks[0] as RoleBlock).line).join('\n');
  const cued = SEVERAL_CUE.test(intro) || (headMark.trim() !== '' && ROLE_LIST_CUE.test(intro));
  return ownBody && cued && titles.size === blocks.length ? blocks : [];
}

/**
 * "Acme is hiring a designer, a frontend developer, and marketing interns.": the hiring verb, then
 * an article and the roles one after another, every one of them a role's name.
 */
const HIRING_SENTENCE =
  /\b(?:is|are|(?:we|they)(?:'|’)re)\s+(?:now\s+|currently\s+|also\s+)?(?:hiring|looking\s+for|seeking|recruiting)\s+(?:for\s+)?((?:an?|the)\s+[^.!?;:\n]{3,300})/giu;
/** Words after a role's name that start what is said of it ("a designer to join our team"). */
const AFTER_NAME = /\s+(?:to|who|that|with|for|in|at|on|based|from|as)\b.*$/i;

/** The roles one sentence says are hired (HIRING_SENTENCE); [] unless two or more and all are roles. */
function hiredInSentence(lines: readonly string[]): RoleLine[] {
  for (let i = 0; i < lines.length && i < 2_000; i++) {
    const text = lines[i] ?? '';
    if (text.length > 2_000) continue;
    for (const match of text.matchAll(HIRING_SENTENCE)) {
      const names = (match[1] ?? '')
        .split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/)
        .map((name) => squash(name.replace(/^(?:an?|the)\s+/i, '').replace(AFTER_NAME, '')))
        .filter((name) => name !== '');
      // A plural names the role too ("marketing interns").
      const roles = names.filter((name) => namesRole(name) || namesRole(name.replace(/s$/, '')));
      const distinct = new Set(roles.map((name) => name.toLowerCase()));
      if (roles.length >= MIN_ROLE_LINES && roles.length === names.length && distinct.size === roles.length)
        return roles.map((title) => ({ line: i, title, url: null }));
    }
  }
  return [];
}
