/**
 * A freelance or temporary engagement: a posting that says it hires a freelancer for a project
 * ("Vertragsart: Freiberuflich", "Freelance Opportunity", "Arbeitnehmerüberlassung", a project's
 * duration). Its title is often the name of a role in the client's project ("IT Manager ISO",
 * "IT Application Manager", "Interim CTO" as a consultant), not a post heading the client's IT: the
 * spec's IT project leads and consultants, who lead no IT function. Such a posting is an IT leader's
 * only when its body says the job leads staff or owns the whole IT function ("Führung eines Teams
 * aus internen und externen SAP-Fachkräften", "lead and strengthen its security organization").
 */
import type { Block, Evidence } from '../types.ts';
import type { DutyReading } from './body-duties.ts';
import { ASKED_OF_CANDIDATE, NOT_PEOPLE_LED, WHOLE_IT } from './body-leads.ts';

/**
 * What marks a posting as a freelance or temporary engagement: a contract-type line, the word
 * freelance, temporary agency work, or a project's duration given as the job's length.
 */
const ENGAGEMENT =
  /\b(?:Vertragsart|Stellentyp|Contract type|Employment type)\s*:?\**\s*:?\s*(?:freiberuflich|freelance)\b|\bfreelance (?:opportunity|project|position|role|contract|basis|support|assignment)\b|\bArbeitnehmerüberlassung\b|\b(?:Projektdauer|Projektlaufzeit|Einsatzdauer|Project duration)\s*:/i;
const MAX_BLOCKS = 40;

/** The line that marks the posting as a freelance or temporary engagement, or null. */
export function freelanceEngagement(blocks: readonly Block[]): Evidence | null {
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    const m = ENGAGEMENT.exec(block.text);
    if (m) {
      const start = Math.max(0, block.text.lastIndexOf('\n', m.index) + 1);
      const end = block.text.indexOf('\n', m.index);
      return {
        rule: 'body-freelance-engagement',
        text: block.text
          .slice(start, end < 0 ? undefined : end)
          .trim()
          .slice(0, 200),
      };
    }
  }
  return null;
}

/**
 * The sentence where an engagement's job leads staff (not a project's team, not what is asked of
 * the candidate) or owns the whole IT function; null when the body says neither.
 */
export function engagementLeads(read: DutyReading): Evidence | null {
  if (read.leadsNoOne) return null;
  const counts = (e: Evidence) => !NOT_PEOPLE_LED.test(e.text) && !ASKED_OF_CANDIDATE.test(e.text);
  const led = (read.leadsIt && counts(read.leadsIt) ? read.leadsIt : null) ?? read.staffLed.find(counts);
  return led ?? (read.ownsIt && WHOLE_IT.test(read.ownsIt.text) ? read.ownsIt : null);
}
