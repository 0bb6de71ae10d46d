/**
 * "Director General (IT)", "Deputy Director General (Information Technology)", "Director General
 * - ICT": a rank that names the head of a whole body (a ministry's, an assembly's, an agency's
 * Director General), qualified by an IT unit in brackets or after a separator. The job heads that
 * unit of the body (its IT wing or directorate), not the body: the spec's table puts the head of
 * one body's IT at `director`, unless the body says it leads the organisation's whole technology.
 * "Direttore Generale dell'Agenzia per l'Italia Digitale" names the body headed, not a unit of it,
 * and keeps the rule's own tier.
 *
 * The rules that name such a head carry `unitQualifiedTier` (taxonomy `scope.titleRules`); each
 * part of a title ("Director General (IT) / Chief Information Security Officer (CISO)") is read, as
 * either part names the job.
 */
import type { TitleAnalysis, TitleModel } from './title-model.ts';

/** A qualifier in brackets at the end of a part: "Director General (IT)". */
const BRACKETED = /^(.+?)\s*[([{]([^()[\]{}]+)[)\]}]\s*$/u;
/** A qualifier after a separator: "Director General - ICT", "Director General: Information Technology". */
const SEPARATED = /^(.+?)(?:\s*[:|]|\s+[-–—])\s+(.+)$/u;
/** Alternative names of one job: "Director General (IT) / CISO". */
const PARTS = /\s+\/\s+|\s*\|\s*/u;
/** Unit words a qualifier may carry beside its IT words: "(IT Wing)", "- ICT Directorate". */
const UNIT_WORDS =
  /(?<![\p{L}\p{N}])(?:wing|directorate|department|division|unit|section)(?![\p{L}\p{N}])/giu;

export interface UnitQualifiedHead {
  /** The rule's tier for the head of one unit of a body. */
  readonly tier: string;
  /** The title's part that says so (the role's evidence). */
  readonly part: string;
}

/** The head's words and the qualifier's, or null for a part with no qualifier. */
function split(part: string): readonly [string, string] | null {
  const m = BRACKETED.exec(part) ?? SEPARATED.exec(part);
  return m ? [m[1] as string, m[2] as string] : null;
}

/** The qualifier names only an IT unit: IT words, unit words, nothing of its own (no body's name). */
function namesItUnit(qualifier: TitleAnalysis): boolean {
  if (qualifier.strongDomain === null || qualifier.ownWord !== null || qualifier.excludedBy !== null)
    return false;
  if (qualifier.match !== null) return false;
  return qualifier.tokens.length > 0 && qualifier.tokens.length <= 6;
}

/**
 * The tier of a body's head qualified by an IT unit, with the title's part that names it, or null.
 * @example unitQualifiedHead('Director General (IT) / Chief Information Security Officer (CISO)', model)
 *   // → { tier: 'director', part: 'Director General (IT)' }
 */
export function unitQualifiedHead(title: string, model: TitleModel): UnitQualifiedHead | null {
  // Cheap test first: no bracket and no separator, no qualifier.
  if (!/[([{\-–—:|]/u.test(title)) return null;
  for (const raw of title.split(PARTS)) {
    const part = raw.trim();
    const pieces = split(part);
    if (!pieces) continue;
    const head = model.analyze(pieces[0]);
    const tier = head.match?.rule.unitQualifiedTier;
    if (!tier || head.strongDomain !== null || head.ownWord !== null) continue;
    if (namesItUnit(model.analyze(pieces[1].replace(UNIT_WORDS, ' ')))) return { tier, part };
  }
  return null;
}
