/** Small helpers for benchmarks that print figures: alternate runs, take medians, watch memory. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Each timed case starts from a collected heap, so no case pays for garbage another left behind:
// the feed floor leaves a whole feed's DOM in the old generation, and without this, which round
// happened to pay for its collection moved the feed ratio between 1.3 and 1.9 on this machine.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** A full collection, then a moment for V8's background threads to finish sweeping it. */
function collectGarbage(): void {
  gc();
  Atomics.wait(pause, 0, 0, 100);
}

export interface Timing {
  readonly name: string;
  readonly samplesMs: number[];
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Runs each case `rounds` times, alternating, each from a collected heap, so drift (JIT, a busy
 * core) hits all alike; returns each case's median.
 */
export function alternate(rounds: number, cases: Record<string, () => void>): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(cases)) {
      collectGarbage();
      const t0 = performance.now();
      fn();
      samples[name]?.push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

/** Samples RSS while `fn` runs synchronously in steps; returns the peak in MiB. */
export class PeakMemory {
  private peak = 0;
  sample(): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
  }
  get mib(): number {
    return Math.round((this.peak / 2 ** 20) * 10) / 10;
  }
}

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
