// What the incident previews say (POST /api/incidents/audience-preview and
// /api/incidents/:id/audience-preview): the counts by role, and how and by which rule they are told.
import type { Static } from 'typebox';
import type { IncidentAudienceSchema } from '../../../shared/contracts/serviceHealth';
import { useT } from '../../lib/i18n';

export type IncidentAudience = Static<typeof IncidentAudienceSchema>;

/** The sentence under the counts, in the reader's words: `how={useIncidentHow()}`. */
export function useIncidentHow(): (p: IncidentAudience) => string {
  const t = useT();
  return (p) =>
    p.rules.length
      ? t('console.incidents.audience.told', {
          severity: p.severity,
          channels: t.list(p.channels.map((channel) => t('console.incidents.audience.channel', { channel }))),
          rules: t.list(p.rules),
        })
      : t('console.incidents.audience.nobody', { severity: p.severity });
}
