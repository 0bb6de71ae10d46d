/**
 * Where a posting's field came from, shared by every format: a reader records, for each field
 * it fills, whether a structured field said so, a labelled line ("Location: Leeds"), a heading,
 * the board's or feed's identity, or whether it was inferred from the text around it.
 */

export const FIELD_SOURCES = ['structured', 'label', 'heading', 'board', 'inferred'] as const;
export type FieldSource = (typeof FIELD_SOURCES)[number];

/** The fields whose origin is recorded. */
export type ProvenancedField = 'title' | 'company' | 'location' | 'salary' | 'employmentType';

export type Provenance = Partial<Record<ProvenancedField, FieldSource>>;

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
