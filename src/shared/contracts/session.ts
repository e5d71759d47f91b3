// Who is signed in (GET /api/session).
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type, type Static } from 'typebox';

export const MeSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  locale: Type.Union([Type.String(), Type.Null()], {
    description: 'their own locale (BCP 47); null: none chosen, they read their organization’s language',
  }),
  language: Type.String({
    description:
      'the catalogue language they read, in mail and console: their own locale if Herald speaks it, else their tenant’s (the first by name that has one), else the provider’s DEFAULT_LOCALE',
  }),
  formatLocale: Type.String({
    description:
      'the tag their dates and numbers are formatted in: their own when of that language ("de-AT"), else the language',
  }),
  timeZone: Type.String(),
  isOperator: Type.Boolean(),
  orgAdminOf: Type.Array(Type.String(), { description: 'tenant ids' }),
  systemAdminOf: Type.Array(Type.Object({ environmentId: Type.String(), tenantId: Type.String() })),
  memberOf: Type.Array(Type.Object({ environmentId: Type.String(), tenantId: Type.String() }), {
    description: 'environments the person is a member (end user) of',
  }),
});
export type Me = Static<typeof MeSchema>;

export const SessionSchema = Type.Object({ person: MeSchema, csrfToken: Type.String() });

export const SessionInfoSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean({ description: 'the session this request was made with' }),
});
