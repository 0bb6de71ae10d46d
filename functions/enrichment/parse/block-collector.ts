/**
 * The rules that turn markup into text blocks, written against parser events (open, text,
 * close) rather than a DOM, so the same rules run straight off htmlparser2's tokenizer for a
 * description (no tree built) and off a walk of a tree a page parser already holds.
 */
import { squash } from '../fields.ts';
import { type Block, DocumentError } from '../types.ts';
import { MAX_MARKUP_DEPTH } from './formats/limits.ts';

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

/**
 * A short line ending in ":" or a bold lead-in acts as a heading: "Requirements:", "Nice to have";
 * in Chinese, a line of Han characters ending in the full-width colon: "任職要求：", "岗位职责：".
 */
const LEAD_IN = /^([A-Z\u3400-\u9fff][^.!?:：。]{1,60})[:：]\s*(.*)$/s;
const HEADING_LIKE =
  /^(?:[A-Z][\p{L}'’&/,\- ]{2,60}|[\u3400-\u9fff][\p{L}\p{N}'’&/,\-（）() ]{1,30}):$|^[\u3400-\u9fff][\p{L}\p{N}'’&/,\-（）() ]{1,30}：$/u;

interface Snapshot {
  readonly blocks: number;
  readonly section: string | null;
  readonly chars: number;
}

/** Ordered blocks with the section each falls under; stops taking blocks past the caps. */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  private section: string | null = null;
  private chars = 0;

  get full(): boolean {
    return this.blocks.length >= MAX_BLOCKS || this.chars >= MAX_DESCRIPTION_CHARS;
  }

  heading(text: string): void {
    const t = squash(text).replace(/[:：]$/, '');
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
    let colon = t.indexOf(':');
    if (colon < 0 || colon > 62) colon = t.indexOf('：');
    const mayLead = colon > 0 && colon <= 62;
    const lead = strongLead ?? (mayLead ? (LEAD_IN.exec(t)?.[1] ?? null) : null);
    if (kind === 'paragraph' && mayLead && t.length <= 62 && HEADING_LIKE.test(t)) {
      this.heading(t);
      return;
    }
    this.push({ kind, text: t, section: lead && lead.length <= 40 ? lead : this.section });
  }

  /** Where the blocks stand now, as the start of a lead-in candidate at `depth` whose text starts at chunk `chunk`, character `offset`. */
  snapshot(depth: number, chunk: number, offset: number): LeadInCandidate {
    return {
      blocks: this.blocks.length,
      section: this.section,
      chars: this.chars,
      depth,
      children: 0,
      chunk,
      offset,
    };
  }

  restore(s: Snapshot): void {
    this.blocks.length = s.blocks;
    this.section = s.section;
    this.chars = s.chars;
  }

  private push(block: Block): void {
    if (this.full) return;
    this.chars += block.text.length;
    this.blocks.push(block);
  }
}

/**
 * A `<p>` or `<div>` that may turn out to hold nothing but one `<b>`/`<strong>`: a bold lead-in,
 * read as a heading. Whether it does is known only at its close, so the blocks it produced
 * meanwhile can be taken back.
 */
interface LeadInCandidate extends Snapshot {
  readonly depth: number;
  children: number;
  /** Where its text starts in the collector's text log: the index of the next chunk then, and the characters before it. */
  readonly chunk: number;
  readonly offset: number;
}

/** A bold lead-in whose raw text runs past this is no heading, whatever squashing leaves. */
const MAX_LEAD_IN_RAW = 4_096;

type Mode = 'flow' | 'skip' | 'heading';

/**
 * Receives a document as balanced open/text/close events, in document order, and builds its
 * blocks: headings set the section; paragraphs, list items and line breaks end a block; scripts,
 * forms and embedded media are skipped.
 */
export class BlockCollector {
  private readonly out = new BlockBuilder();
  private inline = '';
  private inlineKind: 'paragraph' | 'item' = 'paragraph';
  private depth = 0;
  private mode: Mode = 'flow';
  /** Depth of the element that set a mode other than 'flow'. */
  private modeDepth = 0;
  private headingText = '';
  private inScript = false;
  /** Whether the last child event of the innermost candidate was text (text nodes may arrive split). */
  private lastWasText = false;
  private readonly candidates: LeadInCandidate[] = [];
  /**
   * The text (script and style left out) since the outermost candidate still standing opened,
   * as a DOM text walk would give it, kept once: each candidate marks where its own text starts.
   * Appending each chunk to every open candidate instead costs depth × text.
   */
  private readonly chunks: string[] = [];
  private logged = 0;

  get full(): boolean {
    return this.out.full;
  }

  get blocks(): Block[] {
    this.flush();
    return this.out.blocks;
  }

  open(name: string): void {
    this.childOfCandidate(name === 'b' || name === 'strong');
    // The bound every parsed document is held to; past it htmlparser2's own work grows with depth squared.
    if (++this.depth > MAX_MARKUP_DEPTH) {
      throw new DocumentError(`markup nested deeper than ${MAX_MARKUP_DEPTH} elements`);
    }
    if (name === 'script' || name === 'style') this.inScript = true;
    if (this.mode !== 'flow') return;
    if (SKIP_TAGS.has(name)) {
      this.enter('skip');
    } else if (HEADING_TAGS.has(name)) {
      this.flush();
      this.headingText = '';
      this.enter('heading');
    } else if (BLOCK_TAGS.has(name)) {
      this.flush();
      if (name === 'li') this.inlineKind = 'item';
      if (name === 'p' || name === 'div') {
        this.candidates.push(this.out.snapshot(this.depth, this.chunks.length, this.logged));
      }
    }
  }

  text(data: string): void {
    // Text straight inside a candidate is a child that is not bold: no lead-in. Deeper text is
    // inside the bold child of every candidate still standing.
    if (!this.lastWasText && this.innermost()?.depth === this.depth) this.kill();
    if (!this.inScript && this.candidates.length > 0) {
      this.chunks.push(data);
      this.logged += data.length;
    }
    this.lastWasText = true;
    if (this.inScript || this.mode === 'skip') return;
    if (this.mode === 'heading') this.headingText += data;
    else this.inline += data;
  }

  /** A comment or processing instruction: no text, but a child all the same. */
  other(): void {
    this.childOfCandidate(false);
  }

  close(name: string): void {
    if (name === 'script' || name === 'style') this.inScript = false;
    const depth = this.depth--;
    this.lastWasText = false;
    if (this.mode !== 'flow') {
      if (depth !== this.modeDepth) return;
      if (this.mode === 'heading') this.out.heading(this.headingText);
      this.mode = 'flow';
      return;
    }
    const top = this.innermost();
    if (top && top.depth === depth) {
      this.candidates.pop();
      const lead = top.children === 1 && this.boldLeadIn(top);
      this.release();
      if (lead) return;
    }
    if (BLOCK_TAGS.has(name)) this.flush();
  }

  private enter(mode: Mode): void {
    this.mode = mode;
    this.modeDepth = this.depth;
  }

  /** An element or other node opens directly inside the innermost candidate? Only one bold child may. */
  private childOfCandidate(bold: boolean): void {
    this.lastWasText = false;
    const top = this.innermost();
    if (!top || top.depth !== this.depth) return;
    top.children++;
    if (!bold || top.children > 1) this.kill();
  }

  private innermost(): LeadInCandidate | undefined {
    // Never index -1: on an array that is a property lookup by name, and this runs per event.
    const n = this.candidates.length;
    return n === 0 ? undefined : this.candidates[n - 1];
  }

  private kill(): void {
    this.candidates.pop();
    this.release();
  }

  /** With no candidate standing, no one needs the text log. */
  private release(): void {
    if (this.candidates.length > 0) return;
    this.chunks.length = 0;
    this.logged = 0;
  }

  /** Takes back what a bold-only paragraph produced and makes its text a heading instead. */
  private boldLeadIn(c: LeadInCandidate): boolean {
    if (this.logged - c.offset > MAX_LEAD_IN_RAW) return false;
    const t = squash(this.chunks.slice(c.chunk).join(''));
    if (!t || t.length > 60 || /[.!?]$/.test(t)) return false;
    this.out.restore(c);
    this.inline = '';
    this.inlineKind = 'paragraph';
    this.out.heading(t);
    return true;
  }

  private flush(): void {
    // Blank text gives no block: BlockBuilder drops what squashes to nothing.
    if (this.inline !== '') this.out.text(this.inlineKind, this.inline);
    this.inline = '';
    this.inlineKind = 'paragraph';
  }
}
