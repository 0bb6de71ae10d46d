/**
 * Retry pacing shared by the adapters that retry partial failures themselves (DynamoDB batch
 * calls, SQS SendMessageBatch): exponential backoff with full jitter, as AWS recommends
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 */
export interface RetryPolicy {
  /** Calls before giving up (the first included). @default 8 */
  readonly maxAttempts?: number;
  /** @default 25 */
  readonly baseDelayMs?: number;
  /** @default 2000 */
  readonly maxDelayMs?: number;
  /** For tests. @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** For tests. @default Math.random */
  readonly random?: () => number;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full-jitter backoff before retry number `attempt` (1 = first retry): random up to base × 2^attempt, capped. */
export function backoffDelay(attempt: number, policy: RetryPolicy = {}): number {
  const base = policy.baseDelayMs ?? 25;
  const cap = policy.maxDelayMs ?? 2000;
  return Math.floor((policy.random ?? Math.random)() * Math.min(cap, base * 2 ** attempt));
}
