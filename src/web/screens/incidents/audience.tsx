// What the incident previews say (POST /api/incidents/audience-preview and
// /api/incidents/:id/audience-preview): the counts by role, and how and by which rule they are told.
import type { Static } from 'typebox';
import type { IncidentAudienceSchema } from '../../../shared/contracts/serviceHealth';

export type IncidentAudience = Static<typeof IncidentAudienceSchema>;

const CHANNEL_WORDS: Record<string, string> = { email: 'email', push: 'push notification', in_app: 'the console' };

export function incidentHow(p: IncidentAudience): string {
  if (!p.rules.length) return `As ${p.severity}: nobody new is told.`;
  const channels = p.channels.map((c) => CHANNEL_WORDS[c] ?? c);
  const by = channels.length > 1 ? `${channels.slice(0, -1).join(', ')} and ${channels.at(-1)}` : channels[0];
  return `As ${p.severity}: told by ${by} (rule ${p.rules.join(', ')}).`;
}
