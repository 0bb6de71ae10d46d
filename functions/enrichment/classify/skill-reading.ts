/**
 * One matched skill read in its place: whether the words name the skill (not an address, another
 * thing's acronym, a word inside a credential's name, a negated mention), whether where they
 * stand is evidence of the job's work (skill-evidence.ts), and whether the job requires or
 * prefers it (requirement-wording.ts).
 */

import type { Skill } from '../../../taxonomy/schema.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { Block, Requirement, SkillMatch } from '../types.ts';
import { isRepeatedMatch } from './block-matches.ts';
import type { LexiconMatch } from './lexicon-matcher.ts';
import { abbreviatesOther, inAddress } from './other-referents.ts';
import type { CompiledQualifications } from './qualification-rules.ts';
import { nearestCue, skillRequirement } from './requirement-wording.ts';
import { clip, negated, sentenceAround } from './sentence-reading.ts';
import {
  isEvidenceIn,
  namesHiredRole,
  namesOtherTeam,
  namesPedigree,
  sellsIt,
  servesOthers,
} from './skill-evidence.ts';
import { supportsSystems } from './system-support.ts';

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
  const { evidence } = rules;
  const reading = readingOf(taxonomy, block.text, m);
  if (!reading) return null;
  if (credentials.some((c) => c.start < m.end && m.start < c.end)) return null;
  // "ICT support to the Core Banking Systems": application support, not a help desk.
  if (supportsSystems(taxonomy, block.text, m)) return null;
  if (evidence) {
    reading.evidence ??= isEvidenceIn(evidence, block.text, m, false);
    if (!reading.evidence) return null;
    if (block.kind !== 'heading') {
      reading.evidenceOutsideHeading ??= isEvidenceIn(evidence, block.text, m, true);
      if (!reading.evidenceOutsideHeading) return null;
    }
  }
  reading.rest ??= readRest(rules, block.text, m, reading.sentence);
  if (!reading.rest.kept) return null;
  const { skill } = reading;
  return {
    id: skill.id,
    label: skill.label,
    category: skill.category,
    requirement: skillRequirement(reading.rest.cue ?? zoneRequirement),
    evidence: clip(reading.sentence.text),
  };
}

/**
 * What a match's own text says of it, whatever block it stands in, filled in as it is asked for.
 * A repeated text's matches are the same objects (blockMatches keeps them), so a feed's repeated
 * paragraphs (who we are, benefits) are read once, not once per posting; kept as long as the match
 * is, and only for a text read more than once (a text read once keeps nothing).
 */
interface Reading {
  readonly skill: Skill;
  readonly sentence: { text: string; offset: number };
  /** isEvidence's tests that hold in any block, then those of a block other than a heading. */
  evidence?: boolean;
  evidenceOutsideHeading?: boolean;
  /** The sentence's tests (what the employer sells, the teams named, …) and its nearest cue. */
  rest?: { kept: boolean; cue: Requirement | null };
}

const readings = new WeakMap<LexiconMatch, Reading | null>();

function readingOf(taxonomy: Taxonomy, text: string, m: LexiconMatch): Reading | null {
  if (!isRepeatedMatch(m)) return firstReading(taxonomy, text, m);
  let reading = readings.get(m);
  if (reading === undefined) {
    reading = firstReading(taxonomy, text, m);
    readings.set(m, reading);
  }
  return reading;
}

function firstReading(taxonomy: Taxonomy, text: string, m: LexiconMatch): Reading | null {
  if (negated(text, m.start)) return null;
  const skill = taxonomy.skillById.get(m.entry.id);
  // "https://acme.bamboohr.com/careers": a word of an address names a host, not the work.
  if (inAddress(text, m.start, m.end)) return null;
  if (!skill || abbreviatesOther(text, m.start, m.end, skill.cues, true)) return null;
  return { skill, sentence: sentenceAround(text, m.start, m.end) };
}

function readRest(
  rules: CompiledQualifications,
  text: string,
  m: LexiconMatch,
  sentence: { text: string; offset: number },
): { kept: boolean; cue: Requirement | null } {
  const { required, preferred, evidence } = rules;
  const refused = { kept: false, cue: null };
  if (evidence && (sellsIt(evidence, sentence.text) || servesOthers(evidence, sentence.text))) return refused;
  // A duty ("… collaborate with leaders … and manage a team of professionals") is the job's own
  // verb acting on its object: no list of the teams it works with, whatever words come before.
  if (
    evidence &&
    ((!m.duty && namesOtherTeam(evidence, text, sentence.offset, m)) ||
      namesHiredRole(evidence, text, sentence.offset, m) ||
      namesPedigree(evidence, text, sentence, m))
  )
    return refused;
  return {
    kept: true,
    cue: nearestCue(sentence.text, m.start - sentence.offset, required, preferred, false),
  };
}
