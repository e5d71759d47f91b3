// Incident templates (GET /api/incident-templates) and what creating or changing one accepts.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type } from 'typebox';
import { CLASSIFICATIONS } from '../incidents.js';

export const IncidentTemplateSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  title: Type.String({ description: 'the incident title the composer fills in' }),
  body: Type.String({ description: 'the impact description and first post' }),
  classification: Type.Enum([...CLASSIFICATIONS]),
  services: Type.Array(Type.String(), { description: 'service ids' }),
  createdBy: Type.String(),
  createdDateTime: Type.String({ format: 'date-time' }),
  lastModifiedDateTime: Type.String({ format: 'date-time' }),
});

const fields = {
  name: Type.String({ minLength: 1, maxLength: 100, description: 'how operators pick it; unique' }),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  body: Type.String({ minLength: 1, maxLength: 8000, description: 'the impact description and first post' }),
  classification: Type.Enum([...CLASSIFICATIONS]),
  services: Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 100, description: 'service ids' }),
};
export const TemplateBody = Type.Object(fields, { additionalProperties: false });
export const TemplatePatch = Type.Partial(Type.Object(fields), { additionalProperties: false, minProperties: 1 });
export const TemplateList = Type.Object({ items: Type.Array(IncidentTemplateSchema) });
