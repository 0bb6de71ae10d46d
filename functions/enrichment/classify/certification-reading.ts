/**
 * One matched certification read in its place: whether the words name the credential (not
 * another thing's acronym: "Project Management Plan (PMP)"), and whether the posting requires,
 * prefers or only mentions it, from the nearest cue in its sentence, else its section.
 */

import type { Cue } from '../../../taxonomy/schema.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Block, CertificationMatch, Requirement } from '../types.ts';
import type { LexiconMatch } from './lexicon-matcher.ts';
import { abbreviatesOther } from './other-referents.ts';
import type { CompiledQualifications } from './qualification-rules.ts';
import { nearestCue, sectionRequirement } from './requirement-wording.ts';
import { clip, sentenceAround } from './sentence-reading.ts';

/** How much a requirement says: a later mention replaces an earlier one only when it says more. */
export const REQUIREMENT_RANK: Readonly<Record<Requirement, number>> = {
  required: 3,
  preferred: 2,
  mentioned: 1,
};

/** The certification's cues, for a certification match (none for another kind). */
export function certificationCues(taxonomy: Taxonomy, m: LexiconMatch): readonly Cue[] {
  return taxonomy.certificationById.get(m.entry.id)?.cues ?? [];
}

/** Whether `m`, a certification match, names the credential rather than other words' acronym. */
export function namesCredential(taxonomy: Taxonomy, block: Block, m: LexiconMatch): boolean {
  return !abbreviatesOther(block.text, m.start, m.end, certificationCues(taxonomy, m));
}

/** The certification `m` names in `block`, with its requirement and evidence; null when it names none. */
export function readCertification(
  rules: CompiledQualifications,
  taxonomy: Taxonomy,
  block: Block,
  m: LexiconMatch,
): CertificationMatch | null {
  const cert = taxonomy.certificationById.get(m.entry.id);
  if (!cert) return null;
  if (abbreviatesOther(block.text, m.start, m.end, cert.cues)) return null;
  const { required, preferred } = rules;
  const sentence = sentenceAround(block.text, m.start, m.end);
  const requirement =
    nearestCue(sentence.text, m.start - sentence.offset, required, preferred) ??
    sectionRequirement(block.section, required, preferred) ??
    'mentioned';
  return { id: cert.id, label: cert.label, requirement, evidence: clip(sentence.text) };
}
