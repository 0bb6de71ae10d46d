/**
 * The employer's name read from the posting's own structure when the parser found no company:
 * a heading "About Datadog", or a possessive that gives the name what only an employer has: its
 * customers, mission, staff or offices ("Datadog’s diverse customer base"), or its stock listing
 * ("Datadog (NASDAQ: DDOG)"). A product's own things ("Azure's platform services") do not make it
 * the employer. A skill named by the employer's name is the employer, not a skill of the job.
 */

import type { Block } from '../types.ts';

/** "About Datadog", "About Acme Corp:": a short heading naming what the posting is about. */
const ABOUT = /^About\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2})\s*[:.]?\s*$/u;

/** Capitalised words an "About …" heading names that are not an employer. */
const NOT_NAMES = new Set(['The', 'This', 'Us', 'You', 'Your', 'Our', 'Our Team', 'The Role', 'The Team']);

/**
 * "Datadog’s diverse customer base", "Datadog’s core products": a capitalised name in the
 * possessive, then up to three words, then what only a company has.
 */
const POSSESSIVE =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*)['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:customers|customer base|clients|mission|employees|offices|culture|core products)(?![\p{L}\p{N}])/u;

/**
 * "Datadog (NASDAQ: DDOG) is a global SaaS business": a name followed by its stock listing is the
 * company's name, whatever heading ("About the company") stands above it.
 */
const LISTED =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2})\s*\((?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|Euronext|SIX)\s*:/u;

/** A heading "About X" is a short line: longer blocks are read only for the possessive. */
const HEADING_CHARS = 60;

/**
 * The employer's name as the posting's structure gives it, or null.
 * @example inferredEmployer([{ kind: 'heading', text: 'About Datadog:', section: null }]) // 'Datadog'
 */
export function inferredEmployer(blocks: readonly Block[]): string | null {
  let possessive: string | null = null;
  let listed: string | null = null;
  for (const block of blocks) {
    const { text } = block;
    if (text.length <= HEADING_CHARS && text.startsWith('About ')) {
      const name = ABOUT.exec(text)?.[1];
      if (name && !NOT_NAMES.has(name)) return name;
    }
    if (listed === null && text.includes('(')) listed = LISTED.exec(text)?.[1] ?? null;
    if (possessive === null && (text.includes("'s ") || text.includes('’s '))) {
      possessive = POSSESSIVE.exec(text)?.[1] ?? null;
    }
  }
  return listed ?? possessive;
}
