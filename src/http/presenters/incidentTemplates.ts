// Incident templates into their API shape: the fields the incident composer fills.
import { type Static } from 'typebox';
import type { IncidentTemplateTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import { IncidentTemplateSchema } from '../../shared/contracts/incidentTemplates.js';

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
