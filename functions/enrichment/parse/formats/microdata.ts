/**
 * schema.org JobPostings marked up as microdata (`itemscope itemtype=".../JobPosting"`) or as RDFa
 * (`vocab="https://schema.org/" typeof="JobPosting"`, `property="title"`), read into the same
 * object shape as JSON-LD so that one mapping serves all three.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { ownEntry, squash } from '../../fields.ts';
import { assertPostingCount, MAX_JSON_DEPTH } from './limits.ts';
import { nodeText } from './markup.ts';

type JsonRecord = Record<string, unknown>;

/** Longest text read for one property; a title or a place never comes near. */
const MAX_PROPERTY_CHARS = 10_000;
const MAX_VALUES = 20;

const URL_PROPS: Readonly<Record<string, string>> = {
  a: 'href',
  link: 'href',
  area: 'href',
  img: 'src',
  audio: 'src',
  video: 'src',
  source: 'src',
  iframe: 'src',
  embed: 'src',
  object: 'data',
};

/** How one markup syntax names an item's scope, its type and its properties. */
interface Syntax {
  /** The element starts an item (its properties are read as the item's, not the outer one's). */
  readonly isScope: (element: Element) => boolean;
  readonly type: (element: Element) => string;
  /** The property names an element carries, without a vocabulary prefix. */
  readonly props: (element: Element) => string[];
}

const MICRODATA: Syntax = {
  isScope: (element) => 'itemscope' in element.attribs,
  type: (element) => element.attribs.itemtype ?? '',
  props: (element) => (element.attribs.itemprop ?? '').split(/\s+/).filter((n) => n !== ''),
};

/** "schema:title", "http://schema.org/title", "title": the term a property or type names. */
function rdfaTerm(name: string): string {
  const slash = name.lastIndexOf('/');
  const afterSlash = slash >= 0 ? name.slice(slash + 1) : name;
  const colon = afterSlash.lastIndexOf(':');
  return colon >= 0 ? afterSlash.slice(colon + 1) : afterSlash;
}

const RDFA: Syntax = {
  isScope: (element) => 'typeof' in element.attribs,
  type: (element) => (element.attribs.typeof ?? '').split(/\s+/).map(rdfaTerm).join(' '),
  props: (element) =>
    (element.attribs.property ?? '')
      .split(/\s+/)
      .filter((n) => n !== '')
      .map(rdfaTerm)
      .filter((n) => n !== ''),
};

/** Whether an element is an RDFa JobPosting (`typeof="JobPosting"`, `"schema:JobPosting"`). */
export function isRdfaJobPosting(element: Element): boolean {
  const types = element.attribs.typeof;
  return (types ?? '').split(/\s+/).some((t) => rdfaTerm(t) === 'JobPosting');
}

function hasElementChildren(element: Element): boolean {
  return element.children.some((child) => child.type === 'tag');
}

/** A property's value per the microdata rules, with `content` honoured on any element as pages use it. */
function propertyValue(
  $: CheerioAPI,
  syntax: Syntax,
  element: Element,
  name: string,
  depth: number,
): unknown {
  if (syntax.isScope(element)) return readItem($, syntax, element, depth + 1);
  const attribs = element.attribs;
  if (attribs.content !== undefined) return attribs.content;
  // RDFa names a linked value in `resource` or `href` on any element.
  if (syntax === RDFA && attribs.resource !== undefined) return attribs.resource;
  const urlAttr = ownEntry(URL_PROPS, element.name);
  if (urlAttr && attribs[urlAttr] !== undefined) return attribs[urlAttr];
  if (element.name === 'time' && attribs.datetime) return attribs.datetime;
  if ((element.name === 'data' || element.name === 'meter') && attribs.value !== undefined)
    return attribs.value;
  // The description keeps its markup so that its headings and lists reach the blocks step.
  if (name === 'description' && hasElementChildren(element)) return $(element).html() ?? '';
  return squash(nodeText(element, MAX_PROPERTY_CHARS).slice(0, MAX_PROPERTY_CHARS));
}

/** Whether a property already holds as many values as will be read (one for a description). */
function isFull(item: JsonRecord, name: string): boolean {
  const existing = ownEntry(item, name);
  if (existing === undefined) return false;
  return name === 'description' || (Array.isArray(existing) && existing.length >= MAX_VALUES);
}

function addProperty(item: JsonRecord, name: string, value: unknown): void {
  const existing = ownEntry(item, name);
  if (Array.isArray(existing)) existing.push(value);
  // defineProperty, not `item[name] = …`: for itemprop="__proto__" that would set the prototype.
  else
    Object.defineProperty(item, name, {
      value: existing === undefined ? value : [existing, value],
      writable: true,
      enumerable: true,
      configurable: true,
    });
}

/** Reads the properties of one item, not descending into nested items (they are read as values). */
function readItem($: CheerioAPI, syntax: Syntax, scope: Element, depth: number): JsonRecord {
  const item: JsonRecord = { '@type': syntax.type(scope) };
  if (depth > MAX_JSON_DEPTH) return item;
  const stack: Element[] = [];
  for (let i = scope.children.length - 1; i >= 0; i--) {
    const child = scope.children[i];
    if (child?.type === 'tag') stack.push(child);
  }
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    for (const name of syntax.props(element)) {
      if (!isFull(item, name)) addProperty(item, name, propertyValue($, syntax, element, name, depth));
    }
    if (syntax.isScope(element)) continue;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (child?.type === 'tag') stack.push(child);
    }
  }
  return item;
}

/** The microdata JobPostings the page index found, read as schema.org objects. */
export function readMicrodataPostings($: CheerioAPI, items: readonly Element[]): JsonRecord[] {
  assertPostingCount(items.length);
  return items.map((element) => readItem($, MICRODATA, element, 0));
}

/** The RDFa JobPostings the page index found, read as schema.org objects. */
export function readRdfaPostings($: CheerioAPI, items: readonly Element[]): JsonRecord[] {
  assertPostingCount(items.length);
  return items.map((element) => readItem($, RDFA, element, 0));
}
