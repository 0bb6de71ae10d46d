/**
 * Whether a posting requires or prefers what it names, from its wording: the requirement cue
 * nearest the match in its sentence ("CISM or CISSP required; PMP preferred"), else the section
 * or zone it stands in ("Essential", "Minimum qualifications" vs "Desirable", "Nice to have").
 */

import { matchesOf } from '../fields.ts';
import type { Block, Requirement, SkillRequirement } from '../types.ts';
import { mayHoldCueIn } from './cue-words.ts';

/**
 * Cues that qualify what follows them, never what came before: "experience with CRM databases,
 * ideally Salesforce" prefers Salesforce and still asks for the CRM.
 */
const FORWARD_CUE = /^(?:ideally|preferably)$/i;

/** Words that name credentials as much as they require them: "PRINCE2 or ITIL qualifications desirable". */
const GENERIC_CUE = /^(?:qualifications?|requirements?)$/i;

interface Cue {
  readonly index: number;
  readonly length: number;
  readonly generic: boolean;
  readonly forward: boolean;
}

/**
 * The last sentence's cues per pattern: a sentence naming five skills is scanned once, not five
 * times. Its words are listed once for both patterns, and a pattern runs only when some word may
 * start one of its cues (cue-words.ts).
 */
let cached: {
  sentence: string;
  cues: Map<RegExp, readonly Cue[]>;
} = { sentence: '', cues: new Map() };

const NO_CUES: readonly Cue[] = [];

function cuesIn(sentence: string, re: RegExp): readonly Cue[] {
  if (cached.sentence !== sentence) cached = { sentence, cues: new Map() };
  let cues = cached.cues.get(re);
  if (!cues) {
    if (!mayHoldCueIn(re, sentence)) {
      cached.cues.set(re, NO_CUES);
      return NO_CUES;
    }
    re.lastIndex = 0;
    cues = matchesOf(sentence, re).map((m) => ({
      index: m.index,
      length: m[0].length,
      generic: GENERIC_CUE.test(m[0]),
      forward: FORWARD_CUE.test(m[0]),
    }));
    cached.cues.set(re, cues);
  }
  return cues;
}

/**
 * The cue nearest to the match decides: "CISM or CISSP required; PMP preferred". A generic word
 * ("qualifications") decides only when the sentence holds no other cue.
 */
export function nearestCue(
  sentence: string,
  at: number,
  required: RegExp,
  preferred: RegExp,
  generics = true,
): Requirement | null {
  let best: { distance: number; requirement: Requirement; generic: boolean } | null = null;
  for (const [re, requirement] of [
    [preferred, 'preferred'],
    [required, 'required'],
  ] as const) {
    for (const m of cuesIn(sentence, re)) {
      const distance = m.index >= at ? m.index - at : at - (m.index + m.length);
      if (m.generic && !generics) continue;
      const generic = m.generic;
      if (m.index > at && m.forward) continue;
      // Prefer "preferred" on ties: "Requirements ... a plus" reads as preferred.
      if (!best || (best.generic && !generic) || (generic === best.generic && distance < best.distance))
        best = { distance, requirement, generic };
    }
  }
  return best?.requirement ?? null;
}

/** What a section heading says: "Preferred qualifications" prefers, "Requirements" requires. */
export function sectionRequirement(
  section: string | null,
  required: RegExp,
  preferred: RegExp,
): Requirement | null {
  if (!section) return null;
  preferred.lastIndex = 0;
  if (preferred.test(section)) return 'preferred';
  required.lastIndex = 0;
  if (required.test(section)) return 'required';
  return null;
}

/** A skill is required unless its sentence or section says it is preferred: a duty of the job is required. */
export function skillRequirement(requirement: Requirement | null): SkillRequirement {
  return requirement === 'preferred' ? 'preferred' : 'required';
}

/** A Markdown heading's marks ("### "), as many as it has: its level. */
const MARKDOWN_MARKS = /(?:^|\s)(#{1,6})\s+/g;
const TAGS = /<[^>]{0,40}>/g;
/** Words of a heading read for a requirement cue: "### Preferred Technical Experience, Skills …". */
const HEADING_WORDS = 8;
/** A short line that is only a cue: "<u>Desirable", "Nice to have:", "Essential". */
const CUE_LINE_WORDS = 5;
const CUE_LINE_LEVEL = 7;

/**
 * Tracks whether the part of the posting a block is in asks for what it names ("Essential",
 * "Minimum qualifications", "Requirements") or prefers it ("Desirable", "Preferred
 * qualifications", "Nice to have", "Bonus"). Headings come as heading blocks, as a block's
 * `section` ("Label:" lead-ins too), as Markdown headings left in text ("### Skills <u>Essential"),
 * or as a short line that is only a cue ("<u>Desirable"). Markdown headings nest by level: a
 * "#### Desirable" under "### Skills and requirements" prefers until the next "###" or "####".
 */
export class RequirementZone {
  /** Open headings, outermost first: their level and what they say (null: no cue). */
  private readonly open: { level: number; requirement: Requirement | null }[] = [];
  private section: string | null = null;
  private lastHeading: string | null = null;

  constructor(
    private readonly required: RegExp,
    private readonly preferred: RegExp,
  ) {}

  /** What the zone `block` stands in says; `named`: the block names a skill or credential itself. */
  next(block: Block, named: boolean): Requirement | null {
    if (block.kind === 'heading') {
      this.section = block.section;
      this.heading(2, block.text);
      return this.current();
    }
    if (block.section !== this.section) {
      this.section = block.section;
      if (block.section !== null && block.section !== this.lastHeading) this.heading(2, block.section);
    }
    const text = block.text.length > 400 ? block.text.slice(0, 400) : block.text;
    if (text.includes('#')) {
      // Each Markdown heading in the text opens at its level; the text after the last one is
      // read from its first words, as the heading may run into its paragraph.
      MARKDOWN_MARKS.lastIndex = 0;
      const marks = [...text.matchAll(MARKDOWN_MARKS)];
      marks.forEach((mark, i) => {
        const from = mark.index + mark[0].length;
        const to = marks[i + 1]?.index ?? text.length;
        this.heading((mark[1] as string).length, text.slice(from, to));
      });
      if (marks.length > 0) return this.current();
    }
    if (block.kind === 'paragraph' && !named) {
      const line = text.replace(TAGS, ' ').trim();
      const words = line.split(/\s+/);
      if (words.length <= CUE_LINE_WORDS && !/[.!?]$/.test(line)) {
        const cue = this.cue(line);
        if (cue !== null) {
          while ((this.open.at(-1)?.level ?? 0) >= CUE_LINE_LEVEL) this.open.pop();
          this.open.push({ level: CUE_LINE_LEVEL, requirement: cue });
        }
      }
    }
    return this.current();
  }

  private heading(level: number, text: string): void {
    const words = text.replace(TAGS, ' ').trim().split(/\s+/).slice(0, HEADING_WORDS).join(' ');
    this.lastHeading = text;
    while ((this.open.at(-1)?.level ?? 0) >= level) this.open.pop();
    this.open.push({ level, requirement: this.cue(words) });
  }

  private cue(text: string): Requirement | null {
    return sectionRequirement(text, this.required, this.preferred);
  }

  private current(): Requirement | null {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const requirement = this.open[i]?.requirement ?? null;
      if (requirement !== null) return requirement;
    }
    return null;
  }
}
