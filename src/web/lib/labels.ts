// Words for the API's enum values (from the catalogue, one ICU select per list, keys
// console.label.*), and the tone (colour) each status is shown in. Screens call useLabels();
// the value lists to offer in a select come from src/shared.
import { useMemo } from 'react';
import type { Tone } from '../components/ui';
import { EVENT_TYPES, type EventType } from '../../shared/notifications';
import { useT, type MessageKey, type Translate } from './i18n';
import type { IncidentStatus } from './types';

/** Every value a badge may show in people's words; what is not listed is shown in sentence case. */
const VALUES = new Set([
  'pending',
  'approved',
  'rejected',
  'active',
  'paused',
  'sent',
  'failed',
  'dead',
  'suppressed',
  'email',
  'webhook',
  'push',
  'in_app',
  'draft',
  'published',
  'planned',
  'unplanned',
  'security',
  'weekly',
  'wave',
  'minor',
  'major',
  'incident',
  'advisory',
]);

const sentenceCase = (value: string): string => {
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const select = (t: Translate, key: MessageKey, value: string) => t(key, { value });

/** The labels in one reader's language. */
export function labelsOf(t: Translate) {
  return {
    /** An incident status, or `serviceOperational` ("Healthy"). */
    status: (s: IncidentStatus | 'serviceOperational') => select(t, 'console.label.status', s),
    /** A notification category (incidents, advisories, planned maintenance, …). */
    category: (c: string) => select(t, 'console.label.category', c),
    messageCategory: (c: string) => select(t, 'console.label.messageCategory', c),
    role: (r: string) => select(t, 'console.label.role', r),
    origin: (o: string) => select(t, 'console.label.origin', o),
    symptom: (s: string) => select(t, 'console.label.symptom', s),
    postType: (p: string) => select(t, 'console.label.postType', p),
    /** A listed event type's words; one the console does not know (yet) as the API spells it. */
    eventType: (type: string) =>
      (EVENT_TYPES as readonly string[]).includes(type as EventType)
        ? select(t, 'console.label.eventType', type.replace('.', '_'))
        : type,
    /** People's words for a status or kind value: `serviceDegradation` → "Service degradation". */
    value: (value: string): string => {
      if (STATUS_VALUES.has(value)) return select(t, 'console.label.status', value);
      if (VALUES.has(value)) return select(t, 'console.label.value', value);
      return sentenceCase(value);
    },
  };
}

export type Labels = ReturnType<typeof labelsOf>;

export function useLabels(): Labels {
  const t = useT();
  return useMemo(() => labelsOf(t), [t]);
}

const STATUS_VALUES = new Set([
  'serviceOperational',
  'investigating',
  'serviceDegradation',
  'serviceInterruption',
  'restoringService',
  'extendedRecovery',
  'verifyingService',
  'serviceRestored',
  'falsePositive',
  'postIncidentReviewPublished',
]);

export function statusTone(status: IncidentStatus | 'serviceOperational'): Tone {
  switch (status) {
    case 'serviceOperational':
    case 'serviceRestored':
    case 'postIncidentReviewPublished':
      return 'ok';
    case 'falsePositive':
      return 'neutral';
    case 'serviceInterruption':
      return 'bad';
    case 'investigating':
    case 'verifyingService':
      return 'info';
    default:
      return 'warn';
  }
}
