// A product team's on-call webhook speaks the PagerDuty Events API v2 (POST
// https://events.pagerduty.com/v2/enqueue, or any receiver that accepts its shape):
//   { routing_key, event_action: 'trigger' | 'acknowledge' | 'resolve', dedup_key,
//     payload: { summary, source, severity, timestamp, custom_details } }   (payload on trigger only)
// dedup_key is the incident's id (or `webhook:<endpoint id>` for a dead tenant endpoint), so every
// page about one incident is one alert, and acknowledging it in Herald acknowledges that alert.
import type { EventTable } from '../../store/schema.js';

export type PagerDutyAction = 'trigger' | 'acknowledge' | 'resolve';
export type PagerDutySeverity = 'critical' | 'error' | 'warning' | 'info';

export interface PagerDutyEvent {
  routing_key: string;
  event_action: PagerDutyAction;
  dedup_key: string;
  payload?: {
    summary: string;
    source: string;
    severity: PagerDutySeverity;
    timestamp: string;
    custom_details: Record<string, unknown>;
  };
}

/** The action an event means to the team's alert. */
export const pagerDutyAction = (eventType: string): PagerDutyAction =>
  eventType === 'team.page_acknowledged' ? 'acknowledge' : eventType === 'team.page_resolved' ? 'resolve' : 'trigger';

/** PagerDuty's summary is at most 1,024 characters. */
const summaryOf = (text: string): string => (text.length > 1024 ? `${text.slice(0, 1023)}…` : text);

export function pagerDutyEvent(
  event: EventTable,
  payload: Record<string, unknown>,
  routingKey: string,
  source: string,
): PagerDutyEvent {
  const action = pagerDutyAction(event.type);
  const dedupKey = String(payload.dedupKey ?? payload.incidentId ?? `${event.subject_type}:${event.subject_id}`);
  if (action !== 'trigger') return { routing_key: routingKey, event_action: action, dedup_key: dedupKey };
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: dedupKey,
    payload: {
      summary: summaryOf(String(payload.pageSummary ?? payload.title ?? event.type)),
      source,
      severity: (payload.pageSeverity as PagerDutySeverity | undefined) ?? 'critical',
      timestamp: event.occurred_at,
      custom_details: {
        event: event.type,
        eventId: event.id,
        incidentId: payload.incidentId ?? null,
        reason: payload.pageReason ?? null,
        services: payload.services ?? [],
        regions: payload.regions ?? [],
        url: payload.url ?? null,
      },
    },
  };
}
