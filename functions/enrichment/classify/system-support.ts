/**
 * Support given to systems, not people (taxonomy `skillEvidence.systemSupport`): "the provision of
 * ICT support to the Core Banking Systems and other Business systems", "IT support for the ERP
 * platform" name application support, whose users are served by someone else's help desk. "IT
 * support to staff", "IT support for hardware, software and users" still name a help desk: the
 * object must be a system noun reached through at most three plain words, with no list before it.
 */

import type { Taxonomy } from '../taxonomy/index.ts';
import type { LexiconMatch } from './lexicon-matcher.ts';
import { alternation } from './qualification-rules.ts';

interface CompiledSystemSupport {
  readonly skills: ReadonlySet<string>;
  /** At the start of the text after a "… support" cue: its object, a system. */
  readonly object: RegExp;
}

const compiled = new WeakMap<Taxonomy, CompiledSystemSupport | null>();

function compile(taxonomy: Taxonomy): CompiledSystemSupport | null {
  const spec = taxonomy.data.skillEvidence?.systemSupport;
  if (!spec) return null;
  return {
    skills: new Set(spec.skills),
    // " services to the Core Banking Systems", " for all applications": plain words only (no comma,
    // no "and"), so a list of what is supported ("hardware, software and users") is no system.
    object: new RegExp(
      `^\\s+(?:services?\\s+)?(?:to|for|of|on)\\s+(?:(?:the|all|our|its|their)\\s+)?(?:(?!and\\s|or\\s)[\\p{L}\\p{N}-]+\\s+){0,3}?(?:${alternation(spec.objects)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  };
}

/** Whether the skill match `m` in `text` is support given to systems, which does not name its skill. */
export function supportsSystems(taxonomy: Taxonomy, text: string, m: LexiconMatch): boolean {
  let rules = compiled.get(taxonomy);
  if (rules === undefined) {
    rules = compile(taxonomy);
    compiled.set(taxonomy, rules);
  }
  if (!rules?.skills.has(m.entry.id)) return false;
  // Only a cue that ends in "support" has an object to read ("ICT support to …").
  if (!/support$/iu.test(text.slice(Math.max(m.start, m.end - 7), m.end))) return false;
  return rules.object.test(text.slice(m.end, m.end + 80));
}
