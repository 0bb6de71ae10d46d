/**
 * The only doors into cheerio/slim (htmlparser2) for the format parsers: every document is
 * bounded before it is parsed, XML with entity declarations is refused, and small HTML strings
 * (titles, escaped descriptions) are turned into text without a DOM where they can be.
 */
import type { CheerioAPI, CheerioOptions } from 'cheerio/slim';
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { Parser } from 'htmlparser2';
import { squash } from '../../fields.ts';
import { DocumentError } from '../../types.ts';
import { assertMarkupBounds } from './markup-bounds.ts';

/**
 * htmlparser2's HTML mode (what cheerio/slim uses anyway), serialising text as UTF-8 rather than
 * numeric entities, so descriptions cut from a page read as the page did.
 */
const HTML_OPTIONS: CheerioOptions = {
  xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' },
};

/** Parses an HTML page or fragment after checking its depth and size (headings' end tags mended). */
export function loadHtml(html: string): CheerioAPI {
  return load(assertMarkupBounds(html, 'html'), HTML_OPTIONS);
}

const DOCTYPE_SUBSET = /<!DOCTYPE\s+[^\s>[]+(?:\s+(?:SYSTEM|PUBLIC)(?:\s+(?:"[^"]*"|'[^']*')){1,2})?\s*\[/i;

/**
 * Refuses a DOCTYPE whose internal subset declares entities. htmlparser2 never expands them
 * (no billion laughs, no external entity reads), but a feed that declares them is hostile or
 * broken, and saying so beats returning postings with "&lol9;" in them.
 */
export function assertNoEntityDeclarations(text: string): void {
  const doctype = DOCTYPE_SUBSET.exec(text.slice(0, 65_536));
  if (!doctype) return;
  const subsetStart = doctype.index + doctype[0].length;
  const subsetEnd = text.indexOf(']>', subsetStart);
  const subset = text.slice(subsetStart, subsetEnd === -1 ? text.length : subsetEnd);
  if (/<!ENTITY\b/i.test(subset)) {
    throw new DocumentError('XML entity declarations (<!ENTITY> in a DOCTYPE) are not accepted');
  }
}

/** Parses an XML feed in htmlparser2's XML mode, after the entity and bounds checks. */
export function loadXml(xml: string): CheerioAPI {
  assertNoEntityDeclarations(xml);
  assertMarkupBounds(xml, 'xml');
  return load(xml, { xml: true });
}

/** True when the string holds markup (a tag, comment or closing tag), not just text. */
export function hasMarkup(text: string): boolean {
  return /<(?:[a-zA-Z][\w:-]*[\s/>]|\/[a-zA-Z]|!--)/.test(text);
}

const TITLE_INPUT_CHARS = 4_000;

/**
 * Plain text from a short string that may hold HTML or entities ("<b>IT Manager</b>",
 * "R&amp;D Manager"), whitespace collapsed. Plain strings skip the parser.
 */
export function htmlToText(text: string): string {
  const input = text.length > TITLE_INPUT_CHARS ? text.slice(0, TITLE_INPUT_CHARS) : text;
  // Without a tag and without an "&" that may start an entity ("R&D", not "Infrastructure &
  // Operations"), the tokenizer would hand the text back as it is.
  if (!input.includes('<') && !/&[#a-zA-Z]/.test(input)) return squash(input);
  return squash(markupText(input));
}

/**
 * The text of an HTML fragment as cheerio's `.text()` gives it (entities decoded, tags and
 * comments dropped), read off the tokenizer: no tree for a title or an escaped description.
 */
export function markupText(html: string): string {
  let out = '';
  new Parser({
    ontext(text) {
      out += text;
    },
  }).end(html);
  return out;
}

/**
 * Markup from a string that may be entity-escaped once more than it should be (Greenhouse
 * `content`, some JSON-LD descriptions): "&lt;p&gt;Hi&lt;/p&gt;" → "<p>Hi</p>". A string that
 * already holds markup is returned unchanged, so decoding happens at most once.
 */
export function unescapeMarkup(text: string): string {
  if (hasMarkup(text) || !/&(?:lt|#0*60|#x0*3c);/i.test(text)) return text;
  return markupText(text);
}

/**
 * The text content of a DOM node, without building a cheerio wrapper. Stops once `limit`
 * characters are collected, so that reading many nested elements cannot cost depth × size.
 */
export function nodeText(node: AnyNode, limit = Number.POSITIVE_INFINITY): string {
  if (node.type === 'text') return node.data.length > limit ? node.data.slice(0, limit) : node.data;
  if (!('children' in node)) return '';
  let out = '';
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0 && out.length < limit) {
    const current = stack.pop() as AnyNode;
    if (current.type === 'text') out += current.data;
    else if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as AnyNode);
    }
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/**
 * Elements under `root` in document order that `match`, at most `limit`, not descending into
 * elements `skip` accepts. A plain walk, because cheerio's selector lists ("p, li, dd") sort
 * their results in document order in quadratic time: minutes on a page of 150,000 paragraphs.
 */
export function findElements(
  root: AnyNode,
  match: (element: Element) => boolean,
  limit = Number.POSITIVE_INFINITY,
  skip: (element: Element) => boolean = () => false,
): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = 'children' in root ? [...root.children].reverse() : [];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    if (match(node)) out.push(node);
    if (skip(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out;
}
