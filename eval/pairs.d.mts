/** Types of eval/pairs.mjs, for the tests that import it. */
export interface Pair {
  a: string;
  b: string;
  same: boolean;
  kind: string;
  note: string;
}
export interface Judged {
  same: boolean;
  score: number | null;
  error: string | null;
  records: number;
}
export declare const KINDS: Set<string>;
export declare const HARD_NEGATIVE_KINDS: Set<string>;
export declare function defaultDir(): string;
export declare function readPairs(dir: string): Pair[];
export declare function checkPairs(
  dir: string,
  options?: { minPairs?: number; minHardNegativeShare?: number },
): string[];
export declare function judgePair(cmd: string[], dir: string, pair: Pair): Promise<Judged>;
export declare function pairFigures(judged: { pair: Pair; same: boolean }[]): {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
};
export declare function splitPairs(pairs: Pair[]): ('fit' | 'held-out')[];
export declare function chooseThreshold<
  R extends { fit: { precision: number | null; recall: number | null } },
>(rows: R[], precision?: number): R | null;
