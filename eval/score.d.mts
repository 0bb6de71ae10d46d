/** Types of eval/score.mjs, for the tests that import it. */
export interface Bucket {
  tp: number;
  fp: number;
  fn: number;
}
export interface Tally {
  cases: number;
  postings: number;
  found: number;
  scope: number;
  tier: number;
  salary: number;
  errors: number;
  skills: Bucket;
  certs: Bucket;
}
export declare const SKILLS: Set<string>;
export declare const CERTS: Set<string>;
export declare const SOFT: Set<string>;
export declare function scoreSet(
  casesDir: string,
  options: { cmd: string[] },
): { tally: Tally; misses: string[] };
export declare function figures(
  tally: Tally,
): Record<'found' | 'scope' | 'tier' | 'skills' | 'certs' | 'salary', number>;
export declare function projectSets(): string[];
/** A held-out set (test/fixtures/eval/heldout-*): reported with the project's sets, never a gate. */
export declare function isHeldOut(dir: string): boolean;
