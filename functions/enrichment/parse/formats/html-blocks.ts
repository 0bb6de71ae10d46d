/**
 * Openings a page repeats as blocks of one shape whose name is no heading element: a
 * `<div class="vacancy-item">` whose first line is `<div class="vacancy-title">Web-дизайнер</div>`,
 * a table with one row per job (`<tr><td>项目经理(JAVA)</td><td>宁波</td>…`) and its details in the
 * row after, an `<li>` per job with the role's link and its place. A person reads the first line of
 * each block as the job's name; so does this reader, when most blocks of the run open with a role.
 *
 * A block of the same shape that opens with no role (a job row's hidden details, a spacer) belongs
 * to the opening before it. A run of blocks that hold nothing but their name is a menu (links to
 * other pages, tabs), not a list of openings: each opening says something more (a place, a date,
 * its duties).
 */
import type { AnyNode, Element } from 'domhandler';
import { squash } from '../../fields.ts';
import { findElements, nodeText } from './markup.ts';
import { namesRole } from './text-sections.ts';
import { cleanTitle } from './title-line.ts';

/** One posting's part of a page: its title, its own link, and the nodes that hold it. */
export interface BlockPart {
  readonly title: string;
  readonly url: string | null;
  readonly nodes: readonly AnyNode[];
}

/** Elements of a page scanned for runs of blocks, and parents looked at. */
const MAX_ELEMENTS = 20_000;
/** Parents looked at: a page's containers are far fewer. */
const MAX_PARENTS = 5_000;
/** A job's name is a line, not a paragraph. */
const MAX_TITLE_CHARS = 120;
/** What an opening's block says beyond its name, at least: a place, a date, a line of duties. */
const MIN_OTHER_CHARS = 6;
/** A name that opens a block where its run's roles stand, as short as a job's name is. */
const MAX_NAME_CHARS = 60;
/** Text read per block to weigh it. */
const WEIGH_CHARS = 2_000;
/** Elements that carry text inside a line; the line is the block-level element around them. */
const INLINE = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'font', 'small', 'u', 'label', 'sup', 'sub']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'option']);

function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && node.type === 'tag';
}

function signature(element: Element): string {
  const first = (element.attribs.class ?? '').trim().split(/\s+/)[0] ?? '';
  return `${element.name}.${first}`;
}

/** The first text node under `node` that is not blank, in document order. */
function firstText(node: AnyNode): AnyNode | null {
  if (node.type === 'text') return node.data.trim() === '' ? null : node;
  if (!isElement(node) || SKIP.has(node.name)) return null;
  for (const child of node.children) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

/** The block's first line (the element around its first text, inline wrappers included) and its link. */
function blockTitle(block: Element): { title: string; url: string | null; place: string } | null {
  const text = firstText(block);
  if (!text) return null;
  let line = text.parent;
  while (isElement(line) && line !== block && INLINE.has(line.name) && isElement(line.parent)) {
    if (line.parent === block) break;
    line = line.parent;
  }
  if (!isElement(line)) return null;
  const title = cleanTitle(squash(nodeText(line, MAX_TITLE_CHARS * 2)));
  if (title.length === 0 || title.length > MAX_TITLE_CHARS) return null;
  let url: string | null = null;
  for (let el: AnyNode | null = text.parent; isElement(el) && el !== block.parent; el = el.parent) {
    if (el.name === 'a' && el.attribs.href) url = el.attribs.href;
  }
  url ??= findElements(line, (el) => el.name === 'a' && !!el.attribs.href, 1)[0]?.attribs.href ?? null;
  // Where the line stands in its block: the shapes from the block down to it.
  const path: string[] = [];
  for (let el: AnyNode | null = line; isElement(el) && el !== block; el = el.parent) path.push(signature(el));
  return { title, url, place: path.join('<') };
}

/**
 * Lines under a block that name a role other than its own, a link to one weighing two: another
 * list of roles inside it (a column of links to job pages).
 */
function otherRoleLines(block: Element, title: string): number {
  const names = new Map<string, number>();
  const lines = findElements(
    block,
    (el) => !INLINE.has(el.name) && !el.children.some((c) => isElement(c) && !INLINE.has(c.name)),
    200,
  );
  for (const line of lines) {
    const text = cleanTitle(squash(nodeText(line, MAX_TITLE_CHARS * 2)));
    if (text === title || text.length > MAX_TITLE_CHARS || !namesRole(text)) continue;
    names.set(text.toLowerCase(), inLink(line, block) ? 2 : 1);
  }
  let weight = 0;
  for (const w of names.values()) weight += w;
  return weight;
}

function inLink(node: Element, block: Element): boolean {
  for (let el: AnyNode | null = node; isElement(el) && el !== block; el = el.parent) {
    if (el.name === 'a' && el.attribs.href) return true;
  }
  return findElements(node, (el) => el.name === 'a' && !!el.attribs.href, 1).length > 0;
}

/** Whether an element has two children of one shape: the only parents a run can stand under. */
function repeats(el: Element): boolean {
  if (SKIP.has(el.name)) return false;
  const seen = new Set<string>();
  for (const child of el.children) {
    if (!isElement(child)) continue;
    const sig = signature(child);
    if (seen.has(sig)) return true;
    seen.add(sig);
  }
  return false;
}

/** The runs of one parent's children of one shape, each cut at the blocks that open with a role. */
function runsOf(parent: Element): BlockPart[][] {
  const children = parent.children.filter(isElement);
  const bySignature = new Map<string, Element[]>();
  for (const child of children) {
    if (SKIP.has(child.name) || /^h[1-6]$/.test(child.name)) continue;
    const sig = signature(child);
    bySignature.set(sig, [...(bySignature.get(sig) ?? []), child]);
  }
  const out: BlockPart[][] = [];
  for (const [sig, alike] of bySignature) {
    if (alike.length < 2) continue;
    const parts: { title: string; url: string | null; nodes: Element[] }[] = [];
    let current: (typeof parts)[number] | null = null;
    const heads = new Map(alike.map((child) => [child, blockTitle(child)] as const));
    // Where the blocks that open with a role hold their name: a block of the run that holds a short
    // name there too is an opening ("Sales" among developers), not the details of the one before.
    const namePlaces = new Set<string>();
    for (const head of heads.values()) if (head && namesRole(head.title)) namePlaces.add(head.place);
    const opens = (head: ReturnType<typeof blockTitle>) =>
      !!head &&
      (namesRole(head.title) ||
        (namePlaces.has(head.place) && head.title.length <= MAX_NAME_CHARS && !/[:：]$/.test(head.title)));
    // Blocks from the first role on: a header row before it is the table's own.
    let blocks = 0;
    for (const child of children) {
      if (signature(child) !== sig) continue;
      const head = heads.get(child) ?? null;
      if (head && opens(head)) {
        current = { title: head.title, url: head.url, nodes: [child] };
        parts.push(current);
      } else current?.nodes.push(child);
      if (current) blocks++;
    }
    // Most blocks open with a role, or each role's block is followed by its details: not a list of
    // duties where an item or two reads as a role.
    if (parts.length < 2 || parts.length * 2 < blocks) continue;
    // A menu names roles and says nothing else: every opening's block says more than its name,
    // and names no other roles (a column of links to job pages is a menu, not an opening).
    const sayMore = parts.every((part) => {
      if (part.nodes.some((node) => otherRoleLines(node, part.title) >= 2)) return false;
      let chars = 0;
      for (const node of part.nodes) chars += squash(nodeText(node, WEIGH_CHARS)).length;
      return chars - part.title.length >= MIN_OTHER_CHARS;
    });
    if (sayMore) out.push(parts);
  }
  return out;
}

/**
 * Runs of blocks of one shape under one parent, most opening with a role's name, one posting per
 * role: each with the blocks that follow it until the next role.
 */
export function blockParts(root: Element): BlockPart[][] {
  // A page past this many elements is no careers page kept as source: the scan stays linear.
  if (findElements(root, () => true, MAX_ELEMENTS + 1).length > MAX_ELEMENTS) return [];
  const parents = findElements(root, repeats, MAX_PARENTS);
  // The root's own children first: the blocks may stand right under it (a page's <body>).
  return [root, ...parents].flatMap(runsOf);
}
