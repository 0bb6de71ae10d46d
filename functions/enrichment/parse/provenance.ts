/**
 * Where a posting's field came from, shared by every format: a reader records, for each field
 * it fills, whether a structured field said so, a labelled line ("Location: Leeds"), a heading,
 * the board's or feed's identity, or whether it was inferred from the text around it. The names
 * are the record's (`provenance` in ../types.ts); `buildRawPosting` puts them on the posting.
 */
import type { FieldSource, Provenance, ProvenancedField } from '../types.ts';

export { FIELD_SOURCES, type FieldSource, type Provenance, type ProvenancedField } from '../types.ts';

/** A value and where it came from. */
export interface Sourced<T> {
  readonly value: T;
  readonly from: FieldSource;
}

/** `value` tagged with its source, or null when there is no value. */
export function sourced<T>(value: T | null | undefined, from: FieldSource): Sourced<T> | null {
  return value === null || value === undefined || value === '' ? null : { value, from };
}

/** The first present value of several candidates, in the order given. */
export function firstSourced<T>(...candidates: (Sourced<T> | null | undefined)[]): Sourced<T> | null {
  for (const candidate of candidates) if (candidate) return candidate;
  return null;
}

/**
 * The source of the first present value of a `??` chain: `pickSource([own, 'label'], [shared,
 * 'board'])` names where `own ?? shared` came from; undefined when every value is absent.
 */
export function pickSource(
  ...candidates: readonly (readonly [unknown, FieldSource | undefined])[]
): FieldSource | undefined {
  for (const [value, from] of candidates)
    if (value !== null && value !== undefined && value !== '') return from;
  return undefined;
}

/** `provenance` with only the fields that are set. */
export function definedProvenance(
  provenance: Partial<Record<ProvenancedField, FieldSource | undefined>>,
): Provenance {
  const out: Provenance = {};
  for (const key of ['title', 'company', 'location', 'employmentType', 'salary'] as const) {
    const from = provenance[key];
    if (from !== undefined) out[key] = from;
  }
  return out;
}
