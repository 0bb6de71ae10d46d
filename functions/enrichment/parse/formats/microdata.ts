/**
 * schema.org JobPostings marked up as microdata (`itemscope itemtype=".../JobPosting"`), read into
 * the same object shape as JSON-LD so that one mapping serves both.
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

function hasElementChildren(element: Element): boolean {
  return element.children.some((child) => child.type === 'tag');
}

/** A property's value per the microdata rules, with `content` honoured on any element as pages use it. */
function propertyValue($: CheerioAPI, element: Element, name: string, depth: number): unknown {
  if ('itemscope' in element.attribs) return readItem($, element, depth + 1);
  const attribs = element.attribs;
  if (attribs.content !== undefined) return attribs.content;
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
function readItem($: CheerioAPI, scope: Element, depth: number): JsonRecord {
  const item: JsonRecord = { '@type': scope.attribs.itemtype ?? '' };
  if (depth > MAX_JSON_DEPTH) return item;
  const stack: Element[] = [];
  for (let i = scope.children.length - 1; i >= 0; i--) {
    const child = scope.children[i];
    if (child?.type === 'tag') stack.push(child);
  }
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    const names = (element.attribs.itemprop ?? '').split(/\s+/).filter((n) => n !== '');
    for (const name of names) {
      if (!isFull(item, name)) addProperty(item, name, propertyValue($, element, name, depth));
    }
    if ('itemscope' in element.attribs) continue;
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
  return items.map((element) => readItem($, element, 0));
}
