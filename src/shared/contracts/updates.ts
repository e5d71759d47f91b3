// Maintenance, releases, rollouts, regions' windows and environments' updates.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type } from 'typebox';
import {
  MAINTENANCE_IMPACTS,
  MAINTENANCE_KINDS,
  MAINTENANCE_STATES,
  ENVIRONMENT_UPDATE_STATES,
  RELEASE_KINDS,
  ROLLOUT_STATES,
  TARGET_STATES,
} from '../updates.js';
import { MAX_OFFSET } from '../paging.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const UtcTime = (description: string) =>
  Type.String({ description: `${description} (ISO 8601 UTC, e.g. 2026-11-25T18:00:00Z)`, maxLength: 40 });

export const WindowSchema = Type.Object({
  startsAt: Type.String(),
  endsAt: Type.String(),
  local: Nullable(Type.String({ description: 'The window in the reader’s time zone and locale (signed-in readers)' })),
});

export const RegionWindowsSchema = Type.Object({
  region: Type.Object({
    code: Type.String(),
    name: Type.String(),
    serviceUrl: Type.String(),
    window: Type.Object({
      start: Type.String({ description: 'HH:MM UTC' }),
      end: Type.String({ description: 'HH:MM UTC; earlier than start when the window crosses midnight' }),
      days: Type.Array(Type.Integer()),
    }),
  }),
  timeZone: Nullable(Type.String()),
  windows: Type.Array(Type.Object({ service: WindowSchema, database: WindowSchema })),
});

export const FeatureInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    serviceId: Type.Optional(Type.String({ maxLength: 100 })),
    disruptive: Type.Optional(
      Type.Boolean({ description: 'A major, disruptive change: off until an org admin turns it on per environment' }),
    ),
  },
  { additionalProperties: false },
);

export const ReleaseInputSchema = Type.Object(
  {
    kind: Type.Enum([...RELEASE_KINDS], {
      description: 'weekly (minor service update), wave (April/October major release) or security',
    }),
    version: Type.String({ maxLength: 40, description: 'What the service part brings, e.g. 9.2.25111.10' }),
    databaseVersion: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'What the database (background) part brings; the service version when left out',
      }),
    ),
    title: Type.Optional(Type.String({ maxLength: 200 })),
    releaseNotesUrl: Type.String({ maxLength: 2000 }),
    features: Type.Optional(Type.Array(FeatureInputSchema, { maxItems: 200 })),
  },
  { additionalProperties: false },
);

export const ReleaseSchema = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...RELEASE_KINDS]),
  title: Type.String(),
  version: Type.String(),
  databaseVersion: Type.String(),
  releaseNotesUrl: Type.String(),
  wave: Nullable(Type.String()),
  createdAt: Type.String(),
  features: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      description: Type.String(),
      serviceId: Nullable(Type.String()),
      disruptive: Type.Boolean(),
    }),
  ),
  rollout: Nullable(Type.Object({ id: Type.String(), state: Type.Enum([...ROLLOUT_STATES]), startsAt: Type.String() })),
});

export const RolloutSchema = Type.Object({
  id: Type.String(),
  state: Type.Enum([...ROLLOUT_STATES]),
  startsAt: Type.String(),
  pauseHours: Type.Integer(),
  regions: Type.Array(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  release: Type.Object({
    id: Type.String(),
    kind: Type.Enum([...RELEASE_KINDS]),
    title: Type.String(),
    version: Type.String(),
    databaseVersion: Type.String(),
    wave: Nullable(Type.String()),
  }),
  stations: Type.Array(
    Type.Object({
      number: Type.Integer(),
      name: Type.String(),
      targets: Type.Array(
        Type.Object({
          region: Type.String(),
          firstRelease: Type.Boolean({
            description: 'Only the region’s First Release (and, for a wave, early access) environments',
          }),
          state: Type.Enum([...TARGET_STATES]),
          serviceWindow: WindowSchema,
          databaseWindow: WindowSchema,
          serviceDoneAt: Nullable(Type.String()),
          finishedAt: Nullable(Type.String()),
          environments: Type.Object({
            total: Type.Integer(),
            pending: Type.Integer(),
            started: Type.Integer(),
            serviceDone: Type.Integer(),
            databaseDone: Type.Integer(),
            failed: Type.Integer(),
            overran: Type.Integer(),
          }),
        }),
      ),
    }),
  ),
});

export const ProgressSchema = Type.Object({
  rolloutId: Type.String(),
  environmentId: Type.String(),
  tenantId: Type.String(),
  region: Type.String(),
  station: Type.Integer(),
  state: Type.Enum([...ENVIRONMENT_UPDATE_STATES]),
  previousVersion: Type.String(),
  startedAt: Nullable(Type.String()),
  serviceDoneAt: Nullable(Type.String()),
  databaseDoneAt: Nullable(Type.String()),
  failedAt: Nullable(Type.String()),
  overranAt: Nullable(Type.String({ description: 'When a part ran past its window (an incident was raised)' })),
  note: Nullable(Type.String()),
  updatedAt: Type.String(),
});

export const EnvironmentUpdatesSchema = Type.Object({
  environmentId: Type.String(),
  version: Type.String(),
  versionText: Type.String({
    description: 'As the About page shows it, e.g. "9.2.25111.10 (background update pending)"',
  }),
  backgroundUpdatePending: Type.Boolean(),
  updates: Type.Array(
    Type.Object({
      rolloutId: Type.String(),
      releaseId: Type.String(),
      kind: Type.Enum([...RELEASE_KINDS]),
      title: Type.String(),
      version: Type.String(),
      databaseVersion: Type.String(),
      releaseNotesUrl: Type.String(),
      previousVersion: Type.String(),
      state: Type.Enum([...ENVIRONMENT_UPDATE_STATES]),
      serviceWindow: WindowSchema,
      databaseWindow: WindowSchema,
      serviceDoneAt: Nullable(Type.String()),
      databaseDoneAt: Nullable(Type.String()),
      failedAt: Nullable(Type.String()),
      overranAt: Nullable(Type.String()),
    }),
  ),
});

export const EnvironmentFeatureSchema = Type.Object({
  id: Type.String(),
  releaseId: Type.String(),
  releaseTitle: Type.String(),
  version: Type.String(),
  name: Type.String(),
  description: Type.String(),
  serviceId: Nullable(Type.String()),
  disruptive: Type.Boolean(),
  available: Type.Boolean({ description: 'The release has reached this environment' }),
  enabled: Type.Boolean(),
  switchedBy: Nullable(Type.String()),
  switchedAt: Nullable(Type.String()),
});

export const WindowInputSchema = Type.Object(
  {
    region: Type.String({ maxLength: 20 }),
    startsAt: UtcTime('Start of the window'),
    endsAt: UtcTime('End of the window'),
  },
  { additionalProperties: false },
);

const maintenanceFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  impact: Type.Enum([...MAINTENANCE_IMPACTS], { description: 'Expected impact: none, degraded or downtime' }),
  durationMinutes: Type.Integer({ description: 'Estimated duration of the impact within each window' }),
  windows: Type.Array(WindowInputSchema, { maxItems: 20, description: 'One window per region' }),
  environmentIds: Type.Optional(
    Type.Array(Type.String({ maxLength: 100 }), {
      maxItems: 10_000,
      description: 'Only these environments of the regions',
    }),
  ),
  services: Type.Optional(
    Type.Array(Type.String({ maxLength: 100 }), {
      maxItems: 100,
      description: 'Only environments using one of these services',
    }),
  ),
};

export const MaintenanceInputSchema = Type.Object(
  {
    kind: Type.Enum([...MAINTENANCE_KINDS], { description: 'planned, unplanned or security' }),
    ...maintenanceFields,
    confirmNoEnvironments: Type.Optional(
      Type.Boolean({
        description: 'true: schedule it although no environment is affected (otherwise 422 HERALD_NEEDS_CONFIRMATION)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** What the maintenance form previews: its scope, without the words or times. */
export const MaintenanceAudienceInputSchema = Type.Object(
  {
    kind: Type.Enum([...MAINTENANCE_KINDS]),
    impact: Type.Enum([...MAINTENANCE_IMPACTS]),
    regions: Type.Array(Type.String({ maxLength: 20 }), { maxItems: 100 }),
    environmentIds: maintenanceFields.environmentIds,
    services: maintenanceFields.services,
  },
  { additionalProperties: false },
);

export const MaintenanceAudienceSchema = Type.Object({
  environmentCount: Type.Integer(),
  tenantCount: Type.Integer(),
  tenants: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  peopleCount: Type.Integer(),
  people: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), email: Type.String(), reason: Type.String() }),
  ),
  announcement: Type.Enum(['notice', 'unplanned', 'none'], {
    description: 'notice: emailed ahead of the window; unplanned: emailed at once; none: only shown in the schedule',
  }),
});

export const MaintenancePatchSchema = Type.Object(
  {
    title: Type.Optional(maintenanceFields.title),
    description: maintenanceFields.description,
    impact: Type.Optional(maintenanceFields.impact),
    durationMinutes: Type.Optional(maintenanceFields.durationMinutes),
    windows: Type.Optional(maintenanceFields.windows),
    environmentIds: maintenanceFields.environmentIds,
    services: maintenanceFields.services,
  },
  { additionalProperties: false },
);

export const MaintenanceSchema = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...MAINTENANCE_KINDS]),
  title: Type.String(),
  description: Type.String(),
  impact: Type.Enum([...MAINTENANCE_IMPACTS]),
  state: Type.Enum([...MAINTENANCE_STATES]),
  durationMinutes: Type.Integer(),
  services: Type.Array(Type.String()),
  noticeDueAt: Nullable(Type.String()),
  noticeSentAt: Nullable(Type.String()),
  revision: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  windows: Type.Array(
    Type.Object({
      region: Type.String(),
      startsAt: Type.String(),
      endsAt: Type.String(),
      local: Nullable(Type.String()),
      state: Type.Enum([...MAINTENANCE_STATES]),
      startedAt: Nullable(Type.String()),
      finishedAt: Nullable(Type.String()),
    }),
  ),
  environments: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), tenantId: Type.String(), region: Type.String() }),
    {
      description: 'The affected environments the reader may see, by name (at most 1,000; see environmentCount)',
    },
  ),
  environmentCount: Type.Integer(),
  updates: Type.Array(
    Type.Object({
      id: Type.String(),
      at: Type.String(),
      state: Type.Enum([...MAINTENANCE_STATES]),
      body: Type.String(),
    }),
  ),
});

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET })),
};

export const TenantParams = Type.Object({ tenantId: Type.String({ maxLength: 100 }) });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

export const VersionsSchema = Type.Object({
  generatedAt: Type.String(),
  regions: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      running: Nullable(
        Type.Object({
          version: Type.String(),
          databaseVersion: Type.String(),
          kind: Type.String(),
          since: Type.String(),
          releaseNotesUrl: Type.String(),
        }),
      ),
      scheduled: Nullable(
        Type.Object({
          version: Type.String(),
          kind: Type.String(),
          serviceStartsAt: Type.String(),
          serviceEndsAt: Type.String(),
          databaseStartsAt: Type.String(),
          databaseEndsAt: Type.String(),
          releaseNotesUrl: Type.String(),
        }),
      ),
      history: Type.Array(
        Type.Object({
          version: Type.String(),
          kind: Type.String(),
          since: Type.String(),
          releaseNotesUrl: Type.String(),
        }),
      ),
    }),
  ),
});
