/**
 * Which kind of unit a posting's body says the title's IT word names, for words IT shares with
 * other trades: "security" (a security operations centre of analysts and SIEM, or of guards, alarms
 * and video surveillance), "data center" (servers and storage, or contractors, switchgear and
 * commissioning), "infrastructure", "technical", "technology", "systems" (networks and cloud, or
 * rail, roads and water, a theatre's stage and lighting, a museum's exhibits and audiovisual, a
 * building's HVAC: a council's "Manager Infrastructure and Assets", an arts centre's "Technical
 * Manager", a museum's "Gallery Technology Manager"). The spec: a
 * title that borrows IT words is decided by what the body says the job leads. The cues are data
 * (taxonomy `scope.unitKinds`), as engineering's are (engineering-kind.ts).
 *
 * Read only for a title whose IT word is one of those words; the cue regexes are compiled once per
 * taxonomy and run once over the body.
 */
import type { TaxonomyData } from '../../../taxonomy/schema.ts';
import { cueRegex, distinct } from './engineering-kind.ts';

export interface UnitReading {
  /** The title's IT word the body decided. */
  readonly word: string;
  /** The other trade's cues the body names, in the order first met (the role's evidence). */
  readonly cues: readonly string[];
}

interface CompiledKind {
  readonly titleWords: ReadonlySet<string>;
  readonly it: RegExp;
  readonly other: RegExp;
  readonly minCues: number;
}

const compiled = new WeakMap<object, readonly CompiledKind[]>();

function kindsOf(scope: TaxonomyData['scope']): readonly CompiledKind[] {
  let kinds = compiled.get(scope);
  if (!kinds) {
    kinds = (scope.unitKinds ?? []).map((k) => ({
      titleWords: new Set(k.titleWords.map((w) => w.toLowerCase())),
      it: cueRegex(k.it),
      other: cueRegex(k.other),
      minCues: k.minCues,
    }));
    compiled.set(scope, kinds);
  }
  return kinds;
}

/** Whether the title's IT word is one the body must place (a cheap test before the body is read). */
export function sharedUnitWord(domain: string | null, scope: TaxonomyData['scope']): boolean {
  if (domain === null) return false;
  const word = domain.toLowerCase();
  return kindsOf(scope).some((k) => k.titleWords.has(word));
}

/**
 * The other trade's unit the body describes under the title's IT word, or null when the body
 * names too few of its cues, or as many IT cues, or the word is no shared one.
 * @example otherTradeUnit('security operations', 'leads the physical security operations function:
 *   access control, alarms, video surveillance', scope)
 *   // → { word: 'security operations', cues: ['physical security', 'access control', 'alarms', 'video surveillance'] }
 */
export function otherTradeUnit(
  domain: string | null,
  body: string,
  scope: TaxonomyData['scope'],
): UnitReading | null {
  if (domain === null) return null;
  const word = domain.toLowerCase();
  const kind = kindsOf(scope).find((k) => k.titleWords.has(word));
  if (!kind) return null;
  const other = distinct(body, kind.other);
  if (other.length < kind.minCues) return null;
  const it = distinct(body, kind.it);
  return other.length > it.length ? { word, cues: other } : null;
}
