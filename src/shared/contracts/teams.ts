// Product teams and their pages.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const TeamSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Nullable(Type.String()),
  webhookUrl: Nullable(Type.String()),
  hasRoutingKey: Type.Boolean(),
  pagesForDelivery: Type.Boolean(),
  services: Type.Array(Type.String()),
});

export const PageSchema = Type.Object({
  id: Type.String(),
  teamId: Type.String(),
  teamName: Type.String(),
  dedupKey: Type.String(),
  incidentId: Nullable(Type.String()),
  reason: Type.String(),
  summary: Type.String(),
  pagedAt: Type.String(),
  acknowledgedAt: Nullable(Type.String()),
  acknowledgedBy: Nullable(Type.String()),
});

export const Id = Type.String({ maxLength: 100 });

export const TeamBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Type.Union([Type.String({ maxLength: 320 }), Type.Null()])),
    webhookUrl: Type.Optional(
      Type.Union([Type.String({ maxLength: 2000, description: 'a PagerDuty Events API v2 endpoint' }), Type.Null()]),
    ),
    routingKey: Type.Optional(
      Type.Union([Type.String({ maxLength: 200, description: 'sent as routing_key' }), Type.Null()]),
    ),
    pagesForDelivery: Type.Optional(Type.Boolean({ description: 'also paged when a tenant’s webhook endpoint dies' })),
  },
  strict,
);
