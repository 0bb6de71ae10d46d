/**
 * A JSON document cut off part-way (a board export that stopped mid-job) still holds every
 * complete job before the cut. `JSON.parse` stays the fast path; only when it fails does
 * @streamparser/json read the document value by value, and the values it finished are kept:
 * containers still open at the break are kept as the skeleton that holds them, but an
 * unfinished element of a list (the partial last job) is dropped.
 */
import { JSONParser } from '@streamparser/json';

export interface RecoveredJson {
  readonly value: unknown;
  /** Where the document broke and what was dropped, in one line. */
  readonly detail: string;
}

/** Elements of unfinished lists that were themselves unfinished, dropped; counted. */
function prune(value: unknown, complete: WeakSet<object>, depth: number, dropped: { n: number }): unknown {
  if (typeof value !== 'object' || value === null || complete.has(value) || depth > 64) return value;
  if (Array.isArray(value)) {
    const kept: unknown[] = [];
    for (const item of value) {
      if (typeof item === 'object' && item !== null && !complete.has(item)) dropped.n++;
      else kept.push(item);
    }
    return kept;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = prune(record[key], complete, depth + 1, dropped);
  return record;
}

/**
 * The complete part of JSON that `JSON.parse` refused, or null when nothing complete precedes
 * the break (then the caller reports the syntax error as it is).
 */
export function recoverJson(text: string, why: string): RecoveredJson | null {
  const complete = new WeakSet<object>();
  let root: unknown;
  let finished = 0;
  const parser = new JSONParser({ keepStack: true });
  parser.onValue = ({ value, stack }) => {
    if (typeof value === 'object' && value !== null) {
      complete.add(value);
      finished++;
    }
    if (root === undefined) root = stack.find((entry) => entry.value !== undefined)?.value;
    if (stack.length === 0) root = value;
  };
  parser.onError = () => {};
  try {
    parser.write(text);
    parser.end();
  } catch {
    // The break: what was read before it is what there is.
  }
  if (typeof root !== 'object' || root === null || finished === 0) return null;
  const dropped = { n: 0 };
  const value = prune(root, complete, 0, dropped);
  return {
    value,
    detail: `the JSON document of ${text.length} characters breaks off (${why}); every record complete before the break is kept, ${dropped.n} unfinished record${dropped.n === 1 ? '' : 's'} dropped`,
  };
}
