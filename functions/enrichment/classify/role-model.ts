/**
 * The taxonomy's scope compiled once per taxonomy for the role decision: the title model, the
 * organisation-size cues, the span ladder (the tier of each unit noun led) and each tier's rank.
 */
import type { Taxonomy } from '../taxonomy/index.ts';
import { compileTitleModel, type TitleModel } from './title-model.ts';

export interface RoleModel {
  readonly title: TitleModel;
  readonly smallOrg: RegExp | null;
  readonly largeOrg: RegExp | null;
  /** The span ladder: the tier of each unit noun led (taxonomy `scope.unitTiers`). */
  readonly unitTier: ReadonlyMap<string, string>;
  /**
   * Process words before a manager's noun (taxonomy `scope.processManagerWords`), lower-cased, as
   * their words: "disaster recovery" is ['disaster', 'recovery'].
   */
  readonly processWords: readonly (readonly string[])[];
  /** Staff who serve the employer's customers (taxonomy `scope.customerFacingStaff`). */
  readonly customerFacing: RegExp | null;
  /** Each tier's place on the ladder, lowest first. */
  readonly rank: ReadonlyMap<string, number>;
  /** The tier ids in ladder order, lowest first. */
  readonly ladder: readonly string[];
}

const cache = new WeakMap<Taxonomy, RoleModel>();

function cueRegex(cues: readonly string[]): RegExp | null {
  if (cues.length === 0) return null;
  const alts = [...cues]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`, 'i');
}

/** The compiled role model of a taxonomy (cached per taxonomy object). */
export function roleModel(taxonomy: Taxonomy): RoleModel {
  let model = cache.get(taxonomy);
  if (!model) {
    const scope = taxonomy.data.scope;
    model = {
      title: compileTitleModel(scope),
      smallOrg: cueRegex(scope.smallOrgCues),
      largeOrg: cueRegex(scope.largeOrgCues),
      processWords: (scope.processManagerWords ?? [])
        .map((w) => w.toLowerCase().split(/\s+/).filter(Boolean))
        .filter((w) => w.length > 0)
        .sort((a, b) => b.length - a.length),
      customerFacing: cueRegex(scope.customerFacingStaff ?? []),
      unitTier: new Map((scope.unitTiers ?? []).map((u) => [u.unit.toLowerCase(), u.tier])),
      rank: new Map(taxonomy.data.tiers.map((t, i) => [t.id, i])),
      ladder: taxonomy.data.tiers.map((t) => t.id),
    };
    cache.set(taxonomy, model);
  }
  return model;
}
