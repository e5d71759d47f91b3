import { describe, expect, it } from 'vitest';
import { say } from '../support/english.js';
import {
  checkActionRequiredBy,
  dueActionReminder,
  isAudienceEmpty,
  isExpired,
  materialChanges,
  previousIsoWeek,
  releaseStatusOf,
  wordChange,
  type MessageContent,
} from '../../src/domain/messages.js';

const now = new Date('2026-03-10T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();

describe('the 30-day rule and action dates', () => {
  it('refuses a past action date for any post', () => {
    expect(say(checkActionRequiredBy({ isMajorChange: false, actionRequiredBy: days(-1) }, now))).toMatch(
      /in the past/,
    );
    expect(checkActionRequiredBy({ isMajorChange: false, actionRequiredBy: days(3) }, now)).toBeNull();
  });

  it('needs 30 days of notice for a major change that requires action', () => {
    expect(say(checkActionRequiredBy({ isMajorChange: true, actionRequiredBy: days(29) }, now))).toMatch(
      /at least 30 days/,
    );
    expect(checkActionRequiredBy({ isMajorChange: true, actionRequiredBy: days(30) }, now)).toBeNull();
    expect(checkActionRequiredBy({ isMajorChange: true, actionRequiredBy: null }, now)).toBeNull();
  });
});

describe('audience rules', () => {
  it('calls an audience without any selector empty', () => {
    expect(isAudienceEmpty({})).toBe(true);
    expect(isAudienceEmpty({ tenantIds: [], regionCodes: [] })).toBe(true);
    expect(isAudienceEmpty({ regionCodes: ['EUR'] })).toBe(false);
  });
});

describe('material change', () => {
  const base: MessageContent = {
    title: 'Retirement of the legacy client',
    body: 'The legacy client will be retired on 5 May. Move your users to the new client before then, and test your customizations first.',
    startsAt: days(0),
    endsAt: days(60),
    actionRequiredBy: days(45),
    isMajorChange: true,
    severity: 'normal',
  };

  it('ignores a typo fix, a retitle and a reordering', () => {
    expect(materialChanges(base, { ...base, title: 'Retirement of the legacy web client' })).toEqual([]);
    expect(materialChanges(base, { ...base, body: base.body.replace('customizations', 'customisations') })).toEqual([]);
  });

  it('sees moved dates, and says how they moved', () => {
    const changes = materialChanges(base, { ...base, actionRequiredBy: days(50), endsAt: null });
    expect(changes).toContain(`The action-required date moved from ${days(45)} to ${days(50)}`);
    expect(changes).toContain(`The end (${days(60)}) was removed`);
  });

  it('sees a date changed in the text, and a rewritten body', () => {
    expect(materialChanges(base, { ...base, body: base.body.replace('5 May', '12 May') })).toEqual([
      'The details changed',
    ]);
    expect(
      materialChanges(base, {
        ...base,
        body: 'Nothing to do: the retirement is cancelled and the legacy client stays available.',
      }),
    ).toEqual(['The details changed']);
  });

  it('sees a post becoming a major change or more severe, not less', () => {
    expect(materialChanges({ ...base, isMajorChange: false }, base)).toEqual(['This is now a major change']);
    expect(materialChanges(base, { ...base, severity: 'high' })).toEqual(['The severity rose from normal to high']);
    expect(materialChanges({ ...base, severity: 'high' }, base)).toEqual([]);
  });

  it('measures word change as a share of the words', () => {
    expect(wordChange('a b c d', 'a b c d')).toBe(0);
    expect(wordChange('a b c d', 'e f g h')).toBe(1);
    expect(wordChange('a b c d', 'd c b a')).toBe(0);
  });
});

describe('expiry, release status, reminders and weeks', () => {
  it('expires a post a set number of days after its end, never one without an end', () => {
    expect(isExpired(days(-31), now, 30)).toBe(true);
    expect(isExpired(days(-29), now, 30)).toBe(false);
    expect(isExpired(null, now, 30)).toBe(false);
  });

  it('derives the release status from the period unless one was recorded', () => {
    const post = { tiedToRelease: true, startsAt: days(1), endsAt: days(10) };
    expect(releaseStatusOf(post, null, now)).toBe('scheduled');
    expect(releaseStatusOf({ ...post, startsAt: days(-1) }, null, now)).toBe('rollingOut');
    expect(releaseStatusOf({ ...post, startsAt: days(-10), endsAt: days(-1) }, null, now)).toBe('launched');
    expect(releaseStatusOf(post, 'launched', now)).toBe('launched');
    expect(releaseStatusOf({ ...post, tiedToRelease: false }, null, now)).toBeNull();
  });

  it('sends the most urgent reminder reached, and none a week out or after the date', () => {
    expect(dueActionReminder(days(8), now)).toBeNull();
    expect(dueActionReminder(days(6), now)).toBe(7);
    expect(dueActionReminder(days(0.5), now)).toBe(1);
    expect(dueActionReminder(days(-0.5), now)).toBeNull();
  });

  it('names the ISO week that ended last, across a year end', () => {
    expect(previousIsoWeek(new Date('2026-03-10T12:00:00Z'))).toMatchObject({
      id: '2026-W10',
      start: new Date('2026-03-02T00:00:00Z'),
      end: new Date('2026-03-09T00:00:00Z'),
    });
    expect(previousIsoWeek(new Date('2026-01-05T00:00:00Z')).id).toBe('2026-W01');
    expect(previousIsoWeek(new Date('2027-01-04T08:00:00Z')).id).toBe('2026-W53');
    expect(previousIsoWeek(new Date('2025-01-01T08:00:00Z')).id).toBe('2024-W52');
  });
});
