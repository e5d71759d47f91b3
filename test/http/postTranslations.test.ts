// Posts in several languages (issue 15): operators translate a Message Center post and an
// incident; each reader reads their own language where there is a translation (a German admin of
// Contoso, a Japanese admin of Fabrikam), the original with a flag saying so where there is none
// (a French admin), through the console's API and Graph alike. A translation with a broken,
// missing or unknown placeholder, or in a language Herald does not speak, is refused naming the
// field and stores nothing; only operators translate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { insertPerson, insertRole } from '../../src/app/directory/people.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';

type Auth = { authorization: string };
let t: TestApp;
let ops: Auth;
let greta: Auth; // German, org admin of Contoso
let fiona: Auth; // Japanese, org admin of Fabrikam (demo)
let franck: Auth; // French, org admin of Contoso

async function orgAdmin(email: string, name: string, locale: string, tenantId: string): Promise<Auth> {
  await runCommand(t.ctx, systemActor('test'), async (s) => {
    const person = await insertPerson(s, { email, name, locale, timeZone: 'Europe/Berlin' });
    await insertRole(s, { personId: person.id, role: 'org_admin', tenantId });
  });
  return t.auth(email);
}

beforeAll(async () => {
  t = await createTestApp();
  ops = await t.auth('ops@herald.example');
  fiona = await t.auth('fiona@fabrikam.com');
  greta = await orgAdmin('greta@contoso.com', 'Greta', 'de-DE', t.demo.tenants.contoso.id);
  franck = await orgAdmin('franck@contoso.com', 'Franck', 'fr-FR', t.demo.tenants.contoso.id);
});
afterAll(() => t.close());

async function publishPost(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/messages',
    headers: ops,
    payload: {
      title: 'New sign-in page',
      body: 'The sign-in page **changes** next month.',
      category: 'planForChange',
      startDateTime: t.clock.now.toISOString(),
      audience: { allTenants: true },
      ...overrides,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await t.app.inject({ method: 'POST', url: `/api/messages/${id}/publish`, headers: ops })).statusCode).toBe(
    200,
  );
  return id;
}

const translate = (who: Auth, id: string, language: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: `/api/messages/${id}/translations/${language}`, headers: who, payload });

const read = async (who: Auth, id: string) => {
  const res = await t.app.inject({ url: `/api/me/messages/${id}`, headers: who });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const graph = async (who: Auth, path: string) => {
  const res = await t.app.inject({ url: `/v1.0/admin/serviceAnnouncement/${path}`, headers: who });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const translationRows = async () =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('message_translation')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('Message Center posts in several languages', () => {
  let id: string;

  beforeAll(async () => {
    id = await publishPost();
    const de = await translate(ops, id, 'de', {
      title: 'Neue Anmeldeseite',
      body: 'Die Anmeldeseite **ändert sich** nächsten Monat.',
    });
    expect(de.statusCode, de.body).toBe(200);
    expect(de.json()).toMatchObject({ language: 'de', title: 'Neue Anmeldeseite', outOfDate: false });
    const ja = await translate(ops, id, 'ja', {
      title: '新しいサインイン ページ',
      body: 'サインイン ページは来月**変わります**。',
    });
    expect(ja.statusCode, ja.body).toBe(200);
  });

  it('shows a German admin of one tenant and a Japanese admin of another their language', async () => {
    const german = await read(greta, id);
    expect(german).toMatchObject({
      title: 'Neue Anmeldeseite',
      language: 'de',
      originalLanguage: 'en',
      translated: true,
    });
    expect(german.body.content).toContain('<strong>ändert sich</strong>');

    const japanese = await read(fiona, id);
    expect(japanese).toMatchObject({ title: '新しいサインイン ページ', language: 'ja', translated: true });
    expect(japanese.body.content).toContain('<strong>変わります</strong>');

    // Lists read the same way.
    const list = await t.app.inject({ url: '/api/me/messages', headers: greta });
    expect(list.json().items.find((m: { id: string }) => m.id === id).title).toBe('Neue Anmeldeseite');
  });

  it('shows a French admin the English original, saying it is the original', async () => {
    const french = await read(franck, id);
    expect(french).toMatchObject({
      title: 'New sign-in page',
      language: 'en',
      originalLanguage: 'en',
      translated: false,
    });
    expect(french.body.content).toContain('<strong>changes</strong>');
  });

  it('answers Graph’s messages in the reader’s language, in Graph’s shape', async () => {
    const german = await graph(greta, 'messages');
    const post = german.value.find((m: { id: string }) => m.id === id);
    expect(post.title).toBe('Neue Anmeldeseite');
    expect(post.body).toEqual({ contentType: 'html', content: expect.stringContaining('ändert sich') });
    expect(post).not.toHaveProperty('translated');

    expect((await graph(fiona, `messages/${id}`)).title).toBe('新しいサインイン ページ');
    expect((await graph(franck, `messages/${id}`)).title).toBe('New sign-in page');
  });

  it('keeps each tenant to its own posts, translated or not', async () => {
    const fabrikamOnly = await publishPost({ audience: { tenantIds: [t.demo.tenants.fabrikam.id] } });
    expect((await translate(ops, fabrikamOnly, 'de', { title: 'Nur Fabrikam', body: 'Text.' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/me/messages/${fabrikamOnly}`, headers: greta })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `/v1.0/admin/serviceAnnouncement/messages/${fabrikamOnly}`, headers: greta }))
        .statusCode,
    ).toBe(404);
  });

  it('tells operators which translations may be out of date once the original changes', async () => {
    const before = await t.app.inject({ url: `/api/messages/${id}/translations`, headers: ops });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().originalLanguage).toBe('en');
    expect(before.json().items.map((i: { language: string; outOfDate: boolean }) => [i.language, i.outOfDate])).toEqual(
      [
        ['de', false],
        ['ja', false],
      ],
    );
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/messages/${id}`,
      headers: ops,
      payload: { body: 'The sign-in page **changes** in two months.' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = await t.app.inject({ url: `/api/messages/${id}/translations`, headers: ops });
    expect(after.json().items.every((i: { outOfDate: boolean }) => i.outOfDate)).toBe(true);
    // Saving the German again brings it up to date; readers keep reading the translation meanwhile.
    expect((await read(greta, id)).title).toBe('Neue Anmeldeseite');
    await translate(ops, id, 'de', {
      title: 'Neue Anmeldeseite',
      body: 'Die Anmeldeseite ändert sich in zwei Monaten.',
    });
    const again = await t.app.inject({ url: `/api/messages/${id}/translations`, headers: ops });
    expect(again.json().items.map((i: { language: string; outOfDate: boolean }) => [i.language, i.outOfDate])).toEqual([
      ['de', false],
      ['ja', true],
    ]);
  });

  it('removes a translation: its readers read the original again', async () => {
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/messages/${id}/translations/ja`, headers: ops });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await read(fiona, id)).toMatchObject({ title: 'New sign-in page', translated: false, language: 'en' });
    const twice = await t.app.inject({ method: 'DELETE', url: `/api/messages/${id}/translations/ja`, headers: ops });
    expect(twice.statusCode).toBe(404);
  });

  it('refuses a broken, missing or unknown placeholder, naming the field and the placeholder, and stores nothing', async () => {
    const welcome = await publishPost({
      title: 'Welcome, {{tenant}}',
      body: 'Hello {{tenant}}, your Message Center is ready.',
    });
    const rows = await translationRows();
    const broken = await translate(ops, welcome, 'de', {
      title: 'Willkommen, {{tenant}',
      body: 'Hallo {{name}}, Ihr Nachrichtencenter ist bereit.',
    });
    expect(broken.statusCode, broken.body).toBe(400);
    expect(broken.headers['content-type']).toMatch(/application\/problem\+json/);
    const errors = broken.json().errors as { field: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'body.title', message: expect.stringContaining('{{tenant}') },
        { field: 'body.body', message: expect.stringMatching(/lacks the placeholder \{\{tenant\}\}/) },
        { field: 'body.body', message: expect.stringMatching(/\{\{name\}\}, which the original does not have/) },
      ]),
    );
    expect(await translationRows()).toBe(rows);
    const list = await t.app.inject({ url: `/api/messages/${welcome}/translations`, headers: ops });
    expect(list.json().items).toEqual([]);

    const good = await translate(ops, welcome, 'de', {
      title: 'Willkommen, {{tenant}}',
      body: 'Hallo {{tenant}}, Ihr Nachrichtencenter ist bereit.',
    });
    expect(good.statusCode, good.body).toBe(200);
  });

  it('refuses a language Herald does not speak, and the original’s, naming the field', async () => {
    for (const language of ['tlh', 'de-AT', 'en']) {
      const res = await translate(ops, id, language, { title: 'x', body: 'y' });
      expect(res.statusCode, language).toBe(400);
      expect(res.json().errors[0].field).toBe('params.language');
    }
    const missing = await translate(ops, id, 'fr', { title: ' ', body: 'Le texte.' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('body.title');
  });

  it('lets only operators translate', async () => {
    expect((await translate(greta, id, 'fr', { title: 'Nouvelle page', body: 'Texte.' })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/messages/${id}/translations`, headers: greta })).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/messages/${id}/translations/de`, headers: fiona })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: `/api/messages/${id}/translations` })).statusCode).toBe(401);
    expect((await read(greta, id)).title).toBe('Neue Anmeldeseite');
  });
});

describe('incidents in several languages', () => {
  let incident: { id: string; posts: { id: string }[] };

  beforeAll(async () => {
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        title: 'Users cannot sign in',
        classification: 'incident',
        services: ['sales'],
        scope: {
          environmentIds: [
            t.demo.tenants.contoso.environments['nam-prod']!,
            t.demo.tenants.fabrikam.environments['ind-prod']!,
          ],
        },
        impactDescription: 'Sign-in fails with an error.',
        description: 'We are looking into sign-in failures.',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    incident = opened.json();
  });

  const translateIncident = (who: Auth, language: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/incidents/${incident.id}/translations/${language}`,
      headers: who,
      payload,
    });
  const readIncident = async (who: Auth) => {
    const res = await t.app.inject({ url: `/api/incidents/${incident.id}`, headers: who });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('shows each reader the title and posts in their language, operators the original', async () => {
    const de = await translateIncident(ops, 'de', {
      title: 'Benutzer können sich nicht anmelden',
      posts: [{ postId: incident.posts[0]!.id, description: 'Wir untersuchen Anmeldefehler.' }],
    });
    expect(de.statusCode, de.body).toBe(200);
    expect(de.json()).toMatchObject({ language: 'de', outOfDate: false });
    expect((await translateIncident(ops, 'ja', { title: 'サインインできません', posts: [] })).statusCode).toBe(200);

    const german = await readIncident(greta);
    expect(german).toMatchObject({ title: 'Benutzer können sich nicht anmelden', language: 'de', translated: true });
    expect(german.posts[0]).toMatchObject({
      description: { contentType: 'text', content: 'Wir untersuchen Anmeldefehler.' },
      translated: true,
    });
    const japanese = await readIncident(fiona);
    expect(japanese).toMatchObject({ title: 'サインインできません', language: 'ja', translated: true });
    // The Japanese translation has no posts: they are read in the original.
    expect(japanese.posts[0]).toMatchObject({
      description: { content: 'We are looking into sign-in failures.' },
      translated: false,
    });
    expect(await readIncident(franck)).toMatchObject({ title: 'Users cannot sign in', translated: false });
    expect(await readIncident(ops)).toMatchObject({ title: 'Users cannot sign in', language: 'en', translated: false });

    const dashboard = await t.app.inject({
      url: `/api/tenants/${t.demo.tenants.contoso.id}/incidents?view=active`,
      headers: greta,
    });
    expect(dashboard.json().items.find((i: { id: string }) => i.id === incident.id).title).toBe(
      'Benutzer können sich nicht anmelden',
    );

    const issue = await graph(greta, `issues/${incident.id}`);
    expect(issue.title).toBe('Benutzer können sich nicht anmelden');
    expect(issue.posts[0].description.content).toBe('Wir untersuchen Anmeldefehler.');
    expect((await graph(fiona, 'issues')).value.find((i: { id: string }) => i.id === incident.id).title).toBe(
      'サインインできません',
    );
  });

  it('marks a translation out of date when a post comes that it does not translate', async () => {
    const posted = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/posts`,
      headers: ops,
      payload: { description: 'A fix is being deployed.' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const list = await t.app.inject({ url: `/api/incidents/${incident.id}/translations`, headers: ops });
    expect(list.json().items.map((i: { language: string; outOfDate: boolean }) => [i.language, i.outOfDate])).toEqual([
      ['de', true],
      ['ja', true],
    ]);
    const german = await readIncident(greta);
    // The first post reads in German; the new one, which nobody translated, in the original.
    const posts = german.posts as { description: { content: string }; translated: boolean }[];
    expect(posts.find((p) => p.description.content === 'A fix is being deployed.')?.translated).toBe(false);
    expect(posts.filter((p) => p.translated)).toHaveLength(1);
  });

  it('refuses a broken placeholder in a post, a post of another incident, and non-operators', async () => {
    const broken = await translateIncident(ops, 'fr', {
      title: 'Connexion impossible',
      posts: [{ postId: incident.posts[0]!.id, description: 'Nous examinons {{tenant} les échecs.' }],
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors).toEqual([
      { field: 'body.posts.0.description', message: expect.stringContaining('{{tenant}') },
    ]);
    const stranger = await translateIncident(ops, 'fr', {
      title: 'Connexion impossible',
      posts: [{ postId: 'not-a-post', description: 'Texte.' }],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].field).toBe('body.posts.0.postId');
    expect((await translateIncident(ops, 'xx', { title: 'x', posts: [] })).json().errors[0].field).toBe(
      'params.language',
    );
    const list = await t.app.inject({ url: `/api/incidents/${incident.id}/translations`, headers: ops });
    expect(list.json().items.map((i: { language: string }) => i.language)).toEqual(['de', 'ja']);

    expect((await translateIncident(greta, 'fr', { title: 'x', posts: [] })).statusCode).toBe(403);
    // Wendy's tenant is not touched: the incident does not exist for her.
    const wendy = await t.auth('wendy@woodgrovebank.com');
    expect((await translateIncident(wendy, 'fr', { title: 'x', posts: [] })).statusCode).toBe(404);
  });

  it('checks a translation of an incident that may be public for private names', async () => {
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        title: 'Sales is slow in North America',
        classification: 'incident',
        services: ['sales'],
        scope: { regions: ['NAM'] },
        impactDescription: 'Pages load slowly.',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/incidents/${opened.json().id}/translations/de`,
      headers: ops,
      payload: { title: 'Sales ist bei Contoso langsam', posts: [] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('body.title');
  });
});
