// An org admin's sign-in settings for their tenant: identity providers, group → role rules,
// SCIM tokens and people waiting for approval.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import {
  approveMember,
  createGroupRule,
  createProvider,
  createScimToken,
  deleteGroupRule,
  deleteProvider,
  listGroupRules,
  listMembers,
  listProviders,
  listScimTokens,
  revokeScimToken,
  updateProvider,
} from '../../../app/identity/settings.js';
import type { HeraldServer } from '../../types.js';
import {
  TenantParams,
  ItemParams,
  ProviderFields,
  ProviderSchema,
  GroupRuleSchema,
  ScimTokenSchema,
  MemberSchema,
} from '../../../shared/contracts/identity.js';

const tags = ['single sign-on'];
export function registerIdentitySettingsRoutes(app: HeraldServer, ctx: AppContext): void {
  const base = '/api/tenants/:tenantId';

  app.get(
    `${base}/identity-providers`,
    {
      schema: {
        tags,
        summary: 'The tenant’s identity providers',
        params: TenantParams,
        response: { 200: Type.Array(ProviderSchema) },
      },
    },
    async (request) => listProviders(ctx, request.actor, request.params.tenantId),
  );
  app.post(
    `${base}/identity-providers`,
    {
      schema: {
        tags,
        summary: 'Add an OpenID Connect provider',
        params: TenantParams,
        body: Type.Object(ProviderFields, { additionalProperties: false }),
        response: { 201: ProviderSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createProvider(ctx, request.actor, request.params.tenantId, request.body)),
  );
  app.patch(
    `${base}/identity-providers/:id`,
    {
      schema: {
        tags,
        summary: 'Change a provider',
        params: ItemParams,
        body: Type.Partial(Type.Object(ProviderFields), { additionalProperties: false }),
        response: { 200: ProviderSchema },
      },
    },
    async (request) => updateProvider(ctx, request.actor, request.params.tenantId, request.params.id, request.body),
  );
  app.delete(
    `${base}/identity-providers/:id`,
    { schema: { tags, summary: 'Remove a provider', params: ItemParams } },
    async (request, reply) => {
      await deleteProvider(ctx, request.actor, request.params.tenantId, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    `${base}/group-rules`,
    {
      schema: {
        tags,
        summary: 'Which directory group gives which role',
        params: TenantParams,
        response: { 200: Type.Array(GroupRuleSchema) },
      },
    },
    async (request) => listGroupRules(ctx, request.actor, request.params.tenantId),
  );
  app.post(
    `${base}/group-rules`,
    {
      schema: {
        tags,
        summary: 'A group (ID token claim value or SCIM group) gives a role',
        params: TenantParams,
        body: Type.Object(
          {
            groupName: Type.String({ minLength: 1, maxLength: 256 }),
            role: Type.Union([Type.Literal('org_admin'), Type.Literal('system_admin')]),
            environmentId: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: GroupRuleSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createGroupRule(ctx, request.actor, request.params.tenantId, request.body)),
  );
  app.delete(
    `${base}/group-rules/:id`,
    { schema: { tags, summary: 'Remove a group rule', params: ItemParams } },
    async (request, reply) => {
      await deleteGroupRule(ctx, request.actor, request.params.tenantId, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    `${base}/scim-tokens`,
    {
      schema: {
        tags,
        summary: 'The tenant’s SCIM tokens (never their secrets)',
        params: TenantParams,
        response: { 200: Type.Array(ScimTokenSchema) },
      },
    },
    async (request) => listScimTokens(ctx, request.actor, request.params.tenantId),
  );
  app.post(
    `${base}/scim-tokens`,
    {
      schema: {
        tags,
        summary: 'Issue a SCIM bearer token; its secret is in this answer only',
        params: TenantParams,
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
        response: { 201: Type.Intersect([ScimTokenSchema, Type.Object({ token: Type.String() })]) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createScimToken(ctx, request.actor, request.params.tenantId, request.body.name)),
  );
  app.delete(
    `${base}/scim-tokens/:id`,
    { schema: { tags, summary: 'Revoke a SCIM token', params: ItemParams } },
    async (request, reply) => {
      await revokeScimToken(ctx, request.actor, request.params.tenantId, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    `${base}/members`,
    {
      schema: {
        tags,
        summary: 'People who joined through single sign-on or SCIM',
        params: TenantParams,
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([Type.Literal('active'), Type.Literal('pending'), Type.Literal('deactivated')]),
          ),
        }),
        response: { 200: Type.Array(MemberSchema) },
      },
    },
    async (request) => listMembers(ctx, request.actor, request.params.tenantId, request.query.status),
  );
  app.post(
    `${base}/members/:id/approve`,
    { schema: { tags, summary: 'Let a person waiting for approval join', params: ItemParams } },
    async (request, reply) => {
      await approveMember(ctx, request.actor, request.params.tenantId, request.params.id);
      return reply.code(204).send();
    },
  );
}
