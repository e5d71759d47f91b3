// The public status in the shape of Atlassian Statuspage's v2 public API, key for key and enum for
// enum, so existing status widgets and monitors read Herald unchanged. Components: one group per
// region, one component per service in it.
import { Type, type Static } from 'typebox';
import {
  componentId,
  worstStatus,
  type ComponentStatus,
  type PublicIncident,
  type PublicStatus,
} from '../../app/serviceHealth/publicStatus.js';
import type { PublicMaintenance } from '../../app/updates/maintenanceLookup.js';
import type { IncidentStatus } from '../../domain/incidents.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const PAGE_ID = 'herald';

const PageSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  url: Type.String(),
  time_zone: Type.String(),
  updated_at: Type.String(),
});

// Statuspage documents four indicators, and answers a fifth, "maintenance", while components are
// under maintenance and nothing worse is going on.
const INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;
type Indicator = (typeof INDICATORS)[number];
const StatusSchema = Type.Object({ indicator: Type.Enum([...INDICATORS]), description: Type.String() });

const ComponentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: Type.Enum(['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage']),
  created_at: Type.String(),
  updated_at: Type.String(),
  position: Type.Integer(),
  description: Nullable(Type.String()),
  showcase: Type.Boolean(),
  start_date: Nullable(Type.String()),
  group_id: Nullable(Type.String()),
  page_id: Type.String(),
  group: Type.Boolean(),
  only_show_if_degraded: Type.Boolean(),
  components: Type.Optional(Type.Array(Type.String())),
});
type Component = Static<typeof ComponentSchema>;

const UpdateSchema = Type.Object({
  id: Type.String(),
  status: Type.String(),
  body: Type.String(),
  incident_id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  display_at: Type.String(),
  affected_components: Nullable(
    Type.Array(
      Type.Object({ code: Type.String(), name: Type.String(), old_status: Type.String(), new_status: Type.String() }),
    ),
  ),
  deliver_notifications: Type.Boolean(),
  custom_tweet: Nullable(Type.String()),
  tweet_id: Nullable(Type.String()),
});

const IncidentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: Type.Enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']),
  created_at: Type.String(),
  updated_at: Type.String(),
  monitoring_at: Nullable(Type.String()),
  resolved_at: Nullable(Type.String()),
  impact: Type.Enum(['none', 'minor', 'major', 'critical']),
  shortlink: Type.String(),
  started_at: Type.String(),
  page_id: Type.String(),
  incident_updates: Type.Array(UpdateSchema),
  components: Type.Array(ComponentSchema),
  // The published post-incident report, beside the updates as Statuspage keeps a postmortem.
  postmortem_body: Nullable(Type.String()),
  postmortem_body_last_updated_at: Nullable(Type.String()),
  postmortem_published_at: Nullable(Type.String()),
});
export type Incident = Static<typeof IncidentSchema>;

const MaintenanceSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: Type.Enum(['scheduled', 'in_progress', 'verifying', 'completed']),
  created_at: Type.String(),
  updated_at: Type.String(),
  monitoring_at: Nullable(Type.String()),
  resolved_at: Nullable(Type.String()),
  impact: Type.Literal('maintenance'),
  shortlink: Type.String(),
  started_at: Type.String(),
  page_id: Type.String(),
  incident_updates: Type.Array(UpdateSchema),
  components: Type.Array(ComponentSchema),
  scheduled_for: Type.String(),
  scheduled_until: Type.String(),
});
type Maintenance = Static<typeof MaintenanceSchema>;

export const StatuspageSchemas = {
  summary: Type.Object({
    page: PageSchema,
    components: Type.Array(ComponentSchema),
    incidents: Type.Array(IncidentSchema),
    scheduled_maintenances: Type.Array(MaintenanceSchema),
    status: StatusSchema,
  }),
  status: Type.Object({ page: PageSchema, status: StatusSchema }),
  components: Type.Object({ page: PageSchema, components: Type.Array(ComponentSchema) }),
  incidents: Type.Object({ page: PageSchema, incidents: Type.Array(IncidentSchema) }),
  scheduledMaintenances: Type.Object({ page: PageSchema, scheduled_maintenances: Type.Array(MaintenanceSchema) }),
};

/** How Graph's serviceHealthStatus reads in Statuspage's incident lifecycle. */
const INCIDENT_STATUS: Record<IncidentStatus, Incident['status']> = {
  investigating: 'investigating',
  serviceDegradation: 'identified',
  serviceInterruption: 'identified',
  restoringService: 'identified',
  extendedRecovery: 'monitoring',
  verifyingService: 'monitoring',
  serviceRestored: 'resolved',
  falsePositive: 'resolved',
  postIncidentReviewPublished: 'postmortem',
};

const DESCRIPTION: Record<Indicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major Service Outage',
  maintenance: 'Service Under Maintenance',
};

const INDICATOR_OF: Record<ComponentStatus, Indicator> = {
  operational: 'none',
  under_maintenance: 'none',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

function impactOf(i: PublicIncident): Incident['impact'] {
  const down = i.currentImpact === 'downtime' || i.intervals.some((r) => r.impact === 'downtime');
  if (i.severity === 'major') return down ? 'critical' : 'major';
  return down ? 'major' : 'minor';
}

export interface StatuspageView {
  page: Static<typeof PageSchema>;
  status: Static<typeof StatusSchema>;
  components: Component[];
  incidents: Incident[];
  maintenances: Maintenance[];
}

/** Builds every Statuspage object once; the documents below pick from it. */
export function statuspageView(data: PublicStatus): StatuspageView {
  const page = {
    id: PAGE_ID,
    name: data.pageName,
    url: `${data.publicUrl}/status`,
    time_zone: 'Etc/UTC',
    updated_at: data.updatedAt,
  };
  const stamp = data.updatedAt;
  const components: Component[] = [];
  data.regions.forEach((region, r) => {
    components.push({
      id: region.id,
      name: region.name,
      status: region.status,
      created_at: stamp,
      updated_at: stamp,
      position: r + 1,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: PAGE_ID,
      group: true,
      only_show_if_degraded: false,
      components: region.components.map((c) => c.id),
    });
    region.components.forEach((c, k) =>
      components.push({
        id: c.id,
        name: c.name,
        status: c.status,
        created_at: stamp,
        updated_at: stamp,
        position: k + 1,
        description: null,
        showcase: true,
        start_date: null,
        group_id: region.id,
        page_id: PAGE_ID,
        group: false,
        only_show_if_degraded: false,
      }),
    );
  });
  const byId = new Map(components.map((c) => [c.id, c]));
  // Maintenance may name services by id or by name, or none (then all of the region's).
  const componentsOf = (regions: readonly string[], services: readonly string[]): Component[] =>
    regions
      .flatMap((r) =>
        (services.length ? services : Object.keys(data.serviceNames)).map((s) =>
          byId.get(componentId(r, idOfName(data, s))),
        ),
      )
      .filter((c): c is Component => !!c);

  const incidents: Incident[] = data.incidents.map((i) => {
    const monitoring = i.posts.find((p) => INCIDENT_STATUS[p.status] === 'monitoring');
    // Publishing the report adds a post to the timeline; Statuspage shows a postmortem apart
    // from the updates, so the newest update stays "resolved".
    const postmortem = i.posts.find((p) => p.status === 'postIncidentReviewPublished');
    const updates = i.posts.filter((p) => p !== postmortem);
    return {
      id: i.id,
      name: i.title,
      status: INCIDENT_STATUS[i.status],
      created_at: i.createdAt,
      updated_at: [i.updatedAt, ...i.posts.map((p) => p.at)].sort().at(-1)!,
      monitoring_at: monitoring?.at ?? null,
      resolved_at: i.isResolved ? i.endAt : null,
      impact: impactOf(i),
      shortlink: `${data.publicUrl}/status#${i.id}`,
      started_at: i.startAt,
      page_id: PAGE_ID,
      incident_updates: [...updates].reverse().map((p) => ({
        id: p.id,
        status: INCIDENT_STATUS[p.status],
        body: p.description,
        incident_id: i.id,
        created_at: p.at,
        updated_at: p.at,
        display_at: p.at,
        affected_components: null,
        deliver_notifications: true,
        custom_tweet: null,
        tweet_id: null,
      })),
      components: componentsOf(i.regions, i.services),
      postmortem_body: postmortem?.description ?? null,
      postmortem_body_last_updated_at: postmortem?.at ?? null,
      postmortem_published_at: postmortem ? (i.reportPublishedAt ?? postmortem.at) : null,
    };
  });

  // Newest window first, as Statuspage lists them; the maintenance lookup gives updates newest first too.
  const byStart = [...data.maintenances].sort((a, b) => b.scheduledFor.localeCompare(a.scheduledFor));
  const maintenances: Maintenance[] = byStart.map((m: PublicMaintenance) => ({
    id: m.id,
    name: m.title,
    status: m.status,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    monitoring_at: null,
    resolved_at: m.status === 'completed' ? m.updatedAt : null,
    impact: 'maintenance' as const,
    shortlink: `${data.publicUrl}/status#${m.id}`,
    started_at: m.scheduledFor,
    page_id: PAGE_ID,
    incident_updates: m.updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      incident_id: m.id,
      created_at: u.at,
      updated_at: u.at,
      display_at: u.at,
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: componentsOf(m.regions, m.services),
    scheduled_for: m.scheduledFor,
    scheduled_until: m.scheduledUntil,
  }));

  const unresolved = incidents.filter((i) => i.status !== 'resolved' && i.status !== 'postmortem');
  const rank = (x: Indicator) => INDICATORS.indexOf(x);
  const worstComponent = worstStatus(components.filter((c) => !c.group).map((c) => c.status));
  const indicator = [INDICATOR_OF[worstComponent], ...unresolved.map((i) => i.impact as Indicator)].reduce(
    (a, b) => (rank(b) > rank(a) ? b : a),
    'none' as Indicator,
  );
  const shown = indicator === 'none' && worstComponent === 'under_maintenance' ? 'maintenance' : indicator;
  return { page, status: { indicator: shown, description: DESCRIPTION[shown] }, components, incidents, maintenances };
}

function idOfName(data: PublicStatus, nameOrId: string): string {
  return Object.entries(data.serviceNames).find(([, name]) => name === nameOrId)?.[0] ?? nameOrId;
}

const RECENT = 50;
export const isUnresolved = (i: Incident) => i.status !== 'resolved' && i.status !== 'postmortem';
const upcoming = (m: Maintenance) => m.status === 'scheduled';
const active = (m: Maintenance) => m.status === 'in_progress' || m.status === 'verifying';

/** Every document of /api/v2, by its path under /api/v2/. */
export function statuspageDocuments(v: StatuspageView): Record<string, unknown> {
  const { page, status, components, incidents, maintenances } = v;
  return {
    'summary.json': {
      page,
      components,
      incidents: incidents.filter(isUnresolved),
      scheduled_maintenances: maintenances.filter((m) => upcoming(m) || active(m)),
      status,
    },
    'status.json': { page, status },
    'components.json': { page, components },
    'incidents.json': { page, incidents: incidents.slice(0, RECENT) },
    'incidents/unresolved.json': { page, incidents: incidents.filter(isUnresolved) },
    'scheduled-maintenances.json': { page, scheduled_maintenances: maintenances.slice(0, RECENT) },
    'scheduled-maintenances/upcoming.json': { page, scheduled_maintenances: maintenances.filter(upcoming).reverse() },
    'scheduled-maintenances/active.json': { page, scheduled_maintenances: maintenances.filter(active) },
  };
}
