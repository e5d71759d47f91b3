// Who publishes each event type: a rule in the policy table (policies.ts) that no code publishes
// is a rule that cannot fire. test/domain/publishers.test.ts checks this registry against the
// table (every event type has a publisher) and against the sources (each file still publishes
// the event: it contains the marker, the event type as written there).
import type { EventType } from './events.js';

export interface Publisher {
  /** The source file, from the repository's root. */
  file: string;
  /** Text the file contains where it publishes the event. */
  marker: string;
}

export const PUBLISHERS: Record<EventType, Publisher[]> = {
  'incident.opened': [
    { file: 'src/app/serviceHealth/incidentEvents.ts', marker: "meaning: 'opened' | 'updated' | 'restored'" },
  ],
  'incident.updated': [
    { file: 'src/app/serviceHealth/incidentEvents.ts', marker: "meaning: 'opened' | 'updated' | 'restored'" },
  ],
  'incident.scope_widened': [{ file: 'src/app/serviceHealth/widening.ts', marker: "'incident.scope_widened'" }],
  'incident.changed': [{ file: 'src/app/serviceHealth/widening.ts', marker: "'incident.changed'" }],
  'incident.restored': [
    { file: 'src/app/serviceHealth/incidentEvents.ts', marker: "meaning: 'opened' | 'updated' | 'restored'" },
  ],
  'incident.pir_published': [{ file: 'src/app/serviceHealth/reports.ts', marker: "'incident.pir_published'" }],
  'incident.stale': [{ file: 'src/app/serviceHealth/reminders.ts', marker: "'incident.stale'" }],
  'incident.pir_due': [{ file: 'src/app/serviceHealth/reminders.ts', marker: "'incident.pir_due'" }],
  'maintenance.scheduled': [{ file: 'src/app/updates/maintenanceNotices.ts', marker: "type: 'maintenance.scheduled'" }],
  'maintenance.updated': [{ file: 'src/app/updates/maintenanceNotices.ts', marker: "type: 'maintenance.updated'" }],
  'maintenance.cancelled': [{ file: 'src/app/updates/maintenanceNotices.ts', marker: "type: 'maintenance.cancelled'" }],
  'maintenance.started': [
    { file: 'src/app/updates/maintenanceNotices.ts', marker: "type: 'maintenance.started' | 'maintenance.completed'" },
  ],
  'maintenance.completed': [
    { file: 'src/app/updates/maintenanceNotices.ts', marker: "type: 'maintenance.started' | 'maintenance.completed'" },
  ],
  'maintenance.overran': [{ file: 'src/app/updates/raiseIncidents.ts', marker: "'maintenance.overran'" }],
  'maintenance.failed': [{ file: 'src/app/updates/raiseIncidents.ts', marker: "'maintenance.failed'" }],
  'maintenance.unplanned': [{ file: 'src/app/updates/maintenanceNotices.ts', marker: "type: 'maintenance.unplanned'" }],
  'release.region_scheduled': [
    { file: 'src/app/updates/releaseNotices.ts', marker: "type: 'release.region_scheduled'" },
  ],
  'release.wave_enabled': [{ file: 'src/app/updates/releaseNotices.ts', marker: "type: 'release.wave_enabled'" }],
  'message.published': [{ file: 'src/app/messages/writeMessage.ts', marker: "type: 'message.published'" }],
  'message.updated': [{ file: 'src/app/messages/writeMessage.ts', marker: "type: 'message.updated'" }],
  'message.action_due': [{ file: 'src/app/messages/reminders.ts', marker: "type: 'message.action_due'" }],
  'message.digest': [{ file: 'src/app/messages/digest.ts', marker: "type: 'message.digest'" }],
  'message.shared': [{ file: 'src/app/messages/share.ts', marker: "type: 'message.shared'" }],
  'lifecycle.due': [{ file: 'src/app/messages/lifecycleMail.ts', marker: "type: 'lifecycle.due'" }],
  'directory.admins_requested': [{ file: 'src/app/findAdmin.ts', marker: "type: 'directory.admins_requested'" }],
  'webhook.endpoint_paused': [{ file: 'src/delivery/dispatch.ts', marker: "type: 'webhook.endpoint_paused'" }],
  'sla.claim_decided': [{ file: 'src/app/serviceHealth/sla.ts', marker: "type: 'sla.claim_decided'" }],
  'ticket.updated': [{ file: 'src/app/serviceHealth/tickets.ts', marker: "type: 'ticket.updated'" }],
  'ticket.replied': [{ file: 'src/app/serviceHealth/tickets.ts', marker: "type: 'ticket.replied'" }],
  'subscriber.mail': [{ file: 'src/app/subscribers/subscriptions.ts', marker: "type: 'subscriber.mail'" }],
  'team.page_acknowledged': [{ file: 'src/app/teams/teams.ts', marker: "type: 'team.page_acknowledged'" }],
  'team.page_resolved': [{ file: 'src/app/teams/paging.ts', marker: "type: 'team.page_resolved'" }],
};
