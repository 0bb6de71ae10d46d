/**
 * The body's decision over a title that leaves the job open: whether the duties lead people (IT
 * staff, or staff of any kind), own the whole IT function, or name IT work of the job's own, read
 * from body-duties.ts's reading of the duty sentences.
 */
import type { Evidence } from '../types.ts';
import type { DutyReading } from './body-duties.ts';

/** IT named in the body, in English and as Spanish, Portuguese, French and Italian postings write it. */
const IT_WORDS =
  /\b(?:IT|I\.T\.|TI|information technology|information systems|technology team|tech stack|technology stack|codebase|code base|infrastructure|tecnolog[íi]as? de la informaci[óo]n|tecnologia da informa[çc][ãa]o|sistemas de informa(?:ci[óo]n|[çc][ãa]o)|seguridad inform[áa]tica|seguran[çc]a da informa[çc][ãa]o|infraestructura|infraestrutura|informatique|syst[èe]mes d['’]information|sistemi informativi)(?![\p{L}\p{N}])/gu;
/** "with IT", "and IT": the IT department named as another party, beside a business job. */
const BESIDE_IT = /\b(?:with|alongside|and|from|to|for)\s+(?:the\s+|our\s+)?$/i;

/**
 * Whether the body names IT as the job's own work ("lead the IT security team"), not only as a
 * department it works with ("own the WMS roadmap with IT").
 */
function namesOwnItWork(text: string): boolean {
  for (const m of text.matchAll(IT_WORDS)) {
    if (!BESIDE_IT.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}

/** Technical skills the body names, with IT named as the job's own work when there are few. */
export function bodyNamesItWork(
  signals: { readonly technicalSkillCount: number },
  body: () => string,
): boolean {
  return signals.technicalSkillCount >= 3 || (signals.technicalSkillCount >= 1 && namesOwnItWork(body()));
}

const UNIT = /\b(?:division|branch|directorate|department|office|second[- ]level)\b/i;
/**
 * Teams a job leads without managing their people: a project's or a cross-functional team, the
 * juniors of the job's own team it guides, a team led through a practice ("lead the team in agile
 * practises": a delivery manager's facilitation).
 */
export const NOT_PEOPLE_LED =
  /\blead(?:s|ing)? (?:the|a|your) teams? (?:in|through)\b|\bcross[- ]?functional\b|\bmulti-?disciplinary\b|\bproject teams?\b|\bjunior (?:members|staff|colleagues|team members)\b|\bmore junior\b|\blead(?:s|ing)? (?:strategic |organizational )?change\b/i;
const FEW_WORDS: Record<string, number> = { one: 1, two: 2, three: 3 };
/** "Manages up to 3 directly managed staff": a stated number of people managed. */
const REPORTS =
  /\b(?:up to|manages?|managing|supervises?|of)\s+(\d{1,3}|one|two|three)\s+(?:x\s+)?(?:(?:in)?directly managed|direct reports?|reports|staff|people|employees)\b/i;
/**
 * A sentence that asks something of the candidate ("Ability to manage contractor staff",
 * "Experience supervising"), not a duty of the job: an individual contributor's title needs a duty.
 */
export const ASKED_OF_CANDIDATE =
  /^\W*(?:(?:the )?ability to|able to|experience (?:in|of|with)?|knowledge of|skills? in|proven|demonstrable|demonstrated|\d+\+? years)\b/i;
/**
 * A sentence about the person sought ("The ideal candidate will ... manage a team of technical
 * experts"), not a duty of the job: what a generic title's body leads is read from its duties.
 */
export const ABOUT_THE_CANDIDATE = /^\W*(?:the )?(?:ideal|successful) (?:candidate|applicant)s?\b/i;
/** The organisation's whole IT function, owned: "all internal IT operations", "the entire IT estate". */
export const WHOLE_IT =
  /\ball (?:of (?:the|our) )?(?:internal |corporate )?(?:IT|I\.T\.|information technology|technology)\b|\b(?:entire|whole) (?:IT|technology)\b|\b(?:organi[sz]ation|company)['’]s (?:IT|technology)\b/;

/** The most people a job with an individual contributor's title may manage and still be one. */
const PLAYER_COACH_REPORTS = 3;

export function fewReports(text: string): boolean {
  const m = REPORTS.exec(text);
  if (!m) return false;
  const n = FEW_WORDS[(m[1] as string).toLowerCase()] ?? Number(m[1]);
  return n <= PLAYER_COACH_REPORTS;
}

/**
 * The body's sentence where the job manages people, not only the work of a project team: the
 * first that leads IT staff, else (unless `itOnly`) the first that leads staff of any kind. With
 * `fewCount`, a sentence that says the job manages only a few people does not count: an
 * engineer who line-manages two juniors is still an engineer.
 */
export function peopleLed(
  read: DutyReading,
  { itOnly, fewCount }: { itOnly: boolean; fewCount: boolean },
): Evidence | null {
  if (read.leadsNoOne) return null;
  // A sentence about the person sought ("The ideal candidate ... can lead teams") is no duty.
  const counts = (e: Evidence) =>
    !NOT_PEOPLE_LED.test(e.text) &&
    !ABOUT_THE_CANDIDATE.test(e.text) &&
    !(fewCount && (fewReports(e.text) || ASKED_OF_CANDIDATE.test(e.text)));
  if (read.leadsIt && counts(read.leadsIt)) return read.leadsIt;
  return itOnly ? null : (read.staffLed.find(counts) ?? null);
}

/**
 * The body's sentence that says an individual contributor's title leads staff, unless another says
 * it leads no one. A unit led ("manages the Cybersecurity Division") makes it a manager's job.
 */
export function bodyLeadsStaff(read: DutyReading): Evidence | null {
  const leads = peopleLed(read, { itOnly: false, fewCount: true });
  if (!leads) return null;
  // Another lead sentence may name the unit ("Manages the Information Technology department
  // staff") where the first named only staff ("managing the IT staff"): the unit sets the rank.
  const unit = UNIT.test(leads.text)
    ? leads
    : read.staffLed.find(
        (e) =>
          UNIT.test(e.text) &&
          !NOT_PEOPLE_LED.test(e.text) &&
          !fewReports(e.text) &&
          !ASKED_OF_CANDIDATE.test(e.text),
      );
  return unit ? { rule: 'body-leads-it-unit', text: unit.text } : leads;
}

/**
 * Staff whose work is software or IT of itself: developers, tech leads, architects, DevOps, QA
 * engineers and analysts, "IT" staff; not "engineers" or an "engineering" team alone, which a
 * plant or a product's hardware has too, nor "QA" or "testers" alone, which a food plant's
 * quality checks and a laboratory's tests have too.
 */
const SOFTWARE_STAFF =
  /(?<![\p{L}\p{N}])(?:IT|I\.T\.|[Tt]ech(?:nology)?|software|[Dd]evelopers?|developpeu(?:r|se)s?|d[ée]veloppeu(?:r|se)s?|[Ee]ntwickler\S*|desenvolvedor(?:e|a)s|desarrollador(?:e|a)s|programmers?|[Aa]rchitects|DevOps|SRE|QA (?:engineers?|analysts?|automation)|(?:software|QA|automation|manual) testers?|test engineers?|SDETs?|cloud|data|observability|infrastructure|platform)(?![\p{L}\p{N}])/u;

/**
 * The body's sentence where the job leads IT staff as a duty (not asked of the candidate, not a
 * project's team, not in a body that says it leads no one), or null. With `software`, only staff
 * whose own name is software or IT work count (see SOFTWARE_STAFF).
 */
export function itStaffLed(read: DutyReading, { software }: { software: boolean }): Evidence | null {
  const led = read.leadsNoOne ? null : read.leadsIt;
  if (
    !led ||
    NOT_PEOPLE_LED.test(led.text) ||
    ASKED_OF_CANDIDATE.test(led.text) ||
    ABOUT_THE_CANDIDATE.test(led.text)
  )
    return null;
  return !software || SOFTWARE_STAFF.test(led.text) ? led : null;
}
