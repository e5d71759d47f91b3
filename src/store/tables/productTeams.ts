// The product teams that own services, their on-call routes and the pages sent to them.
import type { Flag } from './foundation.js';

export interface ProductTeamTable {
  id: string;
  name: string;
  /** The on-call mailbox, or null. */
  email: string | null;
  /** A PagerDuty Events API v2 endpoint (or anything that accepts its shape), or null. */
  webhook_url: string | null;
  /** The integration's routing key, sent as `routing_key`. */
  routing_key: string | null;
  /** Also paged when a tenant's webhook endpoint dies (the team that runs notifications). */
  pages_for_delivery: Flag;
  created_at: string;
  updated_at: string;
}

export interface ServiceOwnerTable {
  service_id: string;
  team_id: string;
}

export type PageReason = 'update_failed' | 'update_overran' | 'incident_stale' | 'webhook_dead';

/** One alert per (team, dedup key): paged again it stays one, acknowledged once. */
export interface TeamPageTable {
  id: string;
  team_id: string;
  /** PagerDuty's dedup_key: the incident id, or `webhook:<endpoint id>`. */
  dedup_key: string;
  incident_id: string | null;
  reason: PageReason;
  summary: string;
  /** The event that first paged. */
  event_id: string;
  paged_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
}

export interface ProductTeamTables {
  product_team: ProductTeamTable;
  service_owner: ServiceOwnerTable;
  team_page: TeamPageTable;
}
