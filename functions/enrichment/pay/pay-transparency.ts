/**
 * Pay-transparency flags: findings a recruiter or a job board's compliance team can act on, each
 * naming the rule it comes from (taxonomy/pay-transparency.json). Pure: a posting's place, pay
 * and date in, flags out. A flag is a prompt to check (the laws have employer-size thresholds a
 * posting does not show), not a finding of breach.
 */

import rulesData from '../../../taxonomy/pay-transparency.json' with { type: 'json' };
import {
  type Jurisdiction,
  type PayTransparencyRules,
  PayTransparencyRulesSchema,
} from '../../../taxonomy/pay-transparency-schema.ts';
import { escapeRegExp } from '../fields.ts';
import type { Location, PayFlag, Salary } from '../types.ts';

let shipped: PayTransparencyRules | undefined;

/** The shipped rules, validated once on first use. */
export function payTransparencyRules(): PayTransparencyRules {
  shipped ??= PayTransparencyRulesSchema.parse(rulesData);
  return shipped;
}

const matchers = new WeakMap<Jurisdiction, RegExp | null>();

/** One pattern per jurisdiction: its place names (any case) or its region codes after a comma. */
function matcherOf(j: Jurisdiction): RegExp | null {
  if (matchers.has(j)) return matchers.get(j) ?? null;
  const parts: string[] = [];
  if (j.terms.length)
    parts.push(
      `(?:^|[^\\p{L}\\p{N}])(?:${j.terms.map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
    );
  const re = parts.length ? new RegExp(parts.join('|'), 'iu') : null;
  matchers.set(j, re);
  return re;
}

/** "Denver, CO", "Denver, CO 80202": a region code as the part after a comma. */
function hasCode(text: string, codes: readonly string[]): boolean {
  if (codes.length === 0) return false;
  for (const part of text.split(/[,;|/()]/).slice(1)) {
    const code = part.trim().match(/^([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$/)?.[1];
    if (code !== undefined && codes.includes(code)) return true;
  }
  return false;
}

/** Whether a jurisdiction's law covers a posting at this place. */
export function coversLocation(j: Jurisdiction, location: Location): boolean {
  const country = location.country?.toUpperCase() ?? null;
  if (j.countries.length > 0) return country !== null && j.countries.includes(country);
  if (country !== null && country !== j.country) return false;
  const text = location.text ?? '';
  if (matcherOf(j)?.test(text) || hasCode(text, j.codes)) return true;
  // A remote job open to people in the place (Colorado's and Washington's guidance, California's FAQ).
  return j.appliesToRemote && location.remote === true && country === j.country;
}

export interface PayFlagInput {
  readonly location: Location;
  readonly salary: Salary | null;
  /** ISO date or date-time the posting was published; null: judged as of `today`. */
  readonly postedAt: string | null;
}

/**
 * The pay-transparency flags of a posting: for each law that covers its place and date, pay
 * missing, "up to" with no minimum, "X+" with no maximum, or a range over the law's width; and,
 * anywhere, a range wider than common practice.
 * @example
 * payTransparencyFlags({ location: { text: 'Denver, CO', country: 'US', remote: false }, salary: null, postedAt: '2026-11-02' }, '2026-12-01')
 * // → [{ id: 'pay-range-missing', jurisdiction: 'US-CO', rule: 'Colorado requires …', source: 'Colorado Equal Pay …', detail: 'No pay is stated.' }]
 */
export function payTransparencyFlags(
  input: PayFlagInput,
  today: string,
  rules: PayTransparencyRules = payTransparencyRules(),
): PayFlag[] {
  const on = (input.postedAt ?? today).slice(0, 10);
  const s = input.salary;
  const flags: PayFlag[] = [];
  for (const j of rules.jurisdictions) {
    if (on < j.effective || !coversLocation(j, input.location)) continue;
    const flag = (id: PayFlag['id'], detail: string) =>
      flags.push({ id, rule: j.rule, jurisdiction: j.id, source: j.source, detail });
    if (s === null) flag('pay-range-missing', 'No pay is stated.');
    else if (s.min === null) flag('pay-range-no-minimum', `Only a maximum is stated ("${s.raw}").`);
    else if (s.max === null) flag('pay-range-no-maximum', `Only a minimum is stated ("${s.raw}").`);
    else if (j.maxSpread && s.currency === j.maxSpread.currency) {
      const { min, max } = s.annual;
      if (
        min !== null &&
        max !== null &&
        max <= j.maxSpread.appliesBelowMax &&
        max - min > j.maxSpread.maxWidth
      )
        flag(
          'pay-range-too-wide',
          `The range spans ${j.maxSpread.currency} ${(max - min).toLocaleString('en-US')} a year; the law allows ${j.maxSpread.currency} ${j.maxSpread.maxWidth.toLocaleString('en-US')}.`,
        );
    }
  }
  if (
    s !== null &&
    s.min !== null &&
    s.max !== null &&
    s.min > 0 &&
    (s.max - s.min) / s.min > rules.commonPractice.maxSpread
  )
    flags.push({
      id: 'pay-range-wider-than-practice',
      rule: rules.commonPractice.rule,
      jurisdiction: 'common-practice',
      source: rules.commonPractice.source,
      detail: `The maximum is ${(s.max / s.min).toFixed(1)} times the minimum.`,
    });
  return flags;
}
