// Public subscribers to the status page: what subscribing and managing a subscription accept.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;

const Flag = Type.Union([Type.Boolean(), Type.String({ maxLength: 5 })], {
  description: 'true, or "on" from a checkbox',
});
const ChoiceFields = {
  everything: Type.Optional(Flag),
  regions: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 100 })),
  services: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 })),
};
export const SubscribeBody = Type.Object(
  {
    email: Type.Optional(Type.String({ maxLength: 320 })),
    url: Type.Optional(Type.String({ maxLength: 2000 })),
    format: Type.Optional(
      Type.String({
        maxLength: 20,
        description: 'For a URL: standard (Standard Webhooks, the default), slack or teams',
      }),
    ),
    ...ChoiceFields,
  },
  strict,
);
export const ChoiceBody = Type.Object(
  {
    ...ChoiceFields,
    locale: Type.Optional(
      Type.String({ maxLength: 35, description: 'The language of the emails: en, fr, de, es, pt-BR, ja or ar' }),
    ),
    'List-Unsubscribe': Type.Optional(Type.String({ maxLength: 20 })),
  },
  strict,
);
export const TokenParams = Type.Object({ token: Type.String({ maxLength: 300 }) }, strict);
