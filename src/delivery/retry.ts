// When to try a failed delivery again: the Standard Webhooks schedule (the first try immediately,
// then after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h), for every channel. Each wait is
// stretched or shrunk by up to a fifth at random (jitter), so that deliveries that failed
// together (a receiver's outage) do not all come back at the same second.

export const RETRY_DELAYS_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3600_000,
  5 * 3600_000,
  10 * 3600_000,
  10 * 3600_000,
];

/** Tries in all: the first plus one per delay. After the last a delivery is dead. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

const JITTER = 0.2;

/**
 * The wait after the `failedAttempts`-th failed try, or null when that was the last.
 * `random` is in [0, 1) (Math.random in production, fixed in tests).
 */
export function retryDelayMs(failedAttempts: number, random: number): number | null {
  const base = RETRY_DELAYS_MS[failedAttempts - 1];
  if (base === undefined) return null;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random));
}
