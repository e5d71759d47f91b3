// Message Center tags in the reader's words. The API's tags are Graph's English names, sent and
// filtered as they are; console.messages.tag words the known ones, and one the console does not
// know (yet) is shown as the API spells it.
import type { Translate } from '../../lib/i18n';
import { MESSAGE_TAGS } from '../../../shared/messages';

/** "Data privacy" → "dataPrivacy", the tag's choice in the ICU select. */
const choice = (tag: string) => tag.toLowerCase().replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase());

export const tagLabel = (t: Translate, tag: string): string =>
  (MESSAGE_TAGS as readonly string[]).includes(tag) ? t('console.messages.tag', { value: choice(tag) }) : tag;
