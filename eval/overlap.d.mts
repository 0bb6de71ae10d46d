/** Types of eval/overlap.mjs, for the tests that import it. */
export interface SetFile {
  set: string;
  file: string;
  marks: Set<number>;
}
export interface Overlap {
  blind: string;
  other: string;
  share: number;
}
export declare const defaultRoot: string;
export declare const THRESHOLD: number;
export declare const isBlind: (name: string) => boolean;
export declare const blindRound: (name: string) => string;
export declare const shingles: (text: string) => Set<number>;
export declare const readSets: (dir: string) => SetFile[];
export declare const findOverlaps: (files: SetFile[], threshold: number) => Overlap[];
