// Incident templates into their API shape: the fields the incident composer fills.
import { Type, type Static } from 'typebox';
import { CLASSIFICATIONS } from '../../domain/incidents.js';
import type { IncidentTemplateTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';

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

export const presentIncidentTemplate = (t: IncidentTemplateTable): Static<typeof IncidentTemplateSchema> => ({
  id: t.id,
  name: t.name,
  title: t.title,
  body: t.body,
  classification: t.classification,
  services: fromJson<string[]>(t.service_ids, []),
  createdBy: t.created_by,
  createdDateTime: t.created_at,
  lastModifiedDateTime: t.updated_at,
});
