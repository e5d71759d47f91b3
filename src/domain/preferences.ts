// What a person gets when they have made no choice for a category and channel. Every rule's
// channels are on unless switched off; the only opt-in is a Message Center post's email, which
// is sent for major changes only, unless the person switches it on (see 'message.published' in
// policies.ts). Kept here, beside the rules, so the console shows what the planner does.
import type { NoticeCategory, PersonChannel } from './policies.js';

export function defaultEnabled(category: NoticeCategory, channel: PersonChannel): boolean {
  return !(category === 'message_center' && channel === 'email');
}

export type PreferenceSource = 'default' | 'choice';

/** The state a person's notices follow: their choice when they made one, otherwise the default. */
export function effectivePreference(
  category: NoticeCategory,
  channel: PersonChannel,
  choice: boolean | null,
): { enabled: boolean; source: PreferenceSource } {
  return choice === null
    ? { enabled: defaultEnabled(category, channel), source: 'default' }
    : { enabled: choice, source: 'choice' };
}
