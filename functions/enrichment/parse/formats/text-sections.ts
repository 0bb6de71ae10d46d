/**
 * A text document that holds several postings, found by its structure as a person finds them:
 * - roles with a section each: one heading level (Markdown `#`, or a setext underline) at which
 *   two or more headings name a role and each heads a body of its own (duties, requirements,
 *   pay); a posting's own sub-headings ("Requirements", "About the team") name no role, so one
 *   posting is never cut into several;
 * - an index of openings: headings (an employer each) over bulleted links whose text names a
 *   role ("#### [Acme](…)" / "- [Data Engineer](…)"), each link one posting of that employer.
 * - a list of records: paragraphs (blank-line separated) that each open with a line naming a
 *   role over short lines of its own (an employer, a place, pay, "Label: value" lines, a link),
 *   as pasted search-result cards and a feed flattened to text are; three or more such records
 *   making up most of the paragraphs between the first and the last of them.
 * - roles named by their links: a run of lines that are each one link naming a role (a list
 *   under "Open positions", a newsletter's "We are hiring!"), or one paragraph that names two or
 *   more roles as links ("we're looking to grow in these areas: [engagement manager](…), …"),
 *   each link one posting of the document's employer; a note after a listed link ("[Remote -
 *   Global]") is its place.
 * Lines before the first posting are the document's own (its intro), read for what every
 * posting shares.
 */
import { squash } from '../../fields.ts';
import { speaksToReader } from './candidate-address.ts';
import { labelledRuns } from './labelled-runs.ts';
import { linkedOpenings } from './link-list.ts';
import { type ListingNote, listingNote } from './listing-note.ts';
import { looksLikeLocation } from './location.ts';
import {
  ATX,
  BULLET,
  bodyChars,
  FENCE,
  type Heading,
  headingsOf,
  headingTitle,
  namesRole,
  OPENINGS_CUE,
} from './markdown-headings.ts';
import { namesFunction, OPENINGS_WORDS } from './offer-language.ts';
import { repeatedSections } from './repeated-sections.ts';
import { headedRoleList, listedRoles } from './role-list.ts';
import { cleanTitle, isRoleLine } from './title-line.ts';

export { namesRole } from './markdown-headings.ts';

/** Below this many characters of its own text, a role heading heads a mention, not a posting. */
const MIN_SECTION_CHARS = 200;
/**
 * On a page that says it lists openings, a role heading over this much of its own (a few lines of
 * stack or duties) is one of them: "### バックエンドエンジニア" over "Ruby on Rails / PostgreSQL".
 */
const MIN_LISTED_SECTION_CHARS = 40;

/** "[Text](url)" or "[Text](url) (note)": a whole bullet that is one link. */
const LINK_ITEM = /^\[([^\]]{2,150})\]\((\S{1,2048}?)\)\s*(?:\([^)]{0,80}\))?\s*$/;

/**
 * The text of a document a reader sees: outside fenced code (an example in code is not the
 * document's own text) and outside HTML comments (a Markdown page's hidden "there are no
 * vacancies at present" kept for when its list is empty; an unclosed one runs to the end).
 */
export function shownText(lines: readonly string[]): string {
  let fenced = false;
  const text = lines
    .filter((line) => {
      if (FENCE.test(line)) fenced = !fenced;
      else return !fenced;
      return false;
    })
    .join('\n');
  let shown = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', at)) {
    shown += text.slice(at, open);
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return shown;
    at = close + 3;
  }
  return shown + text.slice(at);
}

/** One posting's part of the document, with the lines it starts with. */
export interface TextSection {
  readonly lines: readonly string[];
  /** The title the structure gives (the heading or link), when it gives one. */
  readonly title: string | null;
  readonly company: string | null;
  readonly url: string | null;
  /** A record of a list (a result card, a flattened feed item): its short lines are its fields. */
  readonly record?: boolean;
  /** The place the structure gives this posting alone (a note after its link). */
  readonly location?: string | null;
}

export interface SplitText {
  /** Lines before the first posting: the document's own, shared by every posting. */
  readonly intro: readonly string[];
  readonly sections: readonly TextSection[];
  /** What the structure says every posting shares (a "Location" heading, a title heading naming the employer). */
  readonly shared?: { readonly company: string | null; readonly location: string | null };
}

/**
 * Whether a heading or a link names an opening: a role, or on a page that says it lists openings
 * a function alone ("Backend", "フロントエンド開発", offer-language.ts's ROLE_FUNCTIONS).
 */
function namesOpening(text: string, hiring: boolean): boolean {
  return namesRole(text) || (hiring && namesFunction(text));
}

/**
 * Whether a document says it is about hiring: the words with which a page says it lists openings
 * (in English or another language), in its title or its text. A career ladder, a handbook or a
 * project's README names roles and functions without them.
 */
function saysHiring(shown: string, title: string | null): boolean {
  const text = `${title ?? ''}\n${shown.slice(0, 100_000)}`;
  return LISTS_OPENINGS.test(text) || OPENINGS_WORDS.test(text) || APPLYING.test(text);
}

/** Whether a document says it lists openings ("Open positions", "채용 중인 포지션"), not only that it speaks of applying. */
function saysOpenings(lines: readonly string[], shown: string, title: string | null): boolean {
  // English hiring words only in the title or a heading: a ladder's duties speak of "hiring" and
  // "recruiting" too.
  const heads = lines.filter((line) => /^\s{0,3}#/.test(line)).join('\n');
  return (
    LISTS_OPENINGS.test(`${title ?? ''}\n${heads}`) ||
    OPENINGS_WORDS.test(`${title ?? ''}\n${shown.slice(0, 100_000)}`)
  );
}
/** Words of applying for a job: "invites applications", "candidates must", "send your CV", "the position". */
const APPLYING = /\b(?:applications?|applicants?|candidates?|positions?|résumé|resume|cv|salary|salaries)\b/i;

/** Words of a level before or after a role's name: "Associate", "Senior", "Lead", "II", "L3". */
const LEVEL_WORDS =
  /\b(?:academy|associate|graduate|trainee|junior|jr|mid|intermediate|senior|sr|staff|lead|principal|distinguished|head of|i{1,3}|iv|v|l?\d)\b\.?/gi;

/**
 * Whether titles are a ladder of levels rather than openings: most of them one of three or more
 * levels of the same role ("Associate Product Manager", "Product Manager", "Senior Product
 * Manager", "Lead Product Manager"), as a handbook's catalogue of roles or a career ladder lists
 * them. A list of openings names a role at a level or two.
 */
function laddered(titles: readonly string[]): boolean {
  if (titles.length < 6) return false;
  const bases = titles.map((title) => squash(title.toLowerCase().replace(LEVEL_WORDS, ' ')));
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const onLadder = bases.filter((base) => base !== '' && (counts.get(base) ?? 0) >= 3).length;
  return onLadder * 2 >= titles.length;
}

/**
 * Roles with a section each: the heading level at which most headings name a role with a body
 * of its own; null unless two or more do.
 */
function roleSections(
  lines: readonly string[],
  headings: readonly Heading[],
  hiring = false,
): SplitText | null {
  let best: { level: number; starts: Heading[] } | null = null;
  const least = hiring ? MIN_LISTED_SECTION_CHARS : MIN_SECTION_CHARS;
  for (let level = 1; level <= 6; level++) {
    const atLevel = headings.filter((h) => h.level === level);
    const starts: Heading[] = [];
    for (const [n, heading] of atLevel.entries()) {
      // "Barnacle Systems (Co-Op / Intern Friendly)": a note in brackets names no role.
      if (!namesOpening(headingTitle(heading.text), hiring)) continue;
      // Its own body runs to the next heading of this level or above.
      const end = headings.find((h) => h.line > heading.line && h.level <= level)?.line ?? lines.length;
      const next = atLevel[n + 1]?.line ?? lines.length;
      if (bodyChars(lines, heading.line + heading.span, Math.min(end, next)) >= least) starts.push(heading);
    }
    // Most headings of the level name a posting: a list of duties that names a role or two does not.
    if (starts.length < 2 || starts.length * 2 < atLevel.length) continue;
    if (!best || starts.length > best.starts.length) best = { level, starts };
  }
  if (!best) return null;
  const { level, starts } = best;
  // A heading above them that names a role is the posting they are sections of.
  const first = starts[0]?.line ?? 0;
  const headsPosting = (text: string) =>
    namesRole(text) || namesRole(text.slice(text.lastIndexOf(':') + 1).trim());
  if (headings.some((h) => h.line < first && h.level < level && headsPosting(headingTitle(h.text))))
    return null;
  const sections = starts.map((heading, n) => {
    // A section runs to the next posting, or to a heading above its level (the document's own).
    const nextStart = starts[n + 1]?.line ?? lines.length;
    const above = headings.find((h) => h.line > heading.line && h.level < level)?.line ?? lines.length;
    const end = Math.min(nextStart, above);
    return {
      lines: lines.slice(heading.line + heading.span, end),
      title: headingTitle(heading.text),
      company: null,
      url: null,
    };
  });
  return { intro: lines.slice(0, starts[0]?.line ?? 0), sections };
}

/**
 * An index of openings: under a heading each, bullets that are only a link whose text names a
 * role. The heading names the employer. Null unless two or more such links are found.
 */
function indexOfLinks(lines: readonly string[], headings: readonly Heading[]): SplitText | null {
  const sections: TextSection[] = [];
  let firstLine = -1;
  for (const [n, heading] of headings.entries()) {
    const end = headings[n + 1]?.line ?? lines.length;
    const links: { title: string; url: string }[] = [];
    let roles = 0;
    let other = 0;
    for (let i = heading.line + heading.span; i < end; i++) {
      const line = (lines[i] ?? '').trim();
      if (line === '') continue;
      const item = BULLET.test(line) ? LINK_ITEM.exec(line.replace(BULLET, '')) : null;
      if (!item) {
        other++;
        continue;
      }
      const title = squash(item[1] ?? '');
      links.push({ title, url: item[2] ?? '' });
      // "Mobile Developer:Swift" names a role though it reads like a label.
      if (isRoleLine(cleanTitle(title)) || isRoleLine(title.replace(/:/g, ' '))) roles++;
    }
    // A heading over a list of links that name roles, and little else: its employer's openings.
    if (links.length === 0 || roles === 0 || roles * 2 < links.length || other > links.length) continue;
    if (firstLine === -1) firstLine = heading.line;
    // "Open positions" heads a list of openings; an employer's name heads its own.
    const name = squash(headingTitle(heading.text).replace(/\s*\([^)]*\)\s*$/, ''));
    const company = OPENINGS_CUE.test(name) ? null : name;
    for (const link of links) sections.push({ lines: [], title: link.title, company, url: link.url });
  }
  return sections.length >= 2 ? { intro: lines.slice(0, Math.max(0, firstLine)), sections } : null;
}

/** Fewest records that make a list of them: two role-headed paragraphs may be one posting's. */
const MIN_RECORDS = 3;
/** Longest line that opens a record or stands under its title as a field; longer ones are prose. */
const MAX_RECORD_LINE = 120;

interface Paragraph {
  readonly from: number;
  readonly to: number;
}

/** Blank-line separated runs of lines, outside fenced code. */
function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || (lines[i] ?? '').trim() === '';
    if (!blank && start === -1) start = i;
    else if (blank && start !== -1) {
      out.push({ from: start, to: i });
      start = -1;
    }
  }
  return out;
}

/**
 * A paragraph that opens a record: its first line names a role and is not a list item, and the
 * line under it is a short field (an employer, a place, "Location: Leeds"), not a sentence.
 */
function opensRecord(lines: readonly string[], p: Paragraph): boolean {
  if (p.to - p.from < 2) return false;
  const first = lines[p.from] ?? '';
  const second = squash(lines[p.from + 1] ?? '');
  if (BULLET.test(first) || ATX.test(first) || first.length > MAX_RECORD_LINE) return false;
  if (second === '' || second.length > MAX_RECORD_LINE || /[.!?]$/.test(second) || BULLET.test(second))
    return false;
  if (!namesRole(headingTitle(first))) return false;
  // A record states a field of its own on a line: a place, pay, a label, a link, a kind of work.
  for (let i = p.from + 1; i < Math.min(p.to, p.from + RECORD_FIELD_LINES); i++) {
    if (isFieldLine(squash(lines[i] ?? ''))) return true;
  }
  return false;
}

/** Lines under a record's title read for a field of its own. */
const RECORD_FIELD_LINES = 8;
const FIELD_LABEL = /^[\p{L}][\p{L} ]{1,30}:\s*\S/u;
const LINK_LINE = /^(?:<?https?:\/\/\S+>?|\[[^\]]+\]\(\S+\))$/;
const PAY_LINE = /[$£€¥₹]\s?\d|\d\s?(?:€|eur|usd|gbp|chf|k)\b/i;
/** A kind of work or a posting date alone on a line ("Full-time", "Posted 2 days ago"). */
const KIND_LINE = /^(?:full|part)[- ]?time$|^posted\b/i;

/** A line that is one field of a record: "Location: Leeds", "Manchester", "£40,000 a year", a URL. */
function isFieldLine(line: string): boolean {
  if (line === '' || line.length > MAX_RECORD_LINE) return false;
  if (FIELD_LABEL.test(line) || LINK_LINE.test(line) || KIND_LINE.test(line)) return true;
  if (line.length <= 60 && PAY_LINE.test(line)) return true;
  return line.length <= 80 && looksLikeLocation(line);
}

/**
 * A list of records (see the module comment): each record runs from its opening paragraph to the
 * next one, its title the opening line. Null unless three or more open most of the paragraphs
 * between the first record and the last.
 */
function recordList(lines: readonly string[]): SplitText | null {
  const paragraphs = paragraphsOf(lines);
  if (paragraphs.length < MIN_RECORDS) return null;
  const opens = paragraphs.map((p) => opensRecord(lines, p));
  const first = opens.indexOf(true);
  const last = opens.lastIndexOf(true);
  const records = opens.filter(Boolean).length;
  if (records < MIN_RECORDS || records * 2 < last - first + 1) return null;
  const sections: TextSection[] = [];
  for (const [n, p] of paragraphs.entries()) {
    if (!opens[n]) continue;
    const next = paragraphs.slice(n + 1).find((_, k) => opens[n + 1 + k]);
    sections.push({
      lines: lines.slice(p.from + 1, next?.from ?? lines.length),
      title: headingTitle(lines[p.from] ?? ''),
      company: null,
      url: null,
      record: true,
    });
  }
  return { intro: lines.slice(0, paragraphs[first]?.from ?? 0), sections };
}

/** "[Developer Advocate](https://…/careers/devrel) [Remote - US]": a line that is one link and a note. */
const LINK_LINE_ITEM =
  /^\[([^\]]{2,150})\]\s?\((\S{1,2048}?)\)\s*(?:\[([^\]]{1,80})\]|\(([^)]{1,80})\)|,\s*([^[\]]{2,300})|\s[-–—|]\s+([^[\]()]{2,80}))?\s*$/;
/** A short list item with no sentence in it, and a note in brackets after it. */
const PLAIN_ITEM = /^([\p{L}\d][^.!?:;()[\]]{1,80}?)\s*(?:\(([^)]{1,60})\)|\[([^\]]{1,60})\])?\s*$/u;
/** Words of a job's name: capitalised, or the few small words names keep lower-case. */
const TITLE_CASE =
  /^[\p{Lu}\d][\p{L}\d&/.'’+-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&/.'’+-]*|of|and|for|&|the|in|de|\/|-|–))*$/u;
/** Inline links of a paragraph. */
const INLINE_LINK = /\[([^\]\n]{2,150})\]\((\S{1,2048}?)\)/g;
/** Words with which a document says it lists openings (a ladder's "career development" does not). */
const LISTS_OPENINGS =
  /\b(?:hiring|recruit|vacanc|opening|open (?:position|role|job)|jobs\b|careers\b|apply|join us)/i;
/** A paragraph that announces the roles it links to. */
const HIRING_CUE =
  /\b(?:hiring|recruiting|looking (?:to|for)|seeking|searching for|grow (?:our|the)?\s*team|open (?:positions|roles)|positions|openings|vacancies)\b/i;

/** A link's directory: two roles' pages under one path are siblings ("…/positions/a/", "…/positions/b/"). */
function linkDirectory(url: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  // "senior-backend-engineer.md", "./posts/aws.md": a page of the same repository, in its folder.
  // Numbered folders are one shape: ".../posts/240/a.html" and ".../posts/237/b.html" are siblings.
  return path.includes('/') ? path.replace(/\/[^/]*$/, '').replace(/\/\d+(?=\/|$)/g, '/#') : '.';
}

/** A link to a page of the document's own site or repository ("./posts/aws.md", "sales.md"), not an anchor. */
function isRelativePage(url: string): boolean {
  return url !== '' && !/^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i.test(url);
}

interface RoleLink {
  readonly title: string;
  readonly url: string;
  readonly note: string | null;
  /** What a vacancy list writes after the link: ", School of X, University of Y, UK - closes …". */
  readonly listed?: ListingNote | null;
  readonly line: number;
}

/**
 * A link's words name a role, or their head does before a colon or dash that adds the field:
 * "Research Software Engineer: Data Analytics", "Research Associate - Read Until: …".
 */
function linkNamesRole(title: string): boolean {
  const text = cleanTitle(title);
  return namesRole(text) || namesRole((text.split(/:\s|\s[-–—]\s/)[0] ?? '').trim());
}

/** The links of a list or a paragraph that are postings: those naming a role, and their siblings. */
function roleLinksOf(links: readonly RoleLink[], hiring = false): RoleLink[] {
  const named = (link: RoleLink) => linkNamesRole(link.title) || (hiring && namesFunction(link.title));
  const roleDirs = new Set<string>();
  for (const link of links) if (named(link)) roleDirs.add(linkDirectory(link.url));
  const seen = new Set<string>();
  return links.filter((link) => {
    // Two vacancies a list gives one title at two employers are two postings.
    const key = `${link.title.toLowerCase()}|${link.listed?.company?.toLowerCase() ?? ''}`;
    const dir = linkDirectory(link.url);
    // A sibling of the roles' pages: under one path of a site, or beside them in the repository.
    const sibling = roleDirs.has(dir) && (/\/.+\//.test(dir) || isRelativePage(link.url));
    const taken = !seen.has(key) && (named(link) || sibling);
    if (taken) seen.add(key);
    return taken;
  });
}

/** The nearest heading above a line, and the two lines of text before it, as one string. */
function leadIn(lines: readonly string[], headings: readonly Heading[], line: number): string {
  const heading = [...headings].reverse().find((h) => h.line < line);
  const before: string[] = [];
  for (let i = line - 1; i >= 0 && before.length < 2 && i >= (heading?.line ?? -1); i--) {
    const text = (lines[i] ?? '').trim();
    if (text !== '') before.push(text);
  }
  return `${heading ? headingTitle(heading.text) : ''}\n${before.join('\n')}`;
}

/**
 * Roles named by their links (see the module comment): lists of link lines under an openings
 * heading or cue, and paragraphs that announce two or more roles as links. Null when none.
 */
function roleLinks(lines: readonly string[], headings: readonly Heading[], hiring = false): SplitText | null {
  const found: RoleLink[] = [];
  let fenced = false;
  let run: RoleLink[] = [];
  let runStart = -1;
  // Bullets of the list that are not a role's name: they count against it, and are no postings.
  let others = 0;
  const closeRun = () => {
    const roles = roleLinksOf(run, hiring);
    const named = run.filter(
      (link) => linkNamesRole(link.title) || (hiring && namesFunction(link.title)),
    ).length;
    const lead = leadIn(lines, headings, runStart);
    // Most of the list names roles, and what heads it says these are openings (in any language).
    // A plain name in such a list ("Fortinet SME" among linked roles) is one more opening: it has
    // the list's shape, and no link elsewhere to make it a page of something else.
    if (
      named > 0 &&
      named * 2 > run.length + others &&
      (OPENINGS_CUE.test(lead) || OPENINGS_WORDS.test(lead))
    )
      found.push(...run.filter((link) => roles.includes(link) || link.url === ''));
    run = [];
    runStart = -1;
    others = 0;
  };
  let paragraph: { text: string; line: number } | null = null;
  const closeParagraph = () => {
    if (paragraph && HIRING_CUE.test(paragraph.text)) {
      const links: RoleLink[] = [];
      for (const match of paragraph.text.matchAll(INLINE_LINK)) {
        links.push({ title: squash(match[1] ?? ''), url: match[2] ?? '', note: null, line: paragraph.line });
        if (links.length > 200) break;
      }
      const roles = roleLinksOf(links, hiring);
      if (roles.filter((link) => linkNamesRole(link.title)).length >= 2) found.push(...roles);
    }
    paragraph = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (FENCE.test(raw)) fenced = !fenced;
    if (fenced) continue;
    const line = raw.trim();
    if (line === '') {
      closeParagraph();
      continue;
    }
    const item = LINK_LINE_ITEM.exec(line.replace(BULLET, ''));
    // "- Senior Backend Engineer (Remote)": a bullet that is only a role's name, its note aside.
    const plainMatch = !item && BULLET.test(raw) ? PLAIN_ITEM.exec(line.replace(BULLET, '')) : null;
    // A name, in title case ("Content Marketing Manager"), not a requirement that names a role
    // ("Experience as a Network Engineer").
    const plain = plainMatch && TITLE_CASE.test(squash(plainMatch[1] ?? '')) ? plainMatch : null;
    if (item || plain) {
      closeParagraph();
      if (runStart === -1) runStart = i;
      run.push(
        item
          ? {
              title: squash(item[1] ?? ''),
              url: item[2] ?? '',
              note: item[3] ?? item[4] ?? item[6] ?? null,
              listed: item[5] ? listingNote(item[5]) : null,
              line: i,
            }
          : { title: squash(plain?.[1] ?? ''), url: '', note: plain?.[2] ?? plain?.[3] ?? null, line: i },
      );
      continue;
    }
    if (BULLET.test(raw)) {
      // A bullet of another kind in the list ("Experience as a Network Engineer").
      closeParagraph();
      if (runStart === -1) runStart = i;
      others++;
      continue;
    }
    if (run.length > 0 || others > 0) closeRun();
    if (ATX.test(raw)) {
      closeParagraph();
      continue;
    }
    paragraph = paragraph
      ? { text: `${paragraph.text} ${line}`, line: paragraph.line }
      : { text: line, line: i };
  }
  closeParagraph();
  if (run.length > 0 || others > 0) closeRun();
  // A role linked again further on ("… the engagement manager will …") is the same posting.
  const seen = new Set<string>();
  const postings = found.filter((link) => {
    const title = `${link.title.toLowerCase()}|${link.listed?.company?.toLowerCase() ?? ''}`;
    const keys = [title, link.url.replace(/\/+$/, '')].filter((key) => key !== '');
    const again = keys.some((key) => seen.has(key));
    for (const key of keys) seen.add(key);
    return !again;
  });
  if (postings.length === 0) return null;
  const first = postings.reduce((min, link) => Math.min(min, link.line), lines.length);
  return {
    intro: lines.slice(0, first),
    sections: postings.map((link) => ({
      lines: [],
      title: cleanTitle(link.title),
      company: link.listed?.company ?? null,
      url: link.url === '' ? null : link.url,
      location:
        link.listed?.location ??
        (link.note && (looksLikeLocation(link.note) || /\bremote\b/i.test(link.note)) ? link.note : null),
    })),
  };
}

/** "two new leadership positions", "four new team members", "3 open roles": a count of openings. */
const STATED_COUNT =
  /\b(two|three|four|five|six|[2-6])\s+(?:new\s+)?(?:[\p{L}-]+\s+){0,3}?(?:positions|posts|roles|openings|vacancies|team members|staff members|jobs)\b/iu;
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The number of openings a text says it announces, or 0. */
function statedCount(text: string): number {
  const word = (STATED_COUNT.exec(text)?.[1] ?? '').toLowerCase();
  return COUNT_WORDS[word] ?? Number(word);
}
/** Capitalised words ending in a role word: "Director of Custom Partner Solutions". */
const ROLE_PHRASE =
  /(?:^|[^\p{L}\d])((?:\p{Lu}[\p{L}&/'’-]*\s+(?:(?:of|and|&|for)\s+)?){0,5}\p{Lu}[\p{L}&/'’-]*)/gu;
/** Words before a role that make it someone else's: "reports to the Director". */
const SOMEONE_ELSES = /\b(?:reports?|reporting|with|by|from|under|alongside)\b/i;

/**
 * Roles named only in running text, when the text says how many it announces ("two new
 * leadership positions here at Acme: Director of Chapters and Director of Partner Solutions";
 * "four new team members … Our new Communications Manager will …"): the distinct role names it
 * gives, when there are exactly that many. Null otherwise.
 */
function statedRoles(lines: readonly string[]): SplitText | null {
  const text = lines.join('\n').slice(0, 20_000);
  const count = STATED_COUNT.exec(text);
  // ("Two tracks … eight levels": a ladder counts its roles too, and says nothing to a candidate.)
  if (!count || !speaksToReader(text)) return null;
  const n = statedCount(text);
  const names: { title: string; at: number }[] = [];
  for (const match of text.slice(count.index).matchAll(ROLE_PHRASE)) {
    const phrase = squash((match[1] ?? '').replace(/(?:\s+(?:of|and|&|for))+$/, ''));
    const last = phrase.split(' ').pop() ?? '';
    // A plural ("Product Managers") names colleagues, not the opening.
    if (!namesRole(phrase) || !isRoleLine(phrase) || /[^s]s$/.test(last)) continue;
    const at = count.index + (match.index ?? 0) + match[0].length - (match[1] ?? '').length;
    // Within its sentence, "working alongside the Executive Director" is a colleague.
    const before = text.slice(Math.max(0, at - 80), at);
    if (SOMEONE_ELSES.test(before.slice(Math.max(0, before.search(/[.!?]\s[^.!?]*$/) + 1)))) continue;
    const key = phrase.toLowerCase();
    // "Director" after "Director of Chapters" is the same role named short.
    if (names.some((name) => name.title.toLowerCase().includes(key))) continue;
    names.push({ title: phrase, at });
  }
  if (names.length !== n) return null;
  const firstLine = text.slice(0, names[0]?.at ?? 0).split('\n').length - 1;
  return {
    intro: lines.slice(0, firstLine),
    sections: names.map((name) => ({ lines: [], title: name.title, company: null, url: null })),
  };
}

/**
 * The postings of a text document that holds several (see the module comment), or null when it
 * holds one (or its structure does not say it holds several). `rolesByLink` reads roles named
 * by their links too: for a document whose own title names no role (a post, a newsletter), not
 * for one posting that links to others.
 */
export function splitTextSections(
  lines: readonly string[],
  rolesByLink = false,
  title: string | null = null,
): SplitText | null {
  // What the document's structure says first; failing that, postings it repeats whose heads the
  // role model need not know (repeated-sections.ts).
  // Several openings read from repetition alone are openings where the page speaks of hiring: a
  // career ladder repeats a role, its scope and its skills per level.
  // The text a reader sees and whether it speaks of hiring, read once for every test below.
  const shown = shownText(lines);
  const hiring = saysHiring(shown, title);
  return (
    knownSections(lines, rolesByLink, title, shown, hiring) ??
    // Adverts pasted one after another carry each one's employer in their heads: read first.
    unladdered(labelledRuns(lines)) ??
    (hiring ? repeatedSections(lines, headingsOf(lines), title) : null)
  );
}

/** A split unless its titles are a ladder of levels (a catalogue of roles, no list of openings). */
function unladdered(split: SplitText | null): SplitText | null {
  return split && laddered(split.sections.map((section) => section.title ?? '')) ? null : split;
}

function knownSections(
  lines: readonly string[],
  rolesByLink: boolean,
  title: string | null,
  shown: string,
  hiring: boolean,
): SplitText | null {
  const split = knownSplit(lines, rolesByLink, title, shown, hiring);
  // A catalogue of roles by level is no list of openings, however it is laid out.
  return split && laddered(split.sections.map((section) => section.title ?? '')) ? null : split;
}

function knownSplit(
  lines: readonly string[],
  rolesByLink: boolean,
  title: string | null,
  shown: string,
  hiring: boolean,
): SplitText | null {
  const headings = headingsOf(lines);
  const byLink = rolesByLink ? roleLinks(lines, headings, hiring) : null;
  // Headings over lists of role links are employers' openings only where the document says it
  // lists openings: a career ladder or a handbook's index of role pages lists titles.
  const linkIndex = (all: readonly string[], found: readonly Heading[]) =>
    rolesByLink && hiring ? indexOfLinks(all, found) : null;
  // Roles one a line or named in one sentence after words that say openings follow.
  const listed = rolesByLink ? listedRoles(lines) : null;
  const byList = listed && (!byLink || listed.sections.length > byLink.sections.length) ? listed : byLink;
  // Employers' groups of links and tables of openings carry each posting's employer and place:
  // they win a tie with a reading that finds the same links without them.
  const linked = rolesByLink ? linkedOpenings(lines) : null;
  const byLine = linked && (!byList || linked.sections.length >= byList.sections.length) ? linked : byList;
  const best = (split: SplitText | null): SplitText | null =>
    byLine && (!split || byLine.sections.length > split.sections.length) ? byLine : split;
  const stated = () => (rolesByLink ? statedRoles(lines) : null);
  if (headings.length < 2) return best(recordList(lines)) ?? stated();
  // Where a heading says "Open Positions", the roles under it are the document's openings: links
  // elsewhere (its people, its news) are not.
  const headed = headedRoleList(lines, headings);
  // Headings naming roles over sections of their own are openings where the page says it lists
  // openings or speaks to a candidate; a career ladder or a handbook heads its levels and roles
  // with role names (and may well speak of candidates and positions).
  const roles =
    saysOpenings(lines, shown, title) || speaksToReader(shown) ? roleSections(lines, headings, hiring) : null;
  // Ties go to the list under that heading: it carries the heading's own text to each posting.
  if (headed && (!roles || roles.sections.length <= headed.sections.length))
    return linked && linked.sections.length > headed.sections.length ? linked : headed;
  const links = linkIndex(lines, headings);
  if (!roles && !links) return best(recordList(lines)) ?? stated();
  if (!roles || !links) return best(roles ?? links);
  return best(links.sections.length > roles.sections.length ? links : roles);
}
