/**
 * Several postings found by repetition, where their heads need not name a role the role model
 * knows: sibling parts of one document, of one kind, each of which reads as an offer on its own.
 * - sibling headings of one level ("### Denison University", "### Gerente de TI - BH", a Polish
 *   or German job's title), each over a body with the words of an offer (duties, requirements,
 *   how to apply, pay, terms) of which one is central; a heading that labels a part of one page
 *   ("About us", "The team", "Requirements") is none of them;
 * - parts between separator lines ("=====", "-----"), each opening with a short head line over
 *   such a body ("Vaga 2 - Desenvolvedor(a) Back-End PHP Júnior");
 * - blocks of running text (paragraphs, list items) that each name a different role they seek
 *   ("is hiring a 2-year Postdoctoral Research Associate …", "We are also hiring a 4-year Project
 *   Manager …", "We are looking for a PhD student …").
 * Most sibling parts must read as offers, and two at least, so that the sections of one posting
 * (its duties, its requirements, its benefits) never read as postings of their own.
 */
import { squash } from '../../fields.ts';
import { speaksToReader } from './candidate-address.ts';
import { ORGANISATION } from './json-jobs.ts';
import { type Heading, headingTitle, namesRole, OPENINGS_CUE } from './markdown-headings.ts';
import { COUNTED_LABEL, INSTRUCTION, PART_LABEL, SEVERAL_OPENINGS } from './offer-language.ts';
import {
  readsAsOffer,
  sectionKindsIn,
  sectionLabelKind,
  seekingRole,
  titleNamesRole,
} from './posting-evidence.ts';
import type { SplitText, TextSection } from './text-sections.ts';

/** Below this many characters of its own text, a part is a mention, not an offer. */
const MIN_PART_CHARS = 200;
/** Longest head of a part: a longer line is a sentence, not a name. */
const MAX_HEAD = 120;
/** A line of five or more =, -, *, _ or ~ (spaces between allowed): what separates the parts. */
const SEPARATOR = /^\s*(?:[=*_~-]\s*){5,}$/;
/** A Liquid, Jinja or Hugo template line, a Kramdown attribute list: no text a reader reads. */
const TEMPLATE_LINE = /^\s*(?:\{%.*%\}|\{\{.*\}\}|\{:.*\})\s*$/;
/** Paragraph or list item: what running text is read in for the roles it seeks. */
const ITEM_START = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;

interface Part {
  readonly head: string;
  /** First line of the part (its head's line) and the line after its end. */
  readonly from: number;
  readonly to: number;
  readonly bodyFrom: number;
}

const textOf = (lines: readonly string[], from: number, to: number) =>
  lines
    .slice(from, to)
    .filter((line) => !TEMPLATE_LINE.test(line))
    .join('\n');

/** A head that can name a posting: short, not a sentence or a label of a page's part. */
function headsPart(head: string): boolean {
  const text = squash(head);
  if (text.length < 2 || text.length > MAX_HEAD || /[:.;?!]$/.test(text)) return false;
  if (PART_LABEL.test(text) || INSTRUCTION.test(text) || sectionLabelKind(text) !== null) return false;
  // "Open positions", "Jobs": what heads the list is not one of its postings.
  return !(OPENINGS_CUE.test(text) && text.split(/\s+/).length <= 3 && !namesRole(text));
}

/** Parts that read as offers: two at least, and most of the parts of their kind. */
function offeringParts(lines: readonly string[], parts: readonly Part[]): Part[] | null {
  const candidates = parts.filter((part) => headsPart(part.head));
  const offers = candidates.filter((part) => {
    const body = textOf(lines, part.bodyFrom, part.to);
    return squash(body).length >= MIN_PART_CHARS && readsAsOffer(`${part.head}\n${body}`);
  });
  if (offers.length < 2 || offers.length * 2 < parts.length) return null;
  // Two parts under one head are one posting's: repetition means distinct heads.
  const heads = new Set(offers.map((part) => squash(part.head).toLowerCase()));
  return heads.size === offers.length ? offers : null;
}

/** The job's name in a part's head: a counted label aside ("Vaga 2 - Analista" → "Analista"). */
function partTitle(head: string): string {
  return squash(headingTitle(head).replace(COUNTED_LABEL, ''));
}

/**
 * A part's posting: its head is the title when it names a role or no employer; a head that names
 * no role over a body that names the role it seeks is the employer's name ("### Denison University").
 */
function sectionOf(lines: readonly string[], part: Part): TextSection {
  const title = partTitle(part.head);
  const body = lines.slice(part.bodyFrom, part.to).filter((line) => !TEMPLATE_LINE.test(line));
  if (titleNamesRole(title)) return { lines: body, title, company: null, url: null };
  // "### Denison University" over "… invites applications for …": the head names the employer.
  const sought = seekingRole(body.join('\n'));
  // (Its head stays the title when no role is named: the structure's own name for the part.)
  if (ORGANISATION.test(title)) return { lines: body, title: sought ?? title, company: title, url: null };
  // Any other head is the job's own name, in words the role model need not know.
  return { lines: body, title, company: null, url: null };
}

/** Sibling headings of one level whose parts read as offers; the level with the most. */
function headingParts(lines: readonly string[], headings: readonly Heading[]): Part[] | null {
  let best: Part[] | null = null;
  for (let level = 1; level <= 6; level++) {
    const atLevel = headings.filter((h) => h.level === level);
    if (atLevel.length < 2) continue;
    const parts = atLevel.map((heading, n) => {
      const above = headings.find((h) => h.line > heading.line && h.level < level)?.line ?? lines.length;
      const next = atLevel[n + 1]?.line ?? lines.length;
      return {
        head: heading.text,
        from: heading.line,
        to: Math.min(above, next),
        bodyFrom: heading.line + heading.span,
      };
    });
    const offers = offeringParts(lines, parts);
    if (!offers) continue;
    // A heading above them that names a role is the one posting they are parts of.
    const first = offers[0]?.from ?? 0;
    if (headings.some((h) => h.line < first && h.level < level && titleNamesRole(headingTitle(h.text))))
      continue;
    if (!best || offers.length > best.length) best = offers;
  }
  return best;
}

/** Parts between separator lines, each opening with a head line. */
function separatedParts(lines: readonly string[]): Part[] | null {
  const parts: Part[] = [];
  let start = 0;
  const close = (end: number) => {
    const headAt = lines.findIndex((line, i) => i >= start && i < end && line.trim() !== '');
    if (headAt !== -1) parts.push({ head: lines[headAt] ?? '', from: headAt, to: end, bodyFrom: headAt + 1 });
  };
  for (let i = 0; i < lines.length; i++) {
    // A rule under a line of text underlines it (a setext or reStructuredText heading): no separator.
    if (!SEPARATOR.test(lines[i] ?? '') || (i > 0 && (lines[i - 1] ?? '').trim() !== '')) continue;
    close(i);
    start = i + 1;
  }
  if (parts.length === 0) return null;
  close(lines.length);
  // What comes before the first separator is the document's own (its intro) unless it is an offer.
  return offeringParts(lines, parts.length > 2 ? parts.slice(1) : parts);
}

/**
 * Blocks of running text that each name a different role they seek. Null unless two do. A
 * document titled with one role is one posting unless its title announces several openings.
 */
function soughtParts(lines: readonly string[], title: string | null): SplitText | null {
  if (title && titleNamesRole(title) && !SEVERAL_OPENINGS.test(title)) return null;
  // A text that heads its parts as one offer does (duties, requirements) is that offer: another
  // role it mentions ("we're also looking for a fall intern") is an aside with a page of its own.
  if (sectionKindsIn(lines.join('\n')) >= 2) return null;
  const blocks: { from: number; to: number }[] = [];
  let from = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i] ?? '';
    const ends = i === lines.length || line.trim() === '' || (ITEM_START.test(line) && from !== -1);
    if (ends && from !== -1) {
      blocks.push({ from, to: i });
      from = -1;
    }
    if (i < lines.length && line.trim() !== '' && from === -1) from = i;
  }
  const found: { role: string; from: number }[] = [];
  for (const block of blocks) {
    const role = seekingRole(textOf(lines, block.from, block.to));
    if (!role) continue;
    const key = role.toLowerCase();
    // One role named twice ("a Senior Engineer", later "the engineer") is one posting.
    if (found.some((f) => f.role.toLowerCase().includes(key) || key.includes(f.role.toLowerCase()))) continue;
    found.push({ role, from: block.from });
  }
  if (found.length < 2) return null;
  return {
    intro: lines.slice(0, found[0]?.from ?? 0),
    sections: found.map((f, n) => ({
      lines: lines.slice(f.from, found[n + 1]?.from ?? lines.length),
      title: f.role,
      company: null,
      url: null,
    })),
  };
}

/** Most words of a heading that only says openings follow ("Open positions", "Posizioni aperte"). */
const MAX_CUE_WORDS = 3;

/** "✔ **Manutentore del verde**: …", "- **Data Engineer** – …": a block led by a bold name and its text. */
const LEAD_IN =
  /^[ \t]*(?:[^\p{L}\d*_\s]{1,4}[ \t]*)?(?:\*\*|__)([^*_\n]{2,80}?)(?:\*\*|__)\s*(?:[:–—]|\s-)\s*\S/u;

/**
 * Blocks under a heading that says openings follow ("Posizioni aperte", "Open positions"), each
 * led by a bold name and its description: one posting each. Null unless two are.
 */
function leadInParts(lines: readonly string[], headings: readonly Heading[]): SplitText | null {
  const sections: { title: string; from: number; to: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const lead = LEAD_IN.exec(lines[i] ?? '');
    if (!lead) continue;
    const name = squash(lead[1] ?? '');
    if (!headsPart(name)) continue;
    const heading = [...headings].reverse().find((h) => h.line < i);
    const cue = heading ? headingTitle(heading.text) : '';
    // The heading says only that openings follow ("Posizioni aperte"); "PhD Positions in
    // Computational Biology" is one opening, and its bold-led bullets are its projects.
    if (!OPENINGS_CUE.test(cue) && !SEVERAL_OPENINGS.test(cue)) continue;
    if (cue.split(/\s+/).length > MAX_CUE_WORDS || titleNamesRole(cue)) continue;
    let end = i + 1;
    while (end < lines.length && (lines[end] ?? '').trim() !== '' && !LEAD_IN.test(lines[end] ?? '')) end++;
    sections.push({ title: name, from: i, to: end });
  }
  if (sections.length < 2) return null;
  return {
    intro: lines.slice(0, sections[0]?.from ?? 0),
    sections: sections.map((section) => ({
      lines: [
        (lines[section.from] ?? '').replace(LEAD_IN_MARK, ''),
        ...lines.slice(section.from + 1, section.to),
      ],
      title: section.title,
      company: null,
      url: null,
    })),
  };
}
const LEAD_IN_MARK =
  /^[ \t]*(?:[^\p{L}\d*_\s]{1,4}[ \t]*)?(?:\*\*|__)[^*_\n]{2,80}?(?:\*\*|__)\s*(?:[:–—]|\s-)\s*/u;

/** `{{ row("Junior Developer", "…") }}`: a template macro called with a name first, then its text. */
const MACRO_CALL = /\{\{-?\s*([A-Za-z_][\w.]{0,40})\(\s*["']([^"'\n]{2,100})["']\s*,/g;

/**
 * The same template macro called two or more times, each with a job's name first: one posting
 * per call, its text the call's own (a page whose openings are macro rows not yet rendered).
 */
function macroParts(lines: readonly string[]): SplitText | null {
  const text = lines.join('\n');
  const calls = new Map<string, { name: string; at: number }[]>();
  for (const call of text.matchAll(MACRO_CALL)) {
    const list = calls.get(call[1] ?? '') ?? [];
    list.push({ name: squash(call[2] ?? ''), at: call.index ?? 0 });
    calls.set(call[1] ?? '', list);
  }
  let best: { name: string; at: number }[] | null = null;
  for (const list of calls.values()) {
    const roles = list.filter((call) => titleNamesRole(call.name));
    if (roles.length >= 2 && roles.length * 2 >= list.length && (!best || roles.length > best.length))
      best = roles;
  }
  if (!best) return null;
  const lineOf = (at: number) => text.slice(0, at).split('\n').length - 1;
  const starts = best.map((call) => ({ ...call, line: lineOf(call.at) }));
  return {
    intro: lines.slice(0, starts[0]?.line ?? 0),
    sections: starts.map((call, n) => ({
      lines: lines.slice(call.line + 1, starts[n + 1]?.line ?? lines.length),
      title: call.name,
      company: null,
      url: null,
    })),
  };
}

/** "- [Infra](./tech/roles#infra), to look after the cloud": a bullet that is a link and what it is for. */
const DESCRIBED_LINK = /^\s*[-*+•]\s+\[([^\]]{2,80})\]\((\S{1,2048}?)\)\s*(?:,|[-–—:])\s*\S.{8,}$/;

/** The site a link points to ("" for a link within the site). */
const siteOf = (url: string) => /^https?:\/\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';

/**
 * Under a document title that says it lists openings ("As vagas disponíveis", "Open positions"),
 * bullets that each link a name of their own site and say what it is for: one posting each,
 * whether or not the role model knows the names ("Infra", "Publicitário"). A list of job boards
 * links other sites and is none.
 */
function describedLinks(lines: readonly string[], title: string | null): SplitText | null {
  if (!title || (!SEVERAL_OPENINGS.test(title) && !OPENINGS_CUE.test(title))) return null;
  const items: { title: string; url: string; line: number }[] = [];
  let bullets = 0;
  for (const [i, line] of lines.entries()) {
    if (!ITEM_START.test(line)) continue;
    bullets++;
    const link = DESCRIBED_LINK.exec(line);
    if (link && headsPart(link[1] ?? ''))
      items.push({ title: squash(link[1] ?? ''), url: link[2] ?? '', line: i });
  }
  if (items.length < 2 || items.length * 2 < bullets) return null;
  if (new Set(items.map((item) => siteOf(item.url))).size > 1) return null;
  return {
    intro: lines.slice(0, items[0]?.line ?? 0),
    sections: items.map((item) => ({
      lines: [(lines[item.line] ?? '').replace(DESCRIBED_LINK_MARK, '')],
      title: item.title,
      company: null,
      url: /^https?:/i.test(item.url) ? item.url : null,
    })),
  };
}
const DESCRIBED_LINK_MARK = /^\s*[-*+•]\s+\[[^\]]{2,80}\]\(\S{1,2048}?\)\s*(?:,|[-–—:])\s*/;

/**
 * The postings a document repeats (see the module comment), or null when it repeats none.
 * `title` is the document's own title (its front matter's or its first line).
 */
export function repeatedSections(
  lines: readonly string[],
  headings: readonly Heading[],
  title: string | null,
): SplitText | null {
  const byHeading =
    title && titleNamesRole(title) && !SEVERAL_OPENINGS.test(title) ? null : headingParts(lines, headings);
  const bySeparator = separatedParts(lines);
  const parts = [byHeading, bySeparator]
    .filter((p): p is Part[] => p !== null)
    .sort((a, b) => b.length - a.length)[0];
  // Sibling parts that read as offers by their words (duties, skills) are a ladder's levels or a
  // handbook's roles unless the document speaks to a candidate somewhere (candidate-address.ts).
  const structured =
    parts && speaksToReader(lines.join('\n'))
      ? { intro: lines.slice(0, parts[0]?.from ?? 0), sections: parts.map((part) => sectionOf(lines, part)) }
      : null;
  const candidates = [
    structured,
    leadInParts(lines, headings),
    macroParts(lines),
    describedLinks(lines, title),
    soughtParts(lines, title),
  ];
  // The most postings any repetition gives; ties to the earlier kind (structure before words).
  let best: SplitText | null = null;
  for (const split of candidates)
    if (split && (!best || split.sections.length > best.sections.length)) best = split;
  return best;
}
