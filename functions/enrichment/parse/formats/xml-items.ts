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

/**
 * The child elements of every element named `itemName`, in document order. An item inside
 * another (a feed that forgot one `</item>`) is read as an item of its own and is a field of
 * its parent, as a selector would find them; but each piece of text goes to the innermost item
 * only, so the nested item's field in the parent stays empty. Handing every chunk to every
 * enclosing item would let nested items around megabytes of text cost quadratic time and memory.
 * @throws DocumentError for entity declarations, or markup deeper or larger than the bounds.
 */
export function readXmlItems(xml: string, itemName: string): XmlField[][] {
  assertNoEntityDeclarations(xml);
  const items: XmlField[][] = [];
  const open: OpenItem[] = [];
  let depth = 0;
  let elements = 0;
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
        if (name === itemName) {
          const fields: XmlField[] = [];
          items.push(fields);
          open.push({ depth, fields, field: null });
        }
      },
      ontext(text) {
        const field = innermost()?.field;
        if (field) field.text += text;
      },
      onclosetag() {
        if (innermost()?.depth === depth) open.pop();
        const item = innermost();
        if (item !== undefined && item.depth === depth - 1) item.field = null;
        depth--;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return items;
}
