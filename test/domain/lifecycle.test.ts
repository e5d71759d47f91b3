import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIFECYCLE_SCHEDULE,
  dueLifecycleStep,
  lifecycleStepDueAt,
  parseLifecycleSchedule,
  renderLifecycleText,
} from '../../src/domain/lifecycle.js';

const purchase = '2026-03-02';
const at = (iso: string) => new Date(iso);

describe('first-year lifecycle schedule', () => {
  it('has a step for welcome, set-up, adoption, the quarter, the half year and renewal', () => {
    expect(DEFAULT_LIFECYCLE_SCHEDULE.map((s) => s.day)).toEqual([1, 7, 30, 90, 180, 330]);
    expect(() => parseLifecycleSchedule(JSON.parse(JSON.stringify(DEFAULT_LIFECYCLE_SCHEDULE)))).not.toThrow();
  });

  it('makes a step due at midnight UTC that many days after the purchase', () => {
    expect(lifecycleStepDueAt(purchase, { day: 7 }).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });

  it('names the step due now, until the next one is due', () => {
    expect(dueLifecycleStep(DEFAULT_LIFECYCLE_SCHEDULE, purchase, at('2026-03-02T23:59:59Z'))).toBeNull();
    expect(dueLifecycleStep(DEFAULT_LIFECYCLE_SCHEDULE, purchase, at('2026-03-03T00:00:00Z'))?.id).toBe('welcome');
    expect(dueLifecycleStep(DEFAULT_LIFECYCLE_SCHEDULE, purchase, at('2026-03-08T23:00:00Z'))?.id).toBe('welcome');
    expect(dueLifecycleStep(DEFAULT_LIFECYCLE_SCHEDULE, purchase, at('2026-03-09T00:00:00Z'))?.id).toBe('setup-admins');
    expect(dueLifecycleStep(DEFAULT_LIFECYCLE_SCHEDULE, purchase, at('2027-01-26T00:00:00Z'))?.id).toBe('renewal');
  });

  it('sends nothing after the first year', () => {
    expect(dueLifecycleStep(DEFAULT_LIFECYCLE_SCHEDULE, purchase, at('2027-03-02T00:00:00Z'))).toBeNull();
    expect(dueLifecycleStep(DEFAULT_LIFECYCLE_SCHEDULE, '2024-06-01', at('2026-03-02T00:00:00Z'))).toBeNull();
  });

  it('fills in the tenant’s name', () => {
    expect(renderLifecycleText('Welcome, {{tenant}}. Yes, {{tenant}}.', { name: 'Contoso' })).toBe(
      'Welcome, Contoso. Yes, Contoso.',
    );
  });

  it('refuses a schedule file that would mail nonsense, saying where', () => {
    expect(() => parseLifecycleSchedule([])).toThrow(/non-empty/);
    expect(() =>
      parseLifecycleSchedule([{ id: 'x', day: 400, title: 't', body: 'b', category: 'stayInformed', tags: [] }]),
    ).toThrow(/step 1: day/);
    expect(() =>
      parseLifecycleSchedule([{ id: 'x', day: 1, title: 't', body: 'b', category: 'news', tags: [] }]),
    ).toThrow(/step 1: category/);
    const step = { id: 'x', day: 1, title: 't', body: 'b', category: 'stayInformed', tags: [] };
    expect(() => parseLifecycleSchedule([step, { ...step, day: 2 }])).toThrow(/step 2: id "x" is used twice/);
    expect(() => parseLifecycleSchedule([{ ...step, tags: ['Gossip'] }])).toThrow(/unknown tags Gossip/);
  });
});
