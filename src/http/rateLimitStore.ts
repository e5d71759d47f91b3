// A @fastify/rate-limit store kept in the database, so that every `herald serve` behind a load
// balancer counts into the same windows: a second node does not double the allowance. Windows are
// fixed (aligned to the limit's time window) and read through the injected clock; ended windows
// are purged once per window by each node.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { AppContext } from '../app/context.js';
import { normaliseEmail } from '../domain/directory.js';
import { countAttempt, purgeEndedWindows } from '../store/rateLimits.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

export function sharedRateLimitStore(ctx: AppContext): FastifyRateLimitStoreCtor {
  let purgedWindowEnd = 0;
  class SharedStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      /** Names the limit (the route), so that two limits never share a counter. */
      private readonly limit = 'global',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = ctx.now().getTime();
      const windowEnd = (Math.floor(now / timeWindow) + 1) * timeWindow;
      const expiresAt = new Date(windowEnd).toISOString();
      const db = ctx.database.db;
      const purge =
        purgedWindowEnd < windowEnd ? purgeEndedWindows(db, new Date(now).toISOString()) : Promise.resolve();
      purgedWindowEnd = Math.max(purgedWindowEnd, windowEnd);
      purge
        .then(() => countAttempt(db, `${this.limit}|${key}|${expiresAt}`, expiresAt))
        .then(
          (current) => callback(null, { current, ttl: windowEnd - now }),
          (error: Error) => callback(error),
        );
    }

    child(routeOptions: {
      method?: unknown;
      url?: unknown;
      routeInfo?: { method?: unknown; url?: unknown };
    }): FastifyRateLimitStore {
      const route = routeOptions.routeInfo ?? routeOptions;
      return new SharedStore(undefined, `${String(route.method)} ${String(route.url)}`);
    }
  }
  return SharedStore as unknown as FastifyRateLimitStoreCtor;
}

/** The sign-in limit's key: the address exactly as sign-in reads it, so " Wendy@x " and "wendy@x" share one allowance. */
export const signInLimitKey = (ip: string, email: unknown): string =>
  `${ip}:${normaliseEmail(typeof email === 'string' ? email : '')}`;
