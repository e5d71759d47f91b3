// Who is told of what, and how: the policy document (seed/service-incident-policies.md, restated
// in DESIGN.md's table "The policies (from the seed) as rules") as one table an operator can read
// and change. Each event type maps to a function of the event's payload that returns either a
// notice rule (audience, channels, template, category, critical) or a silence (nobody is told,
// and why). The planner (src/delivery/planner.ts) expands the audience to people in SQL.
//
// How an event's scope (src/domain/events.ts) names the affected places:
// - affected environments: `environmentIds` when given (the exact list); otherwise every
//   environment matching all of `tenantIds`, `regionCodes` and `serviceIds` that are given
//   (`allTenants` alone: every environment);
// - affected tenants: the tenants of the affected environments, plus `tenantIds` (or every
//   tenant with `allTenants`) when neither regions nor services narrow the scope.
import type { NotificationCategory } from './directory.js';
import type { EventType } from './events.js';

// Defined in src/shared, which the console imports too; re-exported here for the server.
import {
  PERSON_CHANNELS,
  type PersonChannel,
  NOTICE_CATEGORIES,
  type NoticeCategory,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '../shared/notifications.js';

export { PERSON_CHANNELS, type PersonChannel };

export { NOTICE_CATEGORIES, type NoticeCategory };

/** Who hears of an event. `reason` in the delivery log is the selector's role (or 'listed', 'told_before'). */
export type AudienceSelector =
  | { role: 'org_admin'; of: 'affected-tenants' }
  | { role: 'system_admin'; of: 'affected-environments' }
  | { role: 'additional_recipient'; category: NotificationCategory }
  | { role: 'operator' }
  /** The people named in the event's scope (`personIds`). */
  | { people: 'listed' }
  /** Everyone told of an earlier event about the same subject (the incident, the maintenance…). */
  | { people: 'told-before' }
  /**
   * The product teams the event names (`teamIds`: the owners of its services, or the team that
   * runs notifications), on their on-call routes: the team's email and its PagerDuty-shaped webhook.
   */
  | { team: 'owning'; routes: TeamRoute[] };

export const TEAM_ROUTES = ['email', 'webhook'] as const;
export type TeamRoute = (typeof TEAM_ROUTES)[number];

export type Reason =
  'org_admin' | 'system_admin' | 'additional_recipient' | 'operator' | 'listed' | 'told_before' | 'owning_team';

export function reasonOf(selector: AudienceSelector): Reason {
  if ('team' in selector) return 'owning_team';
  if ('people' in selector) return selector.people === 'listed' ? 'listed' : 'told_before';
  return selector.role;
}

export const TEMPLATES = [
  'planned-maintenance',
  'maintenance-updated',
  'maintenance-cancelled',
  'unplanned-maintenance',
  'incident',
  'incident-updated',
  'service-restored',
  'post-incident-report',
  'operator-reminder',
  'release',
  'message-center-post',
  'message-updated',
  'message-action-due',
  'message-digest',
  'message-shared',
  'lifecycle',
  'your-admins',
  'webhook-paused',
  'sla-claim-decided',
  'ticket-updated',
  'ticket-reply',
  'team-page',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export interface NoticeRule {
  /** A name for the rule, shown in the delivery log as the "why". */
  rule: string;
  /** The policy sentence the rule implements. */
  description: string;
  /** In order of precedence: a person chosen twice keeps the reason of the first selector. */
  audience: AudienceSelector[];
  /** Sent unless the person switched the channel off for the category (or always, when critical). */
  channels: PersonChannel[];
  /** Sent only to people who switched the channel on for the category. */
  optIn: PersonChannel[];
  template: TemplateName;
  category: NoticeCategory;
  /** Service-critical: preferences cannot switch it off. */
  critical: boolean;
  /**
   * Only people not told of the subject before on that channel (a widened incident reaches its
   * new environments' admins, never the first ones again).
   */
  newcomersOnly?: boolean;
}

export interface Silence {
  rule: string;
  description: string;
  audience: 'nobody';
}

export type PolicyDecision = NoticeRule | Silence;

export const isSilence = (d: PolicyDecision): d is Silence => d.audience === 'nobody';

/** Additional recipients are addresses: they get email, whatever the rule's other channels. */
export const ADDITIONAL_RECIPIENT_CHANNELS: readonly PersonChannel[] = ['email'];

/** What the policy reads of an event: its type and payload (the scope is resolved in SQL). */
export interface PolicyEvent {
  type: EventType;
  payload: Record<string, unknown>;
}

const orgAdmins: AudienceSelector = { role: 'org_admin', of: 'affected-tenants' };
const systemAdmins: AudienceSelector = { role: 'system_admin', of: 'affected-environments' };
const operators: AudienceSelector = { role: 'operator' };
const listed: AudienceSelector = { people: 'listed' };
/** For incidents, the listed people are its followers ("manage notifications for this issue"). */
const followers = listed;
const toldBefore: AudienceSelector = { people: 'told-before' };
/** Paged: the on-call email and the PagerDuty-shaped webhook of the owning team. */
const owningTeam: AudienceSelector = { team: 'owning', routes: ['email', 'webhook'] };
const recipientsFor = (category: NotificationCategory): AudienceSelector => ({
  role: 'additional_recipient',
  category,
});

const notice = (r: Omit<NoticeRule, 'optIn'> & { optIn?: PersonChannel[] }): NoticeRule => ({ optIn: [], ...r });
const nobody = (rule: string, description: string): Silence => ({ rule, description, audience: 'nobody' });

const impactOf = (p: Record<string, unknown>): string => String(p.impact ?? 'none');
const isMajor = (p: Record<string, unknown>): boolean => p.severity === 'major';

// ---- maintenance -------------------------------------------------------------------------

function maintenanceAnnounced(
  p: Record<string, unknown>,
  template: 'planned-maintenance' | 'maintenance-updated',
): PolicyDecision {
  if (p.kind === 'unplanned') return unplannedMaintenance;
  if (impactOf(p) === 'none') {
    return p.kind === 'security'
      ? nobody(
          'security-update-without-impact',
          'Security mitigations that need no downtime produce no notice; the work appears in the schedule.',
        )
      : nobody(
          'planned-maintenance-without-impact',
          'Planned maintenance without downtime or user impact is shown in the schedule; nobody is emailed.',
        );
  }
  return notice({
    rule: 'planned-maintenance-with-impact',
    description:
      'Planned maintenance (or a security update) with downtime or user impact: org admins of affected tenants and system admins of affected environments, by Message Center, email and push, before the window.',
    audience: [orgAdmins, systemAdmins, recipientsFor('planned_maintenance')],
    channels: ['email', 'push', 'in_app'],
    template,
    category: 'planned_maintenance',
    critical: impactOf(p) === 'downtime',
  });
}

const unplannedMaintenance = notice({
  rule: 'unplanned-maintenance',
  description:
    'Unplanned maintenance: an "Unplanned Maintenance" email to all system admins of every affected environment.',
  audience: [systemAdmins, recipientsFor('unplanned_maintenance')],
  channels: ['email', 'push', 'in_app'],
  template: 'unplanned-maintenance',
  category: 'unplanned_maintenance',
  critical: true,
});

function maintenanceWentWrong(p: Record<string, unknown>): PolicyDecision {
  return notice({
    rule: 'update-failed-or-overran',
    description:
      'An update that fails or runs past its window becomes a highest-priority incident on the dashboard (its own notice tells the system admins of the affected environments), and "the product team becomes involved": the team owning the services is paged.',
    audience: [owningTeam],
    channels: [],
    template: 'team-page',
    category: p.kind === 'unplanned' ? 'unplanned_maintenance' : 'planned_maintenance',
    critical: true,
  });
}

// ---- incidents ---------------------------------------------------------------------------

function incidentOpened(p: Record<string, unknown>): PolicyDecision {
  const advisory = p.classification === 'advisory';
  return notice({
    rule: advisory ? 'service-advisory' : isMajor(p) ? 'major-service-incident' : 'service-incident',
    description:
      'A service incident: an organization-specific email to the system admins of impacted environments with the user experience, start, end and workaround; it is also on the dashboard. People following the issue are told too.',
    audience: [systemAdmins, recipientsFor(advisory ? 'advisory' : 'incident'), followers],
    channels: ['email', 'push', 'in_app'],
    template: 'incident',
    category: advisory ? 'advisory' : 'incident',
    critical: isMajor(p),
  });
}

function incidentUpdated(p: Record<string, unknown>): PolicyDecision {
  const advisory = p.classification === 'advisory';
  return notice({
    rule: 'incident-updated',
    description:
      'An update to an incident reaches everyone told of it before and the system admins of environments now impacted.',
    audience: [toldBefore, systemAdmins, recipientsFor(advisory ? 'advisory' : 'incident'), followers],
    channels: ['email', 'in_app'],
    template: 'incident-updated',
    category: advisory ? 'advisory' : 'incident',
    critical: isMajor(p),
  });
}

/** Environments added to an open incident: the org-specific incident email to their system admins, once. */
function incidentWidened(p: Record<string, unknown>): PolicyDecision {
  const advisory = p.classification === 'advisory';
  return notice({
    rule: 'incident-scope-widened',
    description:
      'An incident whose scope widens (environments, tenants or regions added, or an environment created inside it): the organization-specific incident email to the system admins of the newly impacted environments; those told before are not told again.',
    audience: [systemAdmins, recipientsFor(advisory ? 'advisory' : 'incident')],
    channels: ['email', 'push', 'in_app'],
    template: 'incident',
    category: advisory ? 'advisory' : 'incident',
    critical: isMajor(p),
    newcomersOnly: true,
  });
}

// ---- Message Center ----------------------------------------------------------------------

/** A post generated for maintenance repeats the maintenance notice, which already told its audience. */
const announcedByMaintenance = (p: Record<string, unknown>): boolean => p.origin === 'maintenance';
const maintenancePostSilence = nobody(
  'maintenance-post',
  'The Message Center post of a maintenance is announced by the maintenance notice itself (email, push, in-app); telling people again would be a second message for one change.',
);

// ---- the table ---------------------------------------------------------------------------

/** One entry per event type: read it top to bottom to know who hears of what. */
export const POLICIES: Record<EventType, (payload: Record<string, unknown>) => PolicyDecision> = {
  'maintenance.scheduled': (p) => maintenanceAnnounced(p, 'planned-maintenance'),
  'maintenance.updated': (p) => maintenanceAnnounced(p, 'maintenance-updated'),
  'maintenance.cancelled': () =>
    notice({
      rule: 'maintenance-cancelled',
      description: 'Cancelled maintenance: everyone told of it before learns it will not happen.',
      audience: [toldBefore],
      channels: ['email', 'in_app'],
      template: 'maintenance-cancelled',
      category: 'planned_maintenance',
      critical: false,
    }),
  'maintenance.started': () =>
    nobody(
      'maintenance-in-progress',
      'Maintenance in progress is shown on the service health dashboard; nobody is emailed.',
    ),
  'maintenance.completed': () =>
    nobody(
      'update-completes-inside-window',
      'An update completed inside its window sends nothing; the version on the About page changes.',
    ),
  'maintenance.overran': maintenanceWentWrong,
  'maintenance.failed': maintenanceWentWrong,
  'maintenance.unplanned': () => unplannedMaintenance,

  'incident.opened': incidentOpened,
  'incident.updated': incidentUpdated,
  'incident.scope_widened': incidentWidened,
  'incident.changed': (p) =>
    notice({
      rule: 'incident-severity-or-scope-changed',
      description:
        'A change of an incident’s severity or scope is told to everyone told of it before and its followers.',
      audience: [toldBefore, followers],
      channels: ['email', 'in_app'],
      template: 'incident-updated',
      category: p.classification === 'advisory' ? 'advisory' : 'incident',
      critical: isMajor(p),
    }),
  'incident.restored': (p) =>
    notice({
      rule: 'service-restored',
      description: 'Service restored: everyone told of the incident before is told it is over.',
      audience: [toldBefore, followers],
      channels: ['email', 'push', 'in_app'],
      template: 'service-restored',
      category: p.classification === 'advisory' ? 'advisory' : 'incident',
      critical: isMajor(p),
    }),
  'incident.pir_published': () =>
    notice({
      rule: 'post-incident-report',
      description:
        'A post-incident report (summary, user experience, start, resolution, root cause, next steps) reaches the org admins of affected tenants and everyone told of the incident.',
      audience: [orgAdmins, toldBefore],
      channels: ['email', 'in_app'],
      template: 'post-incident-report',
      category: 'incident',
      critical: false,
    }),
  'incident.stale': () =>
    notice({
      rule: 'incident-update-due',
      description:
        'An incident without an update for its reminder interval reminds the operators (hourly updates during an incident) and pages the team owning its services.',
      audience: [operators, owningTeam],
      channels: ['email', 'in_app'],
      template: 'operator-reminder',
      category: 'incident',
      critical: true,
    }),
  'incident.pir_due': () =>
    notice({
      rule: 'post-incident-report-due',
      description:
        'A major incident’s post-incident report is due 5 business days after resolution: the operators are reminded.',
      audience: [operators],
      channels: ['email', 'in_app'],
      template: 'operator-reminder',
      category: 'incident',
      critical: true,
    }),

  'release.region_scheduled': () =>
    notice({
      rule: 'weekly-update-region',
      description:
        'The weekly update reaching a region is a Message Center post (its own notice to org admins); additional recipients added for releases are emailed.',
      audience: [recipientsFor('release')],
      channels: ['email'],
      template: 'release',
      category: 'release',
      critical: false,
    }),
  'release.wave_enabled': () =>
    notice({
      rule: 'major-release-wave',
      description:
        'A major release wave enabled in a region is a Message Center post (its own notice to org admins); additional recipients added for releases are emailed.',
      audience: [recipientsFor('release')],
      channels: ['email'],
      template: 'release',
      category: 'release',
      critical: false,
    }),

  'message.published': (p) =>
    announcedByMaintenance(p)
      ? maintenancePostSilence
      : notice({
          rule: p.dataPrivacy === true ? 'data-privacy-post' : 'message-center-post',
          description:
            'A Message Center post reaches its target audience, the org admins of the tenants it addresses and the system admins of the environments it concerns, in the console; email only for those who asked for it, or for major changes. A data-privacy post reaches only the readers allowed to see it.',
          audience: p.dataPrivacy === true ? [listed] : [orgAdmins, systemAdmins, recipientsFor('message_center')],
          channels: p.isMajorChange === true ? ['email', 'in_app'] : ['in_app'],
          optIn: p.isMajorChange === true ? [] : ['email'],
          template: 'message-center-post',
          category: 'message_center',
          critical: false,
        }),
  'message.updated': (p) =>
    announcedByMaintenance(p)
      ? maintenancePostSilence
      : notice({
          rule: 'message-center-post-changed',
          description: 'A changed Message Center post (a date moved) reaches everyone told of it before.',
          audience: [toldBefore],
          channels: ['email', 'in_app'],
          template: 'message-updated',
          category: 'message_center',
          critical: false,
        }),
  'message.action_due': (p) =>
    notice({
      rule: 'message-action-due',
      description:
        'A post whose "act by" date is near reminds the org admins of the tenants it addresses (for a data-privacy post, the readers allowed to see it).',
      audience: p.dataPrivacy === true ? [listed] : [orgAdmins],
      channels: ['email', 'in_app'],
      template: 'message-action-due',
      category: 'message_center',
      critical: false,
    }),
  'message.digest': () =>
    notice({
      rule: 'message-center-digest',
      description: 'The weekly Message Center digest goes to the people who asked for it.',
      audience: [listed],
      channels: ['email'],
      template: 'message-digest',
      category: 'message_center',
      critical: false,
    }),
  'message.shared': () =>
    notice({
      rule: 'message-shared',
      description: 'A post shared by email with a note reaches the people it was shared with.',
      audience: [listed],
      channels: ['email'],
      template: 'message-shared',
      category: 'message_center',
      critical: true,
    }),

  'lifecycle.due': () =>
    notice({
      rule: 'post-purchase-lifecycle',
      description:
        'During the first year after purchase, a series of lifecycle emails to the tenant’s admins (also posted in the Message Center).',
      audience: [orgAdmins, recipientsFor('lifecycle')],
      channels: ['email'],
      template: 'lifecycle',
      category: 'lifecycle',
      critical: false,
    }),
  'directory.admins_requested': () =>
    notice({
      rule: 'who-is-my-admin',
      description: '"Who is my admin?": the person who asked receives the admins of their environment.',
      audience: [listed],
      channels: ['email'],
      template: 'your-admins',
      category: 'account',
      critical: true,
    }),
  'webhook.endpoint_paused': () =>
    notice({
      rule: 'webhook-endpoint-paused',
      description:
        'A webhook endpoint that keeps failing is paused: the org admins of its tenant are told and the team that runs notifications is paged.',
      audience: [orgAdmins, owningTeam],
      channels: ['email', 'in_app'],
      template: 'webhook-paused',
      category: 'account',
      critical: true,
    }),
  'sla.claim_decided': () =>
    notice({
      rule: 'sla-claim-decided',
      description: 'A decided SLA credit claim reaches the org admins of the tenant that made it.',
      audience: [orgAdmins],
      channels: ['email', 'in_app'],
      template: 'sla-claim-decided',
      category: 'account',
      critical: true,
    }),
  // Public subscribers are not people: src/delivery/subscribers.ts plans their mail.
  'subscriber.mail': () =>
    nobody('public-subscriber-mail', 'A public subscriber’s confirmation or reminder reaches that subscriber only.'),
  'ticket.updated': () =>
    notice({
      rule: 'support-ticket-updated',
      description: 'A support ticket’s update reaches the person who raised it.',
      audience: [listed],
      channels: ['email', 'in_app'],
      template: 'ticket-updated',
      category: 'account',
      critical: true,
    }),
  // A ticket is a conversation: each reply reaches the other side (payload.side is who wrote it).
  'ticket.replied': (p) =>
    p.side === 'operator'
      ? notice({
          rule: 'support-ticket-provider-replied',
          description:
            'An operator’s reply on a support ticket reaches the person who raised it and the tenant’s people who took part.',
          audience: [listed],
          channels: ['email', 'in_app'],
          template: 'ticket-reply',
          category: 'account',
          critical: true,
        })
      : notice({
          rule: 'support-ticket-customer-replied',
          description: 'A customer’s reply on a support ticket reaches the operators.',
          audience: [operators],
          channels: ['email', 'in_app'],
          template: 'ticket-reply',
          category: 'account',
          critical: true,
        }),
  'team.page_acknowledged': () =>
    notice({
      rule: 'page-acknowledged',
      description:
        'An operator acknowledged a page: the team’s PagerDuty-shaped webhook receives event_action "acknowledge" for the same dedup_key.',
      audience: [{ team: 'owning', routes: ['webhook'] }],
      channels: [],
      template: 'team-page',
      category: 'account',
      critical: true,
    }),
  'team.page_resolved': () =>
    notice({
      rule: 'page-resolved',
      description:
        'The incident a team was paged about is restored: the team’s PagerDuty-shaped webhook receives event_action "resolve" for the same dedup_key.',
      audience: [{ team: 'owning', routes: ['webhook'] }],
      channels: [],
      template: 'team-page',
      category: 'account',
      critical: true,
    }),
};

export function decide(event: PolicyEvent): PolicyDecision {
  return POLICIES[event.type](event.payload);
}

export { WEBHOOK_EVENT_TYPES, type WebhookEventType };

export const isWebhookEventType = (type: string): type is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);
