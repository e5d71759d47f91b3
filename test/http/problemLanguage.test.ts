// A problem is said in its reader's language: a signed-in person's own (then their tenant's, then
// the provider's), anyone else's Accept-Language. Only the words change: `code`, `status` and
// each `errors[].field` stay what programs and the console's forms match on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-03-01T12:00:00Z') });
});
afterAll(() => t.close());

const setLocale = (email: string, locale: string) =>
  t.ctx.database.db.updateTable('person').set({ locale }).where('email', '=', email).execute();

/** An empty list of preferences: a 400 naming body.preferences. */
const emptyPreferences = async (headers: Record<string, string>) =>
  t.app.inject({ method: 'PUT', url: '/api/me/preferences', headers, payload: { preferences: [] } });

describe('problem details in the reader’s language', () => {
  it('answers a German admin in German, with the same code and fields as in English', async () => {
    const alice = await t.auth('alice@contoso.com');
    const english = await emptyPreferences(alice);
    await setLocale('alice@contoso.com', 'de-DE');
    const german = await emptyPreferences(alice);

    expect(german.statusCode).toBe(400);
    expect(german.headers['content-language']).toBe('de');
    expect(german.headers['content-type']).toContain('application/problem+json');
    expect(german.json()).toMatchObject({
      code: 'HERALD_VALIDATION',
      title: 'Die Anfrage ist ungültig',
      detail: 'Einstellungen: muss mindestens einen Eintrag haben.',
      errors: [{ field: 'body.preferences', message: 'muss mindestens einen Eintrag haben' }],
    });
    expect(english.headers['content-language']).toBe('en');
    expect(english.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.preferences']);
    expect(german.json().code).toBe(english.json().code);
    expect(german.json().type).toBe(english.json().type);

    // A use case's refusal too: another tenant's data is "not found", in German.
    const missing = await t.app.inject({ url: '/api/tenants/no-such-tenant/maintenance', headers: alice });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      code: 'HERALD_NOT_FOUND',
      title: 'Nicht gefunden',
      detail: 'Mandant „no-such-tenant“ existiert nicht oder ist für Sie nicht sichtbar',
    });
    await setLocale('alice@contoso.com', 'en-US');
  });

  it('falls back on the tenant’s language when Herald does not speak the person’s', async () => {
    const alice = await t.auth('alice@contoso.com');
    await setLocale('alice@contoso.com', 'ko-KR');
    await t.ctx.database.db.updateTable('tenant').set({ locale: 'fr' }).where('domain', '=', 'contoso.com').execute();
    const res = await emptyPreferences(alice);
    expect(res.headers['content-language']).toBe('fr');
    expect(res.json()).toMatchObject({
      title: 'La requête n’est pas valide',
      errors: [{ field: 'body.preferences', message: 'doit contenir au moins un élément' }],
    });
    await setLocale('alice@contoso.com', 'en-US');
    await t.ctx.database.db.updateTable('tenant').set({ locale: null }).where('domain', '=', 'contoso.com').execute();
  });

  it('answers an anonymous caller in their Accept-Language', async () => {
    const me = await t.app.inject({ url: '/api/me', headers: { 'accept-language': 'ja-JP,en;q=0.5' } });
    expect(me.statusCode).toBe(401);
    expect(me.headers['content-language']).toBe('ja');
    expect(me.json()).toMatchObject({ code: 'HERALD_UNAUTHENTICATED', title: 'サインインが必要です' });
    expect(me.json().detail).toContain('Authorization: Bearer <token>');

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'accept-language': 'ja' },
      payload: { password: 'x' },
    });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.json()).toMatchObject({
      code: 'HERALD_VALIDATION',
      title: 'リクエストが正しくありません',
      errors: [{ field: 'body.email', message: 'は必須です' }],
    });
    expect(signIn.json().detail).toBe('メールアドレス：は必須です。');
  });

  it('answers in English, without error, when Herald speaks none of the languages asked for', async () => {
    const res = await t.app.inject({ url: '/api/me', headers: { 'accept-language': 'tlh, xx-YY;q=0.8, *;q=0.1' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-language']).toBe('en');
    expect(res.json()).toMatchObject({
      code: 'HERALD_UNAUTHENTICATED',
      title: 'Sign-in required',
      detail: 'Sign in or send an API token as "Authorization: Bearer <token>".',
    });
  });
});
