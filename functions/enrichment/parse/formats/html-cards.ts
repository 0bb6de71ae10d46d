/**
 * A page that lists several postings, found by its structure as a person finds them:
 * - cards: sibling elements of one shape (tag and first class), each holding one heading, most
 *   of which name a role (a careers page's job rows, a pasted list of search results);
 * - sections: sibling headings of one level, two or more naming a role, each over a body of its
 *   own (`<h2>Service Desk Manager</h2><p>…</p><h2>Network Engineer</h2><p>…</p>`).
 * A posting's own sub-headings ("Requirements", "About the team") name no role, so one posting is
 * never cut into several; a posting page with a few "similar jobs" cards beside it stays one.
 */
import type { AnyNode, Element } from 'domhandler';
import { squash } from '../../fields.ts';
import { blockParts } from './html-blocks.ts';
import { findElements, nodeText } from './markup.ts';
import { JOB_RECORD_ATTRIBUTE } from './module-roles.ts';
import { readsAsOffer } from './posting-evidence.ts';
import { namesRole } from './text-sections.ts';
import { cleanTitle } from './title-line.ts';

const HEADING = /^h[1-4]$/;
/** Past this many headings the page is read as one posting: the scan stays bounded. */
const MAX_HEADINGS = 2_000;
/** Below this many characters of its own text, a role heading heads a mention, not a posting. */
const MIN_SECTION_CHARS = 150;
const MAX_TITLE_CHARS = 200;
/** Text read per card or section to weigh it; more says nothing new. */
const WEIGH_CHARS = 4_000;

/** One posting's part of a page: its title, its own link, and the nodes that hold it. */
export interface HtmlPart {
  readonly title: string;
  readonly url: string | null;
  readonly nodes: readonly AnyNode[];
}

function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

function signature(element: Element): string {
  const first = (element.attribs.class ?? '').trim().split(/\s+/)[0] ?? '';
  return `${element.name}.${first}`;
}

function headingText(heading: Element): string {
  return cleanTitle(squash(nodeText(heading, MAX_TITLE_CHARS * 2)));
}

/** The href of the heading's link, or of a link the heading sits in. */
function headingLink(heading: Element): string | null {
  const inside = findElements(heading, (el) => el.name === 'a' && !!el.attribs.href, 1)[0];
  if (inside) return inside.attribs.href ?? null;
  const parent = heading.parent;
  return isElement(parent) && parent.name === 'a' ? (parent.attribs.href ?? null) : null;
}

function textChars(nodes: readonly AnyNode[]): number {
  let n = 0;
  for (const node of nodes) {
    n += squash(nodeText(node, WEIGH_CHARS)).length;
    if (n >= WEIGH_CHARS) break;
  }
  return n;
}

/** Cards: for each heading, the lowest ancestor that has siblings of its shape each with one such heading. */
function cardParts(headings: readonly Element[]): HtmlPart[][] {
  // How many headings of each tag every element holds.
  const counts = new Map<Element, Map<string, number>>();
  for (const heading of headings) {
    for (let el = heading.parent; isElement(el); el = el.parent) {
      const byTag = counts.get(el) ?? new Map<string, number>();
      byTag.set(heading.name, (byTag.get(heading.name) ?? 0) + 1);
      counts.set(el, byTag);
    }
  }
  const holds = (el: Element, tag: string) => counts.get(el)?.get(tag) ?? 0;
  // Cards by their parent, then by their shape and the heading tag they hold.
  const groups = new Map<Element, Map<string, { cards: HtmlPart[]; seen: Set<Element> }>>();
  for (const heading of headings) {
    for (let card = heading.parent; isElement(card) && isElement(card.parent); card = card.parent) {
      if (holds(card, heading.name) !== 1) break;
      const parent = card.parent as Element;
      const sig = signature(card);
      const alike = parent.children.filter(
        (c) => isElement(c) && signature(c) === sig && holds(c, heading.name) === 1,
      );
      if (alike.length < 2) continue;
      const byShape = groups.get(parent) ?? new Map<string, { cards: HtmlPart[]; seen: Set<Element> }>();
      groups.set(parent, byShape);
      const key = `${sig}>${heading.name}`;
      const group = byShape.get(key) ?? { cards: [], seen: new Set<Element>() };
      byShape.set(key, group);
      if (!group.seen.has(card)) {
        group.seen.add(card);
        group.cards.push({ title: headingText(heading), url: headingLink(heading), nodes: [card] });
      }
      break;
    }
  }
  return [...groups.values()].flatMap((byShape) => [...byShape.values()].map((g) => g.cards));
}

/** Sections: runs of siblings from one role heading to the next heading of its level. */
function sectionParts(headings: readonly Element[]): HtmlPart[][] {
  const byParent = new Map<Element, Map<string, Element[]>>();
  for (const heading of headings) {
    const parent = heading.parent;
    if (!isElement(parent)) continue;
    const byTag = byParent.get(parent) ?? new Map<string, Element[]>();
    byTag.set(heading.name, [...(byTag.get(heading.name) ?? []), heading]);
    byParent.set(parent, byTag);
  }
  const out: HtmlPart[][] = [];
  for (const [parent, byTag] of byParent) {
    for (const [tag, siblings] of byTag) {
      const roles = siblings.filter((h) => namesRole(headingText(h))).length;
      // Most headings of the level name a posting: a list of duties that names a role or two does not.
      if (roles < 2 || roles * 2 < siblings.length) continue;
      const parts: HtmlPart[] = [];
      let current: { heading: Element; nodes: AnyNode[] } | null = null;
      const close = () => {
        if (!current) return;
        // A role heading over a body of its own; others (a "How to apply" at its level) stay with it.
        if (textChars(current.nodes) >= MIN_SECTION_CHARS)
          parts.push({
            title: headingText(current.heading),
            url: headingLink(current.heading),
            nodes: [current.heading, ...current.nodes],
          });
      };
      for (const child of parent.children) {
        if (isElement(child) && child.name === tag && namesRole(headingText(child))) {
          close();
          current = { heading: child, nodes: [] };
        } else if (isElement(child) && HEADING.test(child.name) && child.name < tag) {
          // A heading above the level ends the run: what follows is the page's own.
          close();
          current = null;
        } else current?.nodes.push(child);
      }
      close();
      if (parts.length >= 2) out.push(parts);
    }
  }
  return out;
}

/**
 * The postings of a page that lists several, each with its nodes; null when the page reads as
 * one posting. `pageHeading` is the page's h1: a role it names, over more text than the cards
 * hold, makes the cards the page's "similar jobs", not its postings.
 */
export function findHtmlParts(root: Element, pageHeading: Element | null): HtmlPart[] | null {
  const headings = findElements(root, (el) => HEADING.test(el.name), MAX_HEADINGS);
  let best: HtmlPart[] | null = null;
  let bestRoles = 0;
  const cards = headings.length >= 2 ? cardParts(headings) : [];
  const candidates = headings.length >= 2 ? [...cards, ...sectionParts(headings)] : [];
  for (const parts of [...candidates, ...blockParts(root)]) {
    const titles = new Set(parts.map((p) => p.title.toLowerCase()));
    let roles = parts.filter((p) => namesRole(p.title)).length;
    // Cards of one shape whose titles are no role nouns the readers know ("Juristin / Jurist",
    // "プラスチック成形技術"): each card's own offer text (or its record's job fields) says it.
    if (roles * 2 < parts.length && parts.length >= 2 && cards.includes(parts))
      roles = parts.filter((p) => namesRole(p.title) || offerCard(p)).length;
    // Most of the cards name a role, and no two name the same thing (a tab strip, a menu).
    if (parts.length < 2 || roles < 2 || roles * 2 < parts.length || titles.size < parts.length) continue;
    // Tiles of job categories ("Programmer — See 2 Jobs"): each leads to a list, none is an opening.
    if (parts.filter(isCategoryTile).length * 2 >= parts.length) continue;
    if (roles > bestRoles) {
      best = parts;
      bestRoles = roles;
    }
  }
  if (!best) return null;
  // A page headed by a role is that posting's page: the parts are its sections or "similar jobs".
  const inside = (node: AnyNode) => best?.some((p) => p.nodes.some((n) => contains(n, node))) ?? false;
  if (pageHeading && !inside(pageHeading) && headsPosting(headingText(pageHeading))) return null;
  return best;
}

/**
 * What a category tile holds beside its name: a count of the jobs it leads to ("See 2 Jobs",
 * "(3)", "12 vacancies", "5件"), and nothing else.
 */
const JOB_COUNT =
  /^(?:(?:see|view|show|all|lihat|semua)\s+)?[(（]?\d{1,4}[)）]?\s*(?:(?:open\s+)?(?:jobs?|openings?|positions?|vacanc(?:y|ies)|roles?|lowongan|posisi|loker|ваканси\p{L}*|件|名|个职位|個職缺)\b)?\s*[→›»>]?$/iu;

function isCategoryTile(part: HtmlPart): boolean {
  let text = '';
  for (const node of part.nodes) text += ` ${nodeText(node, MAX_TITLE_CHARS * 2)}`;
  const rest = squash(squash(text).replace(part.title, ''));
  return rest !== '' && JOB_COUNT.test(rest);
}

/** A name, not a sentence or a label: what a card's heading is when it names its job. */
const NAME_LIKE = /^[^.!?;:。！？；：]{2,80}$/u;

/** A card that is a job by its own text: a short name over an offer's structure, or a job record. */
function offerCard(part: HtmlPart): boolean {
  if (!NAME_LIKE.test(part.title) || part.title.split(/\s+/).length > 8) return false;
  if (part.nodes.some((n) => isElement(n) && n.attribs[JOB_RECORD_ATTRIBUTE] !== undefined)) return true;
  let text = '';
  for (const node of part.nodes) {
    text += ` ${nodeText(node, WEIGH_CHARS)}`;
    if (text.length >= WEIGH_CHARS) break;
  }
  return readsAsOffer(squash(text), 2);
}

/** A page heading that names a role, "Login.gov: Deputy Director" (a programme before it) too. */
function headsPosting(text: string): boolean {
  return namesRole(text) || namesRole(text.slice(text.lastIndexOf(':') + 1).trim());
}

function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
