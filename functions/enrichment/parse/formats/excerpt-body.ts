/**
 * The shape of a job ad's body cut from its page: an excerpt that lost its head (the title line,
 * the employer) keeps the parts an ad is made of, items a candidate reads one by one: bullets and
 * numbered duties ("1) Need to work on 24/7 shifts … 2) …"), lettered requirements ("a)
 * obywatelstwo polskie,"), labelled lines ("Experience: Minimum of 5 years …"), or short lines
 * each saying one thing. An article, a career guide or an occupation's description is written in
 * paragraphs. Structure only: which words the items say is posting-evidence.ts's reading.
 */

/** Lines of a text read for its shape. */
const MAX_LINES = 200;
/** A line this short says one thing: an item, a label, a heading. */
const SHORT_LINE = 200;
/** A list item: a bullet, a number or a letter before it. */
const ITEM = /^\s*(?:[-*•·▪◦●–]|\d{1,2}[.)]|[a-z][.)])\s+\S/u;
/** A labelled line: "Experience: Minimum of 5 years", "Salary: R932 292". */
const LABELLED = /^\s*\p{L}[\p{L} &/()'-]{1,40}:\s*\S/u;
/** Items numbered inline in one paragraph: "1) Need to … 2) Will be …". */
const INLINE_NUMBER = /(?:^|\s)\d{1,2}\)\s+\S/g;
/** A section label of its own line: "Responsibilities", "Job Location" (no sentence, no markup). */
const LABEL_LINE = /^(?!<)[^.!?:;,]*\p{L}[^.!?:;,]*$/u;
/** Longest section label, in characters. */
const LABEL_CHARS = 60;
/** Items a text must show to be laid out as items. */
const MIN_ITEMS = 3;

/** How a text is laid out: its items (listed, labelled or numbered inline) and its short lines. */
export interface ExcerptShape {
  /** Bullets, numbered or lettered lines, labelled lines, items numbered inline. */
  readonly items: number;
  /** Whether most lines are short (one thing each), as an ad's parts are, not paragraphs. */
  readonly shortLines: boolean;
  /** Lines that are section labels of their own ("Requirements"), not sentences or markup. */
  readonly labels: number;
}

/** The shape of a text, read over its first lines (each line read once). */
export function excerptShape(text: string): ExcerptShape {
  let items = 0;
  let lines = 0;
  let short = 0;
  let labels = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (++lines > MAX_LINES) break;
    if (trimmed.length <= SHORT_LINE) short++;
    if (trimmed.length <= LABEL_CHARS && LABEL_LINE.test(trimmed)) labels++;
    let inline = 0;
    if (trimmed.length > SHORT_LINE)
      for (const _ of trimmed.slice(0, 20_000).matchAll(INLINE_NUMBER)) if (++inline >= MIN_ITEMS) break;
    if (inline >= MIN_ITEMS) items += inline;
    else if (ITEM.test(line) || (trimmed.length <= SHORT_LINE * 2 && LABELLED.test(line))) items++;
  }
  return { items, shortLines: short >= 4 && short * 3 >= lines * 2, labels };
}

/** Whether a text is laid out as an ad's items: at least three of them. */
export function listsItems(shape: ExcerptShape): boolean {
  return shape.items >= MIN_ITEMS;
}
