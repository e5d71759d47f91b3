// Single sign-on and SCIM settings of a tenant, as the API accepts and shows them.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type } from 'typebox';

export const TenantParams = Type.Object({ tenantId: Type.String({ maxLength: 100 }) });
export const ItemParams = Type.Object({
  tenantId: Type.String({ maxLength: 100 }),
  id: Type.String({ maxLength: 100 }),
});
const JoinPolicy = Type.Union([Type.Literal('join'), Type.Literal('approval')]);

export const ProviderFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  issuer: Type.String({
    minLength: 1,
    maxLength: 2000,
    description: 'The issuer URL; its /.well-known/openid-configuration is read',
  }),
  clientId: Type.String({ minLength: 1, maxLength: 500 }),
  clientSecret: Type.String({ minLength: 1, maxLength: 2000, description: 'Stored encrypted; never shown again' }),
  allowedDomains: Type.Array(Type.String({ maxLength: 253 }), { minItems: 1, maxItems: 50 }),
  groupsClaim: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'ID token claim with the person’s groups (default "groups")',
    }),
  ),
  joinPolicy: Type.Optional(JoinPolicy),
  passwordFallback: Type.Optional(
    Type.Boolean({ description: 'People of these domains may still use a Herald password' }),
  ),
};

export const ProviderSchema = Type.Object({
  id: Type.String(),
  tenantId: Type.String(),
  name: Type.String(),
  issuer: Type.String(),
  clientId: Type.String(),
  allowedDomains: Type.Array(Type.String()),
  groupsClaim: Type.String(),
  joinPolicy: JoinPolicy,
  passwordFallback: Type.Boolean(),
  redirectUri: Type.String(),
  backchannelLogoutUri: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const GroupRuleSchema = Type.Object({
  id: Type.String(),
  groupName: Type.String(),
  role: Type.Union([Type.Literal('org_admin'), Type.Literal('system_admin')]),
  environmentId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export const ScimTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

export const MemberSchema = Type.Object({
  personId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  source: Type.String(),
  status: Type.String(),
  groups: Type.Array(Type.String()),
  createdAt: Type.String(),
});
