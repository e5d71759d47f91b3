// Translations of posts as operators see them (readers get the translated words in the post itself).
import type { Static } from 'typebox';
import type { IncidentTranslationRecord } from '../../app/translations/incidentTranslations.js';
import type { MessageTranslationRecord } from '../../app/translations/messageTranslations.js';
import type { MessageTranslationSchema } from '../../shared/contracts/messages.js';
import type { IncidentTranslationSchema } from '../../shared/contracts/serviceHealth.js';

export const presentMessageTranslation = ({
  translation: t,
  outOfDate,
}: MessageTranslationRecord): Static<typeof MessageTranslationSchema> => ({
  language: t.language,
  title: t.title,
  bodyMarkdown: t.body,
  body: { contentType: 'html', content: t.body_html },
  outOfDate,
  createdDateTime: t.created_at,
  lastModifiedDateTime: t.updated_at,
});

export const presentIncidentTranslation = ({
  translation: t,
  posts,
  outOfDate,
}: IncidentTranslationRecord): Static<typeof IncidentTranslationSchema> => ({
  language: t.language,
  title: t.title,
  posts,
  outOfDate,
  createdDateTime: t.created_at,
  lastModifiedDateTime: t.updated_at,
});
