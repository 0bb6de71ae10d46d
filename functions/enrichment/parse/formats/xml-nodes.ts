/**
 * Walking feed items node by node (no cheerio wrapper per field): one parse of the feed, then
 * plain loops over each item's children, so a 3,000-item feed costs little more than its parse.
 */
import type { AnyNode, Element } from 'domhandler';
import { squash } from '../../fields.ts';
import { nodeText } from './markup.ts';

/** An element's name without its namespace prefix, lowercased: `content:encoded` → `encoded`. */
export function localName(element: { readonly name: string }): string {
  const name = element.name;
  const colon = name.indexOf(':');
  return (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
}

/** The element's namespace prefix, lowercased, or '' for none. */
export function prefixOf(element: { readonly name: string }): string {
  const colon = element.name.indexOf(':');
  return colon === -1 ? '' : element.name.slice(0, colon).toLowerCase();
}

export function childElements(node: AnyNode): Element[] {
  if (!('children' in node)) return [];
  return node.children.filter((child): child is Element => child.type === 'tag');
}

/** The element's text (entities and CDATA decoded), trimmed; null when empty. */
export function textOfElement(element: Element | undefined): string | null {
  if (!element) return null;
  const text = nodeText(element).trim();
  return text === '' ? null : text;
}

/** The text of a named child element (by local name), or null. */
export function childText(element: Element, name: string): string | null {
  return textOfElement(childElements(element).find((child) => localName(child) === name));
}

/** Squashed, single-line text of an element, or null. */
export function lineOf(element: Element | undefined): string | null {
  const text = textOfElement(element);
  return text === null ? null : squash(text);
}
