/**
 * A page's content as Markdown lines that keep its links ("- [Senior Backend Engineer](https://…) —
 * Leeds"), so that the readers of text documents find openings an HTML page lists as links (a
 * careers page's list, a table of openings) as they find them in a README.
 */
import type { AnyNode, Element } from 'domhandler';

/** Elements that start a line of their own. */
const BLOCK =
  /^(?:p|div|section|article|header|footer|main|aside|nav|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|blockquote|pre|figure|form|fieldset|address|details|summary)$/;
/** Most lines written: a page's list of openings is well inside this. */
const MAX_LINES = 5_000;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag';
}

/** Elements that sit inside a line of text. */
const INLINE = /^(?:a|abbr|b|bdi|cite|code|em|font|i|kbd|mark|q|s|small|span|strong|sub|sup|time|u)$/;

/** A text node, or an inline element holding no block: part of the line around it. */
function isInline(node: AnyNode): boolean {
  if (node.type === 'text') return true;
  if (!isElement(node) || !INLINE.test(node.name)) return false;
  return !node.children.some((c) => isElement(c) && !INLINE.test(c.name) && c.name !== 'br');
}

/** A run of text as one line's words. */
function inline(node: AnyNode, out: string[]): void {
  if (node.type === 'text') {
    out.push((node as unknown as { data: string }).data);
    return;
  }
  if (!isElement(node) || node.name === 'script' || node.name === 'style') return;
  if (node.name === 'br') {
    out.push('\n');
    return;
  }
  if (node.name === 'a' && node.attribs.href && !/^(?:#|javascript:|mailto:)/i.test(node.attribs.href)) {
    const words: string[] = [];
    for (const child of node.children) inline(child, words);
    const text = words.join('').replace(/\s+/g, ' ').replace(/[[\]]/g, '').trim();
    out.push(text === '' ? ' ' : `[${text}](${node.attribs.href.replace(/\s/g, '%20')})`);
    return;
  }
  for (const child of node.children) inline(child, out);
}

/**
 * The Markdown lines of an element: headings as "#" lines, list items as "- " bullets, table
 * rows as "| cell | cell |" (a rule after a header row), other blocks as paragraphs; links kept.
 */
export function markdownLines(root: Element): string[] {
  const lines: string[] = [];
  const push = (line: string) => {
    if (lines.length < MAX_LINES) lines.push(line);
  };
  const words = (node: Element) => {
    const out: string[] = [];
    for (const child of node.children) inline(child, out);
    return out
      .join('')
      .replace(/[ \t\r\f\v]+/g, ' ')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
  };
  const walk = (node: AnyNode) => {
    if (!isElement(node) || lines.length >= MAX_LINES) return;
    const name = node.name;
    if (name === 'script' || name === 'style' || name === 'template' || name === 'noscript') return;
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      push('');
      push(`${'#'.repeat(Number(heading[1]))} ${words(node)}`);
      push('');
      return;
    }
    if (name === 'li') {
      // A list item's own words, its nested lists after it.
      const own = node.children.filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol')));
      const out: string[] = [];
      for (const child of own) inline(child, out);
      const text = out.join('').replace(/\s+/g, ' ').trim();
      if (text !== '') push(`- ${text}`);
      for (const child of node.children)
        if (isElement(child) && (child.name === 'ul' || child.name === 'ol')) walk(child);
      return;
    }
    if (name === 'tr') {
      const cells = node.children.filter(
        (c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'),
      );
      if (cells.length === 0) return;
      push(`| ${cells.map((cell) => words(cell).replace(/\|/g, '/')).join(' | ')} |`);
      if (cells.every((cell) => cell.name === 'th')) push(`|${cells.map(() => '---|').join('')}`);
      return;
    }
    const hasBlock = node.children.some(
      (c) => isElement(c) && (BLOCK.test(c.name) || /^(?:h[1-6]|li|tr)$/.test(c.name)),
    );
    if (!hasBlock) {
      const text = words(node);
      if (text !== '') {
        push(text);
        if (name === 'p' || name === 'div') push('');
      }
      return;
    }
    if (name === 'table') push('');
    // Text and inline elements between blocks are one line, as the page shows them: "Acme |
    // Engineer | <a>acme.com</a> | Remote" before a comment's first paragraph stays one header line.
    let run: AnyNode[] = [];
    const flush = () => {
      const out: string[] = [];
      for (const child of run) inline(child, out);
      // Line breaks in the text stay (a comment's "Company: Acme" over "Location: Remote").
      const text = out
        .join('')
        .replace(/[ \t\r\f\v]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim();
      if (text !== '') push(text);
      run = [];
    };
    for (const child of node.children) {
      if (isInline(child)) run.push(child);
      else {
        flush();
        walk(child);
      }
    }
    flush();
    if (name === 'ul' || name === 'ol' || name === 'table' || name === 'p') push('');
  };
  walk(root);
  return lines;
}
