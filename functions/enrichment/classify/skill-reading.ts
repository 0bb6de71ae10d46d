/**
 * One matched skill read in its place: whether the words name the skill (not an address, another
 * thing's acronym, a word inside a credential's name, a negated mention), whether where they
 * stand is evidence of the job's work (skill-evidence.ts), and whether the job requires or
 * prefers it (requirement-wording.ts).
 */

import type { Taxonomy } from '../taxonomy/index.ts';
import type { Block, Requirement, SkillMatch } from '../types.ts';
import type { LexiconMatch } from './lexicon-matcher.ts';
import { abbreviatesOther, inAddress } from './other-referents.ts';
import type { CompiledQualifications } from './qualification-rules.ts';
import { nearestCue, skillRequirement } from './requirement-wording.ts';
import { clip, negated, sentenceAround } from './sentence-reading.ts';
import {
  isEvidence,
  namesHiredRole,
  namesOtherTeam,
  namesPedigree,
  sellsIt,
  servesOthers,
} from './skill-evidence.ts';

/**
 * The skill `m` names in `block`, with its requirement and evidence sentence; null when the words
 * do not name the job's skill there. `zoneRequirement`: what the block's section says;
 * `credentials`: certification matches of the block, whose words are the credential's.
 */
export function readSkill(
  rules: CompiledQualifications,
  taxonomy: Taxonomy,
  block: Block,
  m: LexiconMatch,
  zoneRequirement: Requirement | null,
  credentials: readonly LexiconMatch[],
): SkillMatch | null {
  const { required, preferred, evidence } = rules;
  if (negated(block.text, m.start)) return null;
  const skill = taxonomy.skillById.get(m.entry.id);
  // "https://acme.bamboohr.com/careers": a word of an address names a host, not the work.
  if (inAddress(block.text, m.start, m.end)) return null;
  if (!skill || abbreviatesOther(block.text, m.start, m.end, skill.cues, true)) return null;
  if (credentials.some((c) => c.start < m.end && m.start < c.end)) return null;
  const sentence = sentenceAround(block.text, m.start, m.end);
  if (evidence && !isEvidence(evidence, block, m)) return null;
  if (evidence && (sellsIt(evidence, sentence.text) || servesOthers(evidence, sentence.text))) return null;
  // A duty ("… collaborate with leaders … and manage a team of professionals") is the job's own
  // verb acting on its object: no list of the teams it works with, whatever words come before.
  if (
    evidence &&
    ((!m.duty && namesOtherTeam(evidence, block.text, sentence.offset, m)) ||
      namesHiredRole(evidence, block.text, sentence.offset, m) ||
      namesPedigree(evidence, block.text, sentence, m))
  )
    return null;
  const requirement = skillRequirement(
    nearestCue(sentence.text, m.start - sentence.offset, required, preferred, false) ?? zoneRequirement,
  );
  return {
    id: skill.id,
    label: skill.label,
    category: skill.category,
    requirement,
    evidence: clip(sentence.text),
  };
}
