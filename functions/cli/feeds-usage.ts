/** The argument shapes of `job-enrich feeds` (checked before anything runs). */
export const FEEDS_USAGE = 'feeds add URL [--id ID] | feeds list | feeds remove ID';

const ARITY: Readonly<Record<string, { readonly n: number; readonly what: string }>> = {
  add: { n: 1, what: 'takes one URL' },
  list: { n: 0, what: 'takes no argument' },
  remove: { n: 1, what: 'takes one feed ID' },
};

/** Why `feeds ARGS` is bad usage, or null. */
export function feedsUsageError(args: readonly string[]): string | null {
  const [action, ...rest] = args;
  if (!action) return `feeds needs an action: ${FEEDS_USAGE}`;
  const shape = Object.hasOwn(ARITY, action) ? ARITY[action] : undefined;
  if (!shape) return `unknown feeds action "${action.slice(0, 40)}": ${FEEDS_USAGE}`;
  if (rest.length !== shape.n || rest.some((a) => a === '')) return `feeds ${action} ${shape.what}`;
  return null;
}
