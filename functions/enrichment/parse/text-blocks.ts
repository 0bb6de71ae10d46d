/**
 * Turns a posting's description (HTML or plain text) into ordered text blocks that keep their
 * sections, so "Requirements" can be told from "Nice to have" and evidence can quote a sentence.
 */

import type { AnyNode, Element } from 'domhandler';
import { Parser } from 'htmlparser2';
import type { Block } from '../types.ts';
import { BlockBuilder, BlockCollector, MAX_DESCRIPTION_CHARS } from './block-collector.ts';
import { assertMarkupBounds } from './formats/markup-bounds.ts';

export { MAX_DESCRIPTION_CHARS };

/** Cuts over-long markup at a tag boundary, so the cut leaves no half tag behind as text. */
function cutMarkup(html: string): string {
  if (html.length <= MAX_DESCRIPTION_CHARS) return html;
  const cut = html.lastIndexOf('>', MAX_DESCRIPTION_CHARS);
  return html.slice(0, cut > 0 ? cut + 1 : MAX_DESCRIPTION_CHARS);
}

const HEADING_TAG = /<(\/?)h([1-6])\b/gi;

/** Whether some heading level is opened and closed a different number of times: worth mending. */
function headingsUnbalanced(html: string): boolean {
  const balance = [0, 0, 0, 0, 0, 0, 0];
  let any = false;
  for (const match of html.matchAll(HEADING_TAG)) {
    any = true;
    const level = Number(match[2]);
    balance[level] = (balance[level] ?? 0) + (match[1] ? -1 : 1);
  }
  return any && balance.some((n) => n !== 0);
}

/**
 * Splits HTML into blocks: headings, paragraphs and list items, each with its section.
 * @example htmlToBlocks('<h2>Requirements</h2><ul><li>CISSP</li></ul>')
 *   // → [{kind:'heading',text:'Requirements',...}, {kind:'item',text:'CISSP',section:'Requirements'}]
 */
export function htmlToBlocks(html: string): Block[] {
  // The tokenizer cheerio/slim runs, with no tree built: blocks are collected as tags open and close.
  const out = new BlockCollector();
  const parser: Parser = new Parser({
    onopentagname: (name) => out.open(name),
    onclosetag: (name) => {
      out.close(name);
      if (out.full) parser.pause();
    },
    ontext: (data) => out.text(data),
    oncommentend: () => out.other(),
    onprocessinginstruction: () => out.other(),
  });
  const cut = cutMarkup(html);
  // "<h3>Requirements</h4>": a heading closed by another level's tag ends there, as a browser reads it.
  parser.end(headingsUnbalanced(cut) ? assertMarkupBounds(cut, 'html') : cut);
  return out.blocks;
}

/**
 * Splits already-parsed nodes (a page's main element, say) into blocks, so a parser that has
 * the DOM in hand need not serialise it and parse it again.
 */
export function nodesToBlocks(nodes: readonly AnyNode[]): Block[] {
  const out = new BlockCollector();
  // Iterative walk: no recursion, so deeply nested markup cannot overflow the stack. A string on
  // the stack is the close of the element of that name.
  const stack: (AnyNode | string)[] = [...nodes].reverse();
  while (stack.length > 0 && !out.full) {
    const node = stack.pop() as AnyNode | string;
    if (typeof node === 'string') out.close(node);
    else if (node.type === 'text') out.text((node as unknown as { data: string }).data);
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      const name = el.name.toLowerCase();
      out.open(name);
      stack.push(name);
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
    } else out.other();
  }
  return out.blocks;
}

const BULLET = /^\s*(?:[-*•·–—▪◦●]|\d{1,2}[.)])\s+/;

/**
 * Splits plain text into blocks: a bulleted line is an item, a short line ending in ":" or a
 * short Title-Case line is a heading, other lines are paragraphs (wrapped lines are joined).
 */
export function textToBlocks(text: string): Block[] {
  const out = new BlockBuilder();
  const lines = (text.length > MAX_DESCRIPTION_CHARS ? text.slice(0, MAX_DESCRIPTION_CHARS) : text).split(
    /\r?\n/,
  );
  let para = '';
  const flush = () => {
    if (para) out.text('paragraph', para);
    para = '';
  };
  for (const line of lines) {
    if (out.full) break;
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    if (BULLET.test(t)) {
      flush();
      out.text('item', t.replace(BULLET, ''));
      continue;
    }
    // "Requirements:", and "任職要求：" with the full-width colon Chinese writes.
    if (t.length <= 60 && /[:：]$/.test(t)) {
      flush();
      out.heading(t);
      continue;
    }
    para = para ? `${para} ${t}` : t;
  }
  flush();
  return out.blocks;
}
