/**
 * Feed items read straight off htmlparser2's XML tokenizer: for each `<item>`, its child
 * elements with their attributes and text. No tree is built for a 3,000-item feed whose items
 * are read once, field by field; the depth and element bounds are enforced as tags open, so no
 * separate pre-scan of the document is needed either.
 */
import { Parser } from 'htmlparser2';
import { DocumentError } from '../../types.ts';
import { MAX_MARKUP_DEPTH, MAX_MARKUP_ELEMENTS } from './limits.ts';
import { assertNoEntityDeclarations } from './markup.ts';

/** A child element of an item: its name as written, its attributes, and its text (CDATA and entities decoded). */
export interface XmlField {
  readonly name: string;
  readonly attribs: Readonly<Record<string, string>>;
  text: string;
}

interface OpenItem {
  readonly depth: number;
  readonly fields: XmlField[];
  /** The child element open now, whose subtree's text goes to it. */
  field: XmlField | null;
}

/** What a feed holds: its items, the fields of its channel, and where it broke off, if it did. */
export interface XmlFeed {
  readonly items: XmlField[][];
  /** Elements outside every item up to three levels deep (the channel's title, author, ...). */
  readonly head: XmlField[];
  /** The item element name the feed uses: `item`, or the repeated element a non-RSS list uses. */
  readonly itemName: string;
  /** Set when the document ends with elements still open: what was kept and what was lost. */
  readonly truncated: string | null;
}

const HEAD_DEPTH = 3;
const HEAD_CHARS = 2_000;
/** Item names of XML job lists that are not RSS (`<rss><jobs><job>`), tried when a feed has no `<item>`. */
const LIST_ITEM_NAMES = ['job', 'vacancy', 'position', 'posting', 'entry'];
/** Job list items as elements: `<job>`, `<vacancy id="7">`, `<Job>` (not `<jobs>` or `<jobtype>`). */
const LIST_ITEM = /<(job|vacancy|position|posting)[\s>]/i;

/**
 * The repeated element an XML job feed that is not RSS or Atom lists its jobs in, as its first
 * characters show it: Indeed's and ZipRecruiter's `<source><job>`, an ATS export's
 * `<jobs><job>`, `<vacancies><vacancy>`. Null when none opens there.
 */
export function jobListItem(head: string): string | null {
  const name = LIST_ITEM.exec(head)?.[1];
  return name === undefined ? null : name;
}

/**
 * The child elements of every element named `itemName`, in document order. An item inside
 * another (a feed that forgot one `</item>`) is read as an item of its own and is a field of
 * its parent, as a selector would find them; but each piece of text goes to the innermost item
 * only, so the nested item's field in the parent stays empty. Handing every chunk to every
 * enclosing item would let nested items around megabytes of text cost quadratic time and memory.
 * An item still open where the document ends (a feed cut off part-way) is dropped and said.
 * @throws DocumentError for entity declarations, or markup deeper or larger than the bounds.
 */
export function readXmlItems(xml: string, itemName: string): XmlFeed {
  assertNoEntityDeclarations(xml);
  const items: XmlField[][] = [];
  const head: XmlField[] = [];
  const open: OpenItem[] = [];
  let depth = 0;
  let elements = 0;
  let headField: XmlField | null = null;
  let headDepth = 0;
  const innermost = (): OpenItem | undefined => open[open.length - 1];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (depth > MAX_MARKUP_DEPTH)
          throw new DocumentError(`markup nested deeper than ${MAX_MARKUP_DEPTH} elements`);
        if (++elements > MAX_MARKUP_ELEMENTS) {
          throw new DocumentError(`markup has more than ${MAX_MARKUP_ELEMENTS} elements`);
        }
        const item = innermost();
        if (item !== undefined && item.depth === depth - 1) {
          item.field = { name, attribs, text: '' };
          item.fields.push(item.field);
        }
        if (item === undefined && depth <= HEAD_DEPTH) {
          headField = { name, attribs, text: '' };
          headDepth = depth;
          head.push(headField);
        }
        if (name === itemName) {
          const fields: XmlField[] = [];
          items.push(fields);
          open.push({ depth, fields, field: null });
        }
      },
      ontext(text) {
        const field = innermost()?.field;
        if (field) field.text += text;
        else if (headField && open.length === 0 && headField.text.length < HEAD_CHARS) headField.text += text;
      },
      onclosetag() {
        if (innermost()?.depth === depth) open.pop();
        const item = innermost();
        if (item !== undefined && item.depth === depth - 1) item.field = null;
        if (headField && headDepth === depth) headField = null;
        depth--;
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  // Whatever is open now was cut off: an item still open is partial, and is not a posting.
  const partial = open.length > 0 ? open[0] : undefined;
  const openDepth = depth;
  parser.end();
  let kept = items;
  let truncated: string | null = null;
  if (partial) {
    const at = items.indexOf(partial.fields);
    kept = items.slice(0, at);
    truncated = `the document breaks off at character ${xml.length} inside <${itemName}> ${at + 1}; ${at} complete ${itemName}s kept, the partial one dropped`;
  } else if (openDepth > 0) {
    truncated = `the document breaks off at character ${xml.length} with ${openDepth} elements unclosed, after ${items.length} complete ${itemName}s`;
  }
  if (items.length === 0) {
    const named = jobListItem(xml);
    const fallback =
      named !== null && named !== itemName
        ? named
        : LIST_ITEM_NAMES.find((name) => name !== itemName && xml.includes(`<${name}>`));
    if (fallback) return readXmlItems(xml, fallback);
  }
  return { items: kept, head: head.filter((f) => f.name !== itemName), itemName, truncated };
}
