/**
 * Turns a posting's description (HTML or plain text) into ordered text blocks that keep their
 * sections, so "Requirements" can be told from "Nice to have" and evidence can quote a sentence.
 */

import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { squash } from './formats/fields.ts';
import type { Block } from './types.ts';

/** Past this many characters a description is cut: no real posting is longer, and work stays bounded. */
export const MAX_DESCRIPTION_CHARS = 200_000;
const MAX_BLOCKS = 2_000;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt']);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'br',
  'blockquote',
  'pre',
  'dd',
  'dl',
  'form',
  'fieldset',
  'aside',
  'nav',
  'hr',
  ...HEADING_TAGS,
]);
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'head',
  'button',
  'select',
]);

/** A short line ending in ":" or a bold lead-in acts as a heading: "Requirements:", "Nice to have". */
const LEAD_IN = /^([A-Z][^.!?:]{1,60}):\s*(.*)$/s;
const HEADING_LIKE = /^[A-Z][\p{L}'’&/,\- ]{2,60}:$/u;

class BlockBuilder {
  readonly blocks: Block[] = [];
  private section: string | null = null;
  private chars = 0;

  get full(): boolean {
    return this.blocks.length >= MAX_BLOCKS || this.chars >= MAX_DESCRIPTION_CHARS;
  }

  heading(text: string): void {
    const t = squash(text).replace(/:$/, '');
    if (!t) return;
    this.section = t;
    this.push({ kind: 'heading', text: t, section: t });
  }

  text(kind: 'paragraph' | 'item', raw: string, strongLead: string | null = null): void {
    const t = squash(raw);
    if (!t) return;
    // "Requirements: 5+ years ..." sets a section for what follows in the same block and after it
    // only when the block is nothing but the lead-in; a lead-in inside a paragraph scopes that paragraph.
    // Cheap guard first: both patterns need a colon within their first 62 characters.
    const colon = t.indexOf(':');
    const mayLead = colon > 0 && colon <= 62;
    const lead = strongLead ?? (mayLead ? (LEAD_IN.exec(t)?.[1] ?? null) : null);
    if (kind === 'paragraph' && mayLead && t.length <= 62 && HEADING_LIKE.test(t)) {
      this.heading(t);
      return;
    }
    this.push({ kind, text: t, section: lead && lead.length <= 40 ? lead : this.section });
  }

  private push(block: Block): void {
    if (this.full) return;
    this.chars += block.text.length;
    this.blocks.push(block);
  }
}

/** Cuts over-long markup at a tag boundary, so the cut leaves no half tag behind as text. */
function cutMarkup(html: string): string {
  if (html.length <= MAX_DESCRIPTION_CHARS) return html;
  const cut = html.lastIndexOf('>', MAX_DESCRIPTION_CHARS);
  return html.slice(0, cut > 0 ? cut + 1 : MAX_DESCRIPTION_CHARS);
}

/**
 * Splits HTML into blocks: headings, paragraphs and list items, each with its section.
 * @example htmlToBlocks('<h2>Requirements</h2><ul><li>CISSP</li></ul>')
 *   // → [{kind:'heading',text:'Requirements',...}, {kind:'item',text:'CISSP',section:'Requirements'}]
 */
export function htmlToBlocks(html: string): Block[] {
  // The parser cheerio/slim runs, without building a Cheerio object around a fragment we only walk.
  return nodesToBlocks(parseDocument(cutMarkup(html)).children);
}

function textOf(node: AnyNode): string {
  // Iterative, like the walk below: nested markup cannot overflow the stack.
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if ('children' in n && n.type === 'tag') {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return out;
}

/**
 * Splits already-parsed nodes (a page's main element, say) into blocks, so a parser that has
 * the DOM in hand need not serialise it and parse it again.
 */
export function nodesToBlocks(nodes: readonly AnyNode[]): Block[] {
  const out = new BlockBuilder();
  let inline = '';
  let inlineKind: 'paragraph' | 'item' = 'paragraph';

  const flush = () => {
    if (inline.trim()) out.text(inlineKind, inline);
    inline = '';
    inlineKind = 'paragraph';
  };

  // Iterative walk: no recursion, so deeply nested markup cannot overflow the stack.
  const stack: { node: AnyNode; exit?: Element }[] = [...nodes].reverse().map((node) => ({ node }));
  while (stack.length > 0 && !out.full) {
    const frame = stack.pop() as { node: AnyNode; exit?: Element };
    if (frame.exit) {
      if (BLOCK_TAGS.has(frame.exit.name)) flush();
      continue;
    }
    const node = frame.node;
    if (node.type === 'text') {
      inline += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (SKIP_TAGS.has(name)) continue;
    if (HEADING_TAGS.has(name)) {
      flush();
      out.heading(textOf(el));
      continue;
    }
    if (name === 'br') {
      flush();
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      if (name === 'li') inlineKind = 'item';
      // A paragraph that is only a bold lead-in ("<p><b>Requirements</b></p>") is a heading.
      if ((name === 'p' || name === 'div') && el.children.length === 1) {
        const only = el.children[0] as AnyNode;
        if (only.type === 'tag' && ['b', 'strong'].includes((only as Element).name)) {
          const t = squash(textOf(only));
          if (t && t.length <= 60 && !/[.!?]$/.test(t)) {
            out.heading(t);
            continue;
          }
        }
      }
    }
    stack.push({ node: el, exit: el });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i] as AnyNode });
  }
  flush();
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
    if (t.length <= 60 && /:$/.test(t)) {
      flush();
      out.heading(t);
      continue;
    }
    para = para ? `${para} ${t}` : t;
  }
  flush();
  return out.blocks;
}
