/**
 * Skills and certifications a posting names, each with the sentence it came from; a
 * certification also says whether the posting requires it, prefers it or only mentions it, and a
 * skill whether the posting requires it or prefers it.
 *
 * This file walks the posting's blocks and keeps the best reading of each id. The rooms beside it:
 * qualification-rules.ts (the taxonomy's data compiled), sentence-reading.ts (a match's sentence,
 * negation), requirement-wording.ts (required or preferred), skill-evidence.ts (where a skill's
 * evidence may come from), other-referents.ts (an address, another thing's acronym),
 * skill-reading.ts and certification-reading.ts (one match of each kind).
 */

import type { Taxonomy } from '../taxonomy/index.ts';
import type { Block, CertificationMatch, SkillMatch } from '../types.ts';
import { blockMatches } from './block-matches.ts';
import { namesCredential, REQUIREMENT_RANK, readCertification } from './certification-reading.ts';
import { inferredEmployer } from './inferred-employer.ts';
import { employerKey, namesEmployer } from './other-referents.ts';
import { compiledQualifications } from './qualification-rules.ts';
import { RequirementZone } from './requirement-wording.ts';
import type { RoleSignal } from './role-signals.ts';
import { clip, negated, sentenceAround } from './sentence-reading.ts';
import {
  employerPractice,
  listsDuties,
  opensWithDuty,
  preambleOf,
  SectionZone,
  speaksOfJob,
  titleNoun,
} from './skill-evidence.ts';
import { readSkill } from './skill-reading.ts';
import { skillsNotAskedOf } from './title-senses.ts';

export interface Qualifications {
  readonly skills: SkillMatch[];
  readonly certifications: CertificationMatch[];
  /** What the text says of the role itself (role-signals.ts), each id once: for `classifyRole`. */
  readonly signals: RoleSignal[];
}

/** "'s" right after a name: the name owns what follows ("Datadog's Alerting Platform"). */
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{N}])/u;

/** A Markdown heading alone in a paragraph: "## What you'll lead". */
const MARKDOWN_HEADING_LINE = /^#{1,6}\s+([^\n#]{1,100})$/u;

/** The heading a block opens: a heading block's text, a Markdown heading line's words, or its own section. */
function headingOf(block: Block): string | null {
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'paragraph' && block.text.startsWith('#'))
    return MARKDOWN_HEADING_LINE.exec(block.text)?.[1] ?? block.section;
  return block.kind === 'item' && block.section === null ? null : block.section;
}

/**
 * Finds the taxonomy's skills and certifications in a posting's title and blocks, in one pass
 * over each block's tokens. `employer`: the posting's company, whose name is no skill of the job.
 * @example
 *   extractQualifications('IT Manager', [{kind:'item', text:'CISSP a plus', section:'Requirements'}], tx)
 *   // → { skills: [], certifications: [{ id: 'cissp', requirement: 'preferred', evidence: 'CISSP a plus', ... }] }
 */
export function extractQualifications(
  title: string,
  blocks: readonly Block[],
  taxonomy: Taxonomy,
  employer: string | null = null,
): Qualifications {
  const rules = compiledQualifications(taxonomy);
  const { matcher, required, preferred, evidence } = rules;
  const employerName = employerKey(employer);
  // The posting's "About Datadog" or "Datadog’s customers" names the employer too, whatever company
  // the parser found (a heading such as "The Opportunity" may stand there).
  const namedEmployer = employerKey(inferredEmployer(blocks));
  const skills = new Map<string, SkillMatch>();
  const certs = new Map<string, CertificationMatch>();
  const signals = new Map<string, RoleSignal>();
  const all: readonly Block[] = [{ kind: 'heading', text: title, section: null }, ...blocks];
  const zone = new SectionZone(evidence);
  const asked = new RequirementZone(required, preferred);
  const jobNoun = titleNoun(title);
  // A few paragraphs before the first heading or list speak of the job only where the paragraph
  // does ("The platform will consist of containers …" describes the programme, not the job).
  const preamble = preambleOf(blocks);
  // Several skills of one sentence ask the same question of it: read it once (the last sentence kept).
  let practiceOf: string | null = null;
  let practice = false;
  let dutyList: { heading: string | null; result: boolean } = { heading: null, result: false };

  for (const block of all) {
    // The title is the job's name, whatever its words ("Benefits Systems Manager").
    const inOrgSection = block !== all[0] && zone.next(block);
    // The title is read by its cues only: "Team Lead" names the job, not a duty of leading a team.
    const matches = block === all[0] ? matcher.match(block.text) : blockMatches(rules, taxonomy, block.text);
    const zoneRequirement = block === all[0] ? null : asked.next(block, matches.length > 0);
    // Words inside a certification's name are the credential, not a skill ("ITIL 4 Foundation", "SAFe Agilist").
    const credentials = matches.filter(
      (m) => m.entry.kind === 'certification' && namesCredential(taxonomy, block, m),
    );
    // A preamble paragraph that does not speak of the job names no skill of it (read once per block).
    const silentPreamble =
      evidence !== null &&
      preamble.has(block) &&
      !speaksOfJob(evidence, block.text, jobNoun) &&
      !opensWithDuty(block.text, matches);
    // An item under "What you'll lead" or "Responsibilities" is governed by its heading: its "Our …"
    // is a thing the job does, not how the employer works (read once per section).
    const heading = headingOf(block) ?? (block.kind === 'item' ? dutyList.heading : block.section);
    if (heading !== dutyList.heading)
      dutyList = { heading, result: evidence !== null && listsDuties(evidence, heading, jobNoun) };
    const governedItem = block.kind === 'item' && dutyList.result;
    for (const m of matches) {
      if (m.entry.kind === 'signal') {
        if (!signals.has(m.entry.id) && !negated(block.text, m.start))
          signals.set(m.entry.id, { id: m.entry.id, text: block.text.slice(m.start, m.end) });
        continue;
      }
      // In a section about the employer only a sentence that asks something of the candidate counts.
      if (inOrgSection && !evidence?.ask.test(sentenceAround(block.text, m.start, m.end).text)) continue;
      if (m.entry.kind === 'skill') {
        // A skill found as required is not read again (nothing outranks it); one found as preferred
        // is looked for again: a later sentence may require it.
        if (skills.get(m.entry.id)?.requirement === 'required') continue;
        // "We practice CI/CD …": how the employer works; in the preamble, what the programme is.
        if (silentPreamble) continue;
        if (evidence && !governedItem) {
          const sentence = sentenceAround(block.text, m.start, m.end).text;
          if (sentence !== practiceOf) {
            practiceOf = sentence;
            practice = employerPractice(evidence, sentence, jobNoun, employerName);
          }
          if (practice) continue;
        }
        // "At Databricks, we …": the employer named, unless the sentence asks for its product;
        // "help us scale Datadog's Alerting Platform": the employer's own thing, whatever is asked.
        if (
          (namesEmployer(block.text, m.start, m.end, employerName) ||
            namesEmployer(block.text, m.start, m.end, namedEmployer)) &&
          (POSSESSIVE_AFTER.test(block.text.slice(m.end, m.end + 3)) ||
            !evidence?.ask.test(sentenceAround(block.text, m.start, m.end).text))
        )
          continue;
        const skill = readSkill(rules, taxonomy, block, m, zoneRequirement, credentials);
        if (!skill || (skills.has(skill.id) && skill.requirement !== 'required')) continue; // the first evidence stays
        skills.set(skill.id, skill);
        continue;
      }
      if (certs.get(m.entry.id)?.requirement === 'required') continue; // nothing outranks it
      const cert = readCertification(rules, taxonomy, block, m);
      const previous = cert && certs.get(cert.id);
      if (!cert || (previous && REQUIREMENT_RANK[previous.requirement] >= REQUIREMENT_RANK[cert.requirement]))
        continue;
      certs.set(cert.id, cert);
    }
  }
  // "SOC Analyst L2": its incidents are security incidents; "Senior Backend Engineer": its on-call
  // incidents and endpoints are the product's. The title's own words still name the job's work.
  const titleEvidence = clip(title);
  for (const id of skillsNotAskedOf(title, taxonomy))
    if (skills.get(id)?.evidence !== titleEvidence) skills.delete(id);
  // "Technical Project Manager": the title names the job's own work.
  for (const { id, cue } of rules.titleSkills) {
    const skill = taxonomy.skillById.get(id);
    if (!skill || skills.has(id) || !cue.test(title)) continue;
    skills.set(id, {
      id,
      label: skill.label,
      category: skill.category,
      requirement: 'required',
      evidence: clip(title),
    });
  }
  return {
    skills: [...skills.values()],
    certifications: [...certs.values()],
    signals: [...signals.values()],
  };
}
