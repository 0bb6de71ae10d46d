/**
 * A linear pre-scan of HTML or XML that refuses documents too deep or too large for the DOM
 * parser, before cheerio sees them: 200,000 nested elements take cheerio/htmlparser2 minutes
 * (its stack work is quadratic in depth) and overflow the call stack on `.text()`.
 *
 * The scan follows htmlparser2's tokenizer and tree rules (attribute quoting, raw-text elements,
 * implied closes, void elements, self-closing only in XML and inside svg/math) so that it never
 * skips markup the parser would build. Where it differs it over-counts, which is only stricter.
 *
 * The same pass mends one kind of damage where htmlparser2 and a browser build different trees:
 * headings. By the HTML5 tree rules (§13.2.6.4.7) an end tag `</h2>` closes whichever heading is
 * open, and a heading opened while another is the current node closes that one first; htmlparser2
 * ignores an end tag of another level, so `<h1>Title</h2>` leaves the h1 open and the whole page
 * becomes its heading. The returned text has such end tags renamed (and such headings closed), so
 * the parser builds the tree a browser shows.
 */
import { DocumentError } from '../../types.ts';
import { MAX_MARKUP_DEPTH, MAX_MARKUP_ELEMENTS } from './limits.ts';

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** htmlparser2's `openImpliesClose`: opening the key closes these while they are on top. */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as const),
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((t) => [t, P] as const),
]);
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

function isEndOfName(c: number): boolean {
  return isSpace(c) || c === SLASH || c === GT;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Index past the `>` that ends an opening tag whose attributes start at `from`, and whether it is `/>`. */
function scanAttributes(text: string, from: number): { end: number; selfClosing: boolean } {
  let state: 'before' | 'name' | 'after' | 'value' | 'dq' | 'sq' | 'nq' | 'slash' = 'before';
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    switch (state) {
      case 'dq':
        if (c === DQ) state = 'before';
        break;
      case 'sq':
        if (c === SQ) state = 'before';
        break;
      case 'value':
        if (c === DQ) state = 'dq';
        else if (c === SQ) state = 'sq';
        else if (c === GT) return { end: i + 1, selfClosing: false };
        else if (!isSpace(c)) state = 'nq';
        break;
      case 'nq':
        if (c === GT) return { end: i + 1, selfClosing: false };
        if (isSpace(c)) state = 'before';
        break;
      case 'name':
        if (c === EQ) state = 'value';
        else if (c === GT) return { end: i + 1, selfClosing: false };
        else if (c === SLASH) state = 'slash';
        else if (isSpace(c)) state = 'after';
        break;
      case 'after':
        if (c === EQ) state = 'value';
        else if (c === GT) return { end: i + 1, selfClosing: false };
        else if (c === SLASH) state = 'slash';
        else if (!isSpace(c)) state = 'name';
        break;
      case 'slash':
        if (c === GT) return { end: i + 1, selfClosing: true };
        if (!isSpace(c)) state = c === SLASH ? 'slash' : 'name';
        break;
      default:
        if (c === GT) return { end: i + 1, selfClosing: false };
        if (c === SLASH) state = 'slash';
        else if (!isSpace(c)) state = 'name';
    }
  }
  return { end: text.length, selfClosing: false };
}

function indexAfter(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at + marker.length;
}

/** Where a raw-text element's content ends: the next `</name`, in any case. */
function rawTextEnd(text: string, from: number, name: string): number {
  const re = new RegExp(`</${name}`, 'gi');
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

export interface MarkupLimits {
  readonly depth: number;
  readonly elements: number;
}

const DEFAULT_LIMITS: MarkupLimits = { depth: MAX_MARKUP_DEPTH, elements: MAX_MARKUP_ELEMENTS };

class OpenElements {
  private readonly stack: string[] = [];
  private readonly counts = new Map<string, number>();
  /** htmlparser2 honours `/>` in HTML only inside svg/math, and not in their HTML islands. */
  private readonly foreign: boolean[] = [];
  /** The open headings, innermost last (a browser closes any of them at any heading's end tag). */
  private readonly headings: string[] = [];

  constructor(private readonly maxDepth: number) {}

  /** The element on top of the stack. */
  get current(): string | undefined {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1] : undefined;
  }

  /** The innermost open heading, if any. */
  get heading(): string | undefined {
    return this.headings.length > 0 ? this.headings[this.headings.length - 1] : undefined;
  }

  isOpen(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  get inForeign(): boolean {
    // Never index -1: on an array that is a property lookup by name.
    return this.foreign.length > 0 && (this.foreign[this.foreign.length - 1] as boolean);
  }

  open(name: string, html: boolean): void {
    const closes = html ? IMPLIES_CLOSE.get(name) : undefined;
    while (closes && this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1] as string)) {
      this.pop();
    }
    if (html && VOID.has(name)) return;
    this.stack.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (html && HEADINGS.has(name)) this.headings.push(name);
    if (html && FOREIGN.has(name)) this.foreign.push(true);
    else if (html && INTEGRATION.has(name)) this.foreign.push(false);
    if (this.stack.length > this.maxDepth) {
      throw new DocumentError(`markup nested deeper than ${this.maxDepth} elements`);
    }
  }

  /** Closes the innermost open `name` and everything inside it; a stray closing tag does nothing. */
  close(name: string, html: boolean): void {
    if (html && (FOREIGN.has(name) || INTEGRATION.has(name))) this.foreign.pop();
    if (!this.counts.get(name)) return;
    for (let top = this.pop(); top !== undefined && top !== name; top = this.pop()) {
      // popping until the matching element, as the parser does
    }
  }

  /** Drops a just-opened element that closed itself (`<x/>`). */
  closeSelf(name: string): void {
    if (this.stack.length > 0 && this.stack[this.stack.length - 1] === name) this.pop();
  }

  private pop(): string | undefined {
    const top = this.stack.pop();
    if (top !== undefined) {
      this.counts.set(top, (this.counts.get(top) ?? 1) - 1);
      if (HEADINGS.has(top) && this.heading === top) this.headings.pop();
    }
    return top;
  }
}

/** A change to the text: `remove` characters at `at` replaced by `insert`. */
interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** Most heading repairs made in one document; past them the text is parsed as it is. */
const MAX_EDITS = 10_000;

function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const edit of edits) {
    parts.push(text.slice(from, edit.at), edit.insert);
    from = edit.at + edit.remove;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Throws `DocumentError` when the markup nests deeper than `MAX_MARKUP_DEPTH` or holds more than
 * `MAX_MARKUP_ELEMENTS` elements (or the `limits` given). One pass over the text. Returns the text
 * to parse: for HTML, with its headings' end tags mended as a browser reads them (see the module
 * comment); XML as it is.
 * @example assertMarkupBounds('<h1>IT Manager</h2><p>Lead</p>', 'html') // '<h1>IT Manager</h1><p>Lead</p>'
 */
export function assertMarkupBounds(
  text: string,
  mode: 'html' | 'xml',
  limits: MarkupLimits = DEFAULT_LIMITS,
): string {
  const html = mode === 'html';
  const open = new OpenElements(limits.depth);
  const edits: Edit[] = [];
  let elements = 0;
  let i = text.indexOf('<');
  while (i !== -1 && i < text.length - 1) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', i)) i = indexAfter(text, i + 2, '-->');
      else if (text.startsWith('<![CDATA[', i)) i = indexAfter(text, i + 9, ']]>');
      else i = indexAfter(text, i + 2, '>');
    } else if (next === 0x3f /* ? */) {
      i = indexAfter(text, i + 2, '>');
    } else if (next === SLASH) {
      let j = i + 2;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      const start = j;
      const c = text.charCodeAt(j);
      if (c !== GT && (html ? isAsciiAlpha(c) : !isEndOfName(c))) {
        while (j < text.length && text.charCodeAt(j) !== GT && !isSpace(text.charCodeAt(j))) j++;
        const raw = text.slice(start, j);
        const name = html ? raw.toLowerCase() : raw;
        const heading = html && HEADINGS.has(name) && !open.isOpen(name) ? open.heading : undefined;
        if (heading && edits.length < MAX_EDITS) {
          // "<h1>Title</h2>": the end tag closes the open heading, as a browser reads it.
          edits.push({ at: start, remove: j - start, insert: heading });
          open.close(heading, html);
        } else open.close(name, html);
      }
      i = c === GT ? j + 1 : indexAfter(text, j, '>');
    } else if (html ? isAsciiAlpha(next) : !isEndOfName(next)) {
      let j = i + 1;
      while (j < text.length && !isEndOfName(text.charCodeAt(j))) j++;
      const raw = text.slice(i + 1, j);
      const name = html ? raw.toLowerCase() : raw;
      if (++elements > limits.elements) {
        throw new DocumentError(`markup has more than ${limits.elements} elements`);
      }
      const { end, selfClosing } = scanAttributes(text, j);
      const current = open.current;
      if (html && HEADINGS.has(name) && current && HEADINGS.has(current) && edits.length < MAX_EDITS) {
        // "<h1>Title<h2>Team</h2>": a heading inside a heading closes the outer one first.
        edits.push({ at: i, remove: 0, insert: `</${current}>` });
        open.close(current, html);
      }
      open.open(name, html);
      if (selfClosing && (!html || open.inForeign)) open.closeSelf(name);
      i = html && !selfClosing && RAW_TEXT.has(name) ? rawTextEnd(text, end, name) : end;
    } else {
      i++;
    }
    i = text.indexOf('<', i);
  }
  return applyEdits(text, edits);
}
