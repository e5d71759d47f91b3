// Public subscribers of the status page: what they may choose and what they are told. Pure rules;
// src/app/subscribers/ applies them and src/delivery/subscribers.ts plans the mail.
//
// A choice is "everything" or a set of regions and services; an incident or maintenance reaches a
// subscriber when it touches any region or any service they chose (as Statuspage's components:
// ticking a region and a service means both, not only their overlap).
import type { EventType } from './events.js';
import { type FieldProblem, words } from '../errors.js';

/**
 * What public subscribers hear of: public incidents and maintenance,
 * created, updated, resolved, starting, completed.
 */
export const SUBSCRIBER_EVENT_TYPES = [
  'incident.opened',
  'incident.updated',
  'incident.restored',
  'maintenance.scheduled',
  'maintenance.unplanned',
  'maintenance.updated',
  'maintenance.cancelled',
  'maintenance.started',
  'maintenance.completed',
] as const satisfies readonly EventType[];

export const isSubscriberEventType = (type: string): boolean =>
  (SUBSCRIBER_EVENT_TYPES as readonly string[]).includes(type);

/** The word a subscriber's mail leads with, as Statuspage's notifications do. */
export const SUBSCRIBER_HEADLINES: Record<(typeof SUBSCRIBER_EVENT_TYPES)[number], string> = {
  'incident.opened': 'Investigating',
  'incident.updated': 'Update',
  'incident.restored': 'Resolved',
  'maintenance.scheduled': 'Scheduled maintenance',
  'maintenance.unplanned': 'Maintenance',
  'maintenance.updated': 'Maintenance changed',
  'maintenance.cancelled': 'Maintenance cancelled',
  'maintenance.started': 'Maintenance started',
  'maintenance.completed': 'Maintenance completed',
};

export interface SubscriberChoice {
  everything: boolean;
  regions: string[];
  services: string[];
}

/** The mail a subscriber gets besides notices; the delivery's template. */
export const SUBSCRIBER_MAIL = ['subscriber-confirm', 'subscriber-already', 'subscriber-verify'] as const;
export type SubscriberMail = (typeof SUBSCRIBER_MAIL)[number];
export const SUBSCRIBER_NOTICE = 'subscriber-notice';

/** RFC 5321's limit on a path; longer is not an address anyone can receive mail at. */
const MAX_EMAIL_LENGTH = 254;

/**
 * The address in the form Herald keeps (trimmed, lower case), or null when it is not one: a local
 * part and a domain with a dot, no spaces or angle brackets (which would be a second recipient or a
 * header in disguise).
 */
export function normaliseSubscriberEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  if (!email || email.length > MAX_EMAIL_LENGTH) return null;
  const label = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
  return new RegExp(`^[^\\s@<>(),;:"[\\]\\\\]+@${label}(?:\\.${label})+$`).test(email) ? email : null;
}

/** A problem with a choice, naming the field, or null when it is one Herald can keep. */
export function choiceProblem(
  choice: SubscriberChoice,
  known: { regions: readonly string[]; services: readonly string[] },
): FieldProblem | null {
  if (choice.everything) return null;
  if (!choice.regions.length && !choice.services.length) {
    return { field: 'regions', message: 'problem.subscribe.chooseSomething' };
  }
  const regions = choice.regions.filter((r) => !known.regions.includes(r));
  if (regions.length)
    return { field: 'regions', message: words('problem.regions.unknown', { unknown: regions.join(', ') }) };
  const services = choice.services.filter((s) => !known.services.includes(s));
  if (services.length)
    return { field: 'services', message: words('problem.services.unknown', { unknown: services.join(', ') }) };
  return null;
}
