/**
 * The body's sentences as the readers of one kind of duty sentence read them (team-work-led.ts,
 * multi-site-span.ts): the first 120 blocks, each split at a sentence's end or a line break, each
 * sentence cut at 400 characters so that a run-on text costs a bounded pattern test per sentence.
 */
import type { Block } from '../types.ts';

const MAX_BLOCKS = 120;
const MAX_SENTENCE = 400;
const SENTENCE_END = /(?<=[.!?;])\s+|\n/;

/** Each sentence of the first blocks, in order, cut to its first 400 characters. */
export function* bodySentences(blocks: readonly Block[]): Generator<string> {
  for (const block of blocks.slice(0, MAX_BLOCKS))
    for (const raw of block.text.split(SENTENCE_END)) yield raw.slice(0, MAX_SENTENCE);
}
