// Product teams and their pages as the API shows them (routing keys are never shown back).
import { type Static } from 'typebox';
import type { PageView } from '../../app/teams/teams.js';
import type { ProductTeamTable } from '../../store/schema.js';
import { TeamSchema, PageSchema } from '../../shared/contracts/teams.js';

export const presentTeam = (t: ProductTeamTable & { services?: string[] }): Static<typeof TeamSchema> => ({
  id: t.id,
  name: t.name,
  email: t.email,
  webhookUrl: t.webhook_url,
  hasRoutingKey: !!t.routing_key,
  pagesForDelivery: t.pages_for_delivery === 1,
  services: t.services ?? [],
});

export const presentPage = (p: PageView): Static<typeof PageSchema> => ({
  id: p.id,
  teamId: p.team_id,
  teamName: p.team_name,
  dedupKey: p.dedup_key,
  incidentId: p.incident_id,
  reason: p.reason,
  summary: p.summary,
  pagedAt: p.paged_at,
  acknowledgedAt: p.acknowledged_at,
  acknowledgedBy: p.acknowledged_by,
});
