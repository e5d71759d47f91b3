// The things that happen in Herald that may be worth telling someone. A use case publishes a
// NewEvent inside its transaction; src/domain/policies.ts decides who hears of it, on which
// channels and with which template; the outbox delivers.

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { EVENT_TYPES, type EventType } from '../shared/notifications.js';

export { EVENT_TYPES, type EventType };

/**
 * Whom an event concerns, before the policy turns it into people. Empty lists mean "none".
 * `environmentIds` is an exact list; otherwise `tenantIds`, `regionCodes` and `serviceIds` narrow
 * each other (all of them must match); see the top of src/domain/policies.ts.
 */
export interface EventScope {
  tenantIds?: string[];
  environmentIds?: string[];
  regionCodes?: string[];
  serviceIds?: string[];
  /** People told directly (the person who asked, the operators of an incident, …). */
  personIds?: string[];
  /** Public subscribers told directly (their confirmation, "already subscribed"), by id. */
  subscriberIds?: string[];
  /** Product teams paged (their on-call routes), see src/app/teams/paging.ts. */
  teamIds?: string[];
  /** Everyone with a role in any tenant (a post to all tenants). */
  allTenants?: boolean;
}

export interface NewEvent {
  type: EventType;
  /**
   * Idempotency key: the same key is the same event, and publishing it again adds nothing.
   * Make it from what makes the event unique, e.g. `incident:<id>:post:<postId>`.
   */
  key: string;
  subject: { type: string; id: string };
  /** The tenant the event belongs to, when it belongs to exactly one. */
  tenantId?: string | null;
  scope: EventScope;
  /**
   * What the templates render. Use these names when they apply, so every template and channel
   * reads the same fields: `title`, `summary` (one paragraph), `url` (deep link in the console),
   * `status`, `severity`, `classification`, `services` (names), `regions` (codes), `startsAt`,
   * `endsAt` (ISO UTC; templates show them in the reader's time zone), `userExperience`,
   * `workaround`, `impact`, `actionRequiredBy`, `releaseNotesUrl`, `category`.
   */
  payload: Record<string, unknown>;
}
