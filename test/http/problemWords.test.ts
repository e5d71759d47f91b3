// Bad input is answered in people's words: the field by its label, what is wrong as a sentence
// (never Ajv's "must NOT have fewer than 1 characters"), while `errors[].field` keeps the
// machine name the console's forms match on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldLabel } from '../../src/http/problem.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-03-01T12:00:00Z') });
});
afterAll(() => t.close());

describe('problem words', () => {
  it('names fields as people say them', () => {
    expect(fieldLabel('body.title')).toBe('Title');
    expect(fieldLabel('body.durationMinutes')).toBe('Estimated duration');
    expect(fieldLabel('body.windows[0].endsAt')).toBe('End (windows, item 1)');
    expect(fieldLabel('body.preferences.1.channel')).toBe('Channel (preferences, item 2)');
    expect(fieldLabel('body.eventTypes.0')).toBe('Events, item 1');
    expect(fieldLabel('body')).toBe('The request');
  });

  it('answers a schema refusal in plain sentences and saves nothing', async () => {
    const ops = await t.auth('ops@herald.example');
    const before = await t.ctx.database.db
      .selectFrom('maintenance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/maintenance',
      headers: ops,
      payload: { kind: 'planned', title: '', impact: 'downtime', durationMinutes: 'an hour', windows: [] },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.title', message: 'is required' },
        { field: 'body.durationMinutes', message: 'must be a whole number' },
      ]),
    );
    expect(body.detail).toContain('Title is required');
    expect(body.detail).toContain('Estimated duration must be a whole number');
    expect(body.detail).not.toMatch(/must NOT|body\./);
    const after = await t.ctx.database.db
      .selectFrom('maintenance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('words lengths, lists and formats', async () => {
    const alice = await t.auth('alice@contoso.com');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers: alice,
      payload: { preferences: [] },
    });
    expect(res.json().errors).toEqual([{ field: 'body.preferences', message: 'must have at least one item' }]);
    expect(res.json().detail).toBe('Preferences must have at least one item.');
  });
});
