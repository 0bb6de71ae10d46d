/**
 * Progress of a long run on stderr, only when stderr is a terminal (main.ts sets `io.progress`
 * then): one status line rewritten in place, at most five times a second, cleared at the end.
 */
import type { Io } from './cli-io.ts';

export interface ProgressState {
  /** Inputs finished. */
  readonly done: number;
  readonly total: number;
  /** Postings so far. */
  readonly records: number;
  readonly failed: number;
  /** The input being read now, if any. */
  readonly current?: string;
}

export interface Progress {
  update(state: ProgressState): void;
  /** Clears the status line so the next stderr line starts clean. */
  end(): void;
}

const NONE: Progress = { update: () => {}, end: () => {} };
const INTERVAL_MS = 200;

/** Formats one status line. */
export function progressLine(verb: string, s: ProgressState): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const failed = s.failed ? `, ${n(s.failed)} failed` : '';
  const current = s.current ? `: ${s.current.length > 60 ? `…${s.current.slice(-59)}` : s.current}` : '';
  return `${verb} ${n(s.done)}/${n(s.total)} inputs, ${n(s.records)} postings${failed}${current}`;
}

export function createProgress(io: Io, verb: string): Progress {
  const write = io.progress;
  if (!write) return NONE;
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(state) {
      const t = io.now().getTime();
      if (t - last < INTERVAL_MS) return;
      last = t;
      shown = true;
      write(progressLine(verb, state));
    },
    end() {
      if (shown) write('');
      shown = false;
    },
  };
}
