// Incidents and advisories: operators open them, post updates that move the status, change their
// details and override the severity; anyone who can see one reads it and may follow it.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { setFollowing } from '../../../app/serviceHealth/followers.js';
import {
  openIncident,
  overrideSeverity,
  postIncidentUpdate,
  updateIncident,
} from '../../../app/serviceHealth/incidents.js';
import {
  previewIncidentChangeAudience,
  previewNewIncidentAudience,
} from '../../../app/serviceHealth/incidentAudience.js';
import { getIncident, listIncidents } from '../../../app/serviceHealth/readIncidents.js';
import { isOperator } from '../../../domain/actor.js';
import { CLASSIFICATIONS, INCIDENT_STATUSES, ORIGINS, POST_TYPES } from '../../../domain/incidents.js';
import { SEVERITIES, SYMPTOMS } from '../../../domain/severity.js';
import { IncidentSchema, presentIncident } from '../../presenters/serviceHealth.js';
import type { HeraldServer } from '../../types.js';
import { IncidentParams, ListOf, PageQuery } from './schemas.js';

const tags = ['service health'];

const ScopeSchema = Type.Object(
  {
    regions: Type.Optional(
      Type.Array(Type.String(), { description: 'region codes; alone: every organization in the region' }),
    ),
    tenantIds: Type.Optional(
      Type.Array(Type.String(), {
        description: 'every environment of these tenants running the services (within `regions` if given)',
      }),
    ),
    environmentIds: Type.Optional(Type.Array(Type.String(), { description: 'exactly these environments' })),
  },
  { additionalProperties: false },
);

const editable = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  services: Type.Array(Type.String(), { minItems: 1, description: 'service ids' }),
  feature: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
  featureGroup: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
  scope: ScopeSchema,
  impactDescription: Type.String({ minLength: 1, maxLength: 4000 }),
  userExperience: Type.String({ maxLength: 4000 }),
  workaround: Type.String({ maxLength: 4000 }),
  startDateTime: Type.String({ description: 'ISO 8601 UTC; when the impact began' }),
  origin: Type.Enum([...ORIGINS]),
  symptoms: Type.Array(Type.Enum([...SYMPTOMS]), {
    description: 'what users see; with several organizations affected, "cannot get in" symptoms make it major',
  }),
  significantDegradation: Type.Boolean({ description: 'makes the incident major' }),
  upstreamDegraded: Type.Boolean({ description: 'the cloud platform underneath is degraded: major' }),
  isPublic: Type.Boolean({
    description:
      'show a minor incident on the public status page (major ones are); only incidents scoped to regions alone are ever public',
  }),
};

const OpenBody = Type.Object(
  {
    title: editable.title,
    classification: Type.Enum([...CLASSIFICATIONS]),
    services: editable.services,
    feature: Type.Optional(editable.feature),
    featureGroup: Type.Optional(editable.featureGroup),
    scope: ScopeSchema,
    impactDescription: editable.impactDescription,
    userExperience: Type.Optional(editable.userExperience),
    workaround: Type.Optional(editable.workaround),
    startDateTime: Type.Optional(editable.startDateTime),
    origin: Type.Optional(editable.origin),
    status: Type.Optional(
      Type.Enum([...INCIDENT_STATUSES], {
        description: 'investigating (default), serviceDegradation or serviceInterruption',
      }),
    ),
    symptoms: Type.Optional(editable.symptoms),
    significantDegradation: Type.Optional(editable.significantDegradation),
    upstreamDegraded: Type.Optional(editable.upstreamDegraded),
    isPublic: Type.Optional(editable.isPublic),
    description: Type.Optional(
      Type.String({ maxLength: 8000, description: 'the first post; the impact description when absent' }),
    ),
  },
  { additionalProperties: false },
);

const PatchBody = Type.Partial(Type.Object(editable), { additionalProperties: false, minProperties: 1 });

const PostBody = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 8000 }),
    postType: Type.Optional(Type.Enum([...POST_TYPES])),
    status: Type.Optional(
      Type.Enum([...INCIDENT_STATUSES], {
        description: 'the status the incident moves to; serviceRestored or falsePositive ends it',
      }),
    ),
    endDateTime: Type.Optional(
      Type.String({ description: 'with an ending status: when the service was back (default now)' }),
    ),
    notify: Type.Optional(
      Type.Boolean({
        description:
          'false: a correction, posted without notifying anyone; the delivery log records its deliveries as suppressed (default true)',
      }),
    ),
  },
  { additionalProperties: false },
);

const IncidentAudienceSchema = Type.Object({
  rules: Type.Array(Type.String(), { description: 'the policy rules that would tell people' }),
  severity: Type.Enum([...SEVERITIES]),
  environmentCount: Type.Integer(),
  tenantCount: Type.Integer(),
  tenants: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'the first 50 by name' }),
  orgAdminCount: Type.Integer(),
  systemAdminCount: Type.Integer(),
  peopleCount: Type.Integer(),
  people: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), email: Type.String(), reason: Type.String() }),
    { description: 'the first 50' },
  ),
  channels: Type.Array(Type.Enum(['email', 'push', 'in_app'])),
});

const NewIncidentAudienceBody = Type.Object(
  {
    classification: OpenBody.properties.classification,
    services: Type.Array(Type.String(), { description: 'service ids' }),
    scope: ScopeSchema,
    status: OpenBody.properties.status,
    symptoms: Type.Optional(editable.symptoms),
    significantDegradation: Type.Optional(editable.significantDegradation),
    upstreamDegraded: Type.Optional(editable.upstreamDegraded),
  },
  { additionalProperties: false },
);

const ChangeAudienceBody = Type.Object(
  {
    services: Type.Optional(editable.services),
    scope: Type.Optional(ScopeSchema),
    severity: Type.Optional(
      Type.Union([Type.Enum([...SEVERITIES]), Type.Null()], {
        description: 'an override; null returns to the derived severity',
      }),
    ),
  },
  { additionalProperties: false },
);

export function registerIncidentRoutes(app: HeraldServer, ctx: AppContext): void {
  app.post(
    '/api/incidents/audience-preview',
    {
      schema: {
        tags,
        summary: 'Who opening this incident would tell, before it is opened (operators)',
        body: NewIncidentAudienceBody,
        response: { 200: IncidentAudienceSchema },
      },
    },
    async (request) => previewNewIncidentAudience(ctx, request.actor, request.body),
  );

  app.post(
    '/api/incidents/:id/audience-preview',
    {
      schema: {
        tags,
        summary: 'Who a change of this incident’s scope or severity would tell, before it is saved (operators)',
        params: IncidentParams,
        body: ChangeAudienceBody,
        response: { 200: IncidentAudienceSchema },
      },
    },
    async (request) => previewIncidentChangeAudience(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Open an incident or advisory (operators)',
        body: OpenBody,
        response: { 201: IncidentSchema },
      },
    },
    async (request, reply) => {
      const row = await openIncident(ctx, request.actor, request.body);
      return reply.code(201).send(presentIncident(await getIncident(ctx, request.actor, row.id), true));
    },
  );

  app.get(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Incidents and advisories you can see, newest first',
        querystring: Type.Object(
          {
            state: Type.Optional(Type.Enum(['active', 'resolved'])),
            classification: Type.Optional(Type.Enum([...CLASSIFICATIONS])),
            severity: Type.Optional(Type.Enum([...SEVERITIES])),
            days: Type.Optional(
              Type.Integer({ minimum: 1, maximum: 366, description: 'going on or ended within this many days' }),
            ),
            tenantId: Type.Optional(Type.String()),
            q: Type.Optional(Type.String({ maxLength: 200, description: 'words in the title, or the id' })),
            region: Type.Optional(Type.String({ maxLength: 20, description: 'a region code, e.g. EUR' })),
            serviceId: Type.Optional(Type.String({ maxLength: 100 })),
            status: Type.Optional(Type.Enum([...INCIDENT_STATUSES])),
            from: Type.Optional(Type.String({ format: 'date-time', description: 'started at or after' })),
            to: Type.Optional(Type.String({ format: 'date-time', description: 'started before' })),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: ListOf(IncidentSchema) },
      },
    },
    async (request) => {
      const page = await listIncidents(ctx, request.actor, request.query);
      return { items: page.items.map((v) => presentIncident(v, isOperator(request.actor))), total: page.total };
    },
  );

  app.get(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'One incident with its timeline',
        params: IncidentParams,
        response: { 200: IncidentSchema },
      },
    },
    async (request) =>
      presentIncident(await getIncident(ctx, request.actor, request.params.id), isOperator(request.actor)),
  );

  app.patch(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'Change an incident’s details or scope (operators); the severity is derived again',
        params: IncidentParams,
        body: PatchBody,
        response: { 200: IncidentSchema },
      },
    },
    async (request) => {
      await updateIncident(ctx, request.actor, request.params.id, request.body);
      return presentIncident(await getIncident(ctx, request.actor, request.params.id), true);
    },
  );

  app.post(
    '/api/incidents/:id/posts',
    {
      schema: {
        tags,
        summary: 'Post an update, optionally moving the status (operators); illegal moves are 409',
        params: IncidentParams,
        body: PostBody,
        response: { 201: IncidentSchema },
      },
    },
    async (request, reply) => {
      await postIncidentUpdate(ctx, request.actor, request.params.id, request.body);
      return reply.code(201).send(presentIncident(await getIncident(ctx, request.actor, request.params.id), true));
    },
  );

  app.put(
    '/api/incidents/:id/severity',
    {
      schema: {
        tags,
        summary: 'Override the derived severity with a reason (operators); severity null returns to the derived one',
        params: IncidentParams,
        body: Type.Object(
          {
            severity: Type.Union([Type.Enum([...SEVERITIES]), Type.Null()]),
            reason: Type.String({ minLength: 1, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: IncidentSchema },
      },
    },
    async (request) => {
      await overrideSeverity(ctx, request.actor, request.params.id, request.body);
      return presentIncident(await getIncident(ctx, request.actor, request.params.id), true);
    },
  );

  const Following = Type.Object({ following: Type.Boolean() });
  app.put(
    '/api/incidents/:id/following',
    {
      schema: {
        tags,
        summary: 'Be told of every update of this incident',
        params: IncidentParams,
        response: { 200: Following },
      },
    },
    async (request) => setFollowing(ctx, request.actor, request.params.id, true),
  );
  app.delete(
    '/api/incidents/:id/following',
    { schema: { tags, summary: 'Stop following this incident', params: IncidentParams, response: { 200: Following } } },
    async (request) => setFollowing(ctx, request.actor, request.params.id, false),
  );
}
