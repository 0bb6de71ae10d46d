/**
 * A duty sentence where the job leads an IT support team's work without naming its people as
 * staff: "coordinate the activities of the IT Helpdesk", "oversee the day-to-day operations of the
 * Service Desk", "supervises the work of the desktop support technicians", "manage the shift rota
 * of the NOC". The spec: a coordinator's, supervisor's or lead's title with no leader noun ("Service
 * Desk Coordinator", "Regional Operation Lead") is decided by the body; a body that runs a team's
 * work (its people, rota, escalations) leads it, one that coordinates projects, tickets or vendors
 * alone does not.
 *
 * Read only for titles the body must confirm, after body-duties.ts found no staff led; one pattern
 * per sentence, each sentence read once.
 */
import type { Block, Evidence } from '../types.ts';
import { ABOUT_THE_CANDIDATE, ASKED_OF_CANDIDATE, NOT_PEOPLE_LED } from './body-leads.ts';
import { bodySentences } from './body-sentences.ts';

/** A unit that is an IT support team by its name alone. */
const IT_TEAM_UNIT =
  '(?:IT |technical |user |end[- ]user )?(?:service ?desk|help ?desk|helpdesk|support (?:cent(?:er|re)|desk)|network operations cent(?:er|re)|NOC|monitoring cent(?:er|re)|operations cent(?:er|re)|service cent(?:er|re))s?';
/** People of an IT support team, named with their trade. */
const IT_TEAM_PEOPLE =
  '(?:(?:IT|technical|desktop|field|network|systems?|service desk|help ?desk|helpdesk|end[- ]user|user|L1|L2|tier[- ]?[12]|first[- ]line|second[- ]line|level [12]) )+(?:support )?(?:team|staff|technicians|analysts|agents|engineers|specialists|personnel)';
/** A team's work the job runs: its activities, operations, schedules, rota. */
const TEAM_WORK =
  '(?:(?:day[- ]to[- ]day|daily|overall|shift|duty|on[- ]call|staff|team) )?(?:activities|work|operations|workload|workflows?|schedules?|rotas?|rosters?|shifts?|coverage|performance)';
const VERB =
  '(?:coordinat(?:e|es|ing)|overs(?:ee|ees|eeing)|supervis(?:e|es|ing)|direct(?:s|ing)?|manag(?:e|es|ing)|lead(?:s|ing)?|run(?:s|ning)?|organi[sz](?:e|es|ing)|schedul(?:e|es|ing))';

/**
 * "coordinate the activities of the IT Helpdesk", "supervises the work of the desktop support
 * technicians", "oversee the Service Desk's daily operations", "lead the service desk team".
 */
const TEAM_WORK_LED = new RegExp(
  `\\b${VERB}\\s+(?:and\\s+\\w+\\s+)?(?:the\\s+|all\\s+)?(?:${TEAM_WORK}\\s+(?:of|for)\\s+(?:the\\s+|our\\s+|all\\s+)?(?:${IT_TEAM_UNIT}|${IT_TEAM_PEOPLE})|(?:${IT_TEAM_UNIT})(?:['’]s)?\\s+(?:team|staff|${TEAM_WORK}))\\b`,
  'i',
);

/**
 * The first duty sentence where the job runs an IT support team's work, or null.
 * @example teamWorkLed(textToBlocks('Coordinate the activities of the Service Desk/ Monitoring Center.'))
 *   // → { rule: 'body-runs-it-team-work', text: 'Coordinate the activities of the Service Desk/ ...' }
 */
export function teamWorkLed(blocks: readonly Block[]): Evidence | null {
  for (const s of bodySentences(blocks)) {
    if (
      TEAM_WORK_LED.test(s) &&
      !NOT_PEOPLE_LED.test(s) &&
      !ASKED_OF_CANDIDATE.test(s) &&
      !ABOUT_THE_CANDIDATE.test(s)
    )
      return { rule: 'body-runs-it-team-work', text: s.trim().slice(0, 200) };
  }
  return null;
}
