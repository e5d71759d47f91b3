// Sessions as a person and an operator meet them: sign-ins audited, a list of where one is signed
// in, ending the others, a new password ending them too, expired ones purged; sign-in links that
// work once; the sign-in limit that a forged X-Forwarded-For cannot reset; Secure cookies on https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOperator } from '../../src/app/directory/operators.js';
import { DEMO_PASSWORD } from '../../src/app/demo/index.js';
import { purgeExpiredSessions } from '../../src/app/jobs/credentials.js';
import { systemActor } from '../../src/domain/actor.js';
import { buildServer } from '../../src/http/server.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const cookiesOf = (setCookie: string | string[] | undefined): string =>
  ([] as string[])
    .concat(setCookie ?? [])
    .map((c) => c.split(';')[0]!)
    .join('; ');

async function signIn(email: string, password = DEMO_PASSWORD, userAgent = 'test-browser') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: { 'user-agent': userAgent },
    payload: { email, password },
  });
  expect(res.statusCode).toBe(200);
  return { cookie: cookiesOf(res.headers['set-cookie']), csrf: res.json().csrfToken as string };
}

const auditActions = async (entityId: string) =>
  (
    await t.ctx.database.db
      .selectFrom('audit_entry')
      .select(['action', 'after'])
      .where('entity_id', '=', entityId)
      .orderBy('at')
      .orderBy('id')
      .execute()
  ).map((r) => r.action);

describe('sessions', () => {
  it('audits every sign-in, failed ones too, with where they came from', async () => {
    const sam = t.demo.people.contosoSysAdmin!;
    await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'sam@contoso.com', password: 'wrong-password-1' },
    });
    // The test clock stands still and audit ids are random: move it a second so the two entries
    // are ordered by when they happened, as they would be in real time.
    t.clock.now = new Date(t.clock.now.getTime() + 1000);
    await signIn('sam@contoso.com');
    const rows = await t.ctx.database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity_id', '=', sam.id)
      .where('action', 'like', 'session.%')
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['session.sign_in_failed', 'session.signed_in']);
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ email: 'sam@contoso.com', ip: '127.0.0.1' });
    expect(rows[1]!.actor_label).toBe('sam@contoso.com');
  });

  it('lists where a person is signed in and ends another session, not anyone else’s', async () => {
    const phone = await signIn('fiona@fabrikam.com', DEMO_PASSWORD, 'phone');
    const laptop = await signIn('fiona@fabrikam.com', DEMO_PASSWORD, 'laptop');
    const list = await t.app.inject({ url: '/api/me/sessions', headers: { cookie: laptop.cookie } });
    const sessions = list.json() as { id: string; userAgent: string; current: boolean }[];
    expect(sessions.map((s) => [s.userAgent, s.current]).sort()).toEqual([
      ['laptop', true],
      ['phone', false],
    ]);
    const phoneId = sessions.find((s) => !s.current)!.id;

    // Someone else cannot end it: it is not theirs to see.
    const other = await signIn('alice@contoso.com');
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/sessions/${phoneId}`,
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrf },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: phone.cookie } })).statusCode).toBe(200);

    const ended = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/sessions/${phoneId}`,
      headers: { cookie: laptop.cookie, 'x-csrf-token': laptop.csrf },
    });
    expect(ended.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: phone.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: laptop.cookie } })).statusCode).toBe(200);
  });

  it('ends every other session when a person changes their password, keeping the one in use', async () => {
    const wendy = t.demo.people.woodgroveOrgAdmin!;
    const elsewhere = await signIn('wendy@woodgrovebank.com');
    const here = await signIn('wendy@woodgrovebank.com');
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${wendy.id}`,
      headers: { cookie: here.cookie, 'x-csrf-token': here.csrf },
      payload: { password: 'a-brand-new-password' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: elsewhere.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: here.cookie } })).statusCode).toBe(200);
    expect(await auditActions(wendy.id)).toContain('session.others_ended');
  });

  it('purges expired sessions, read by the injected clock', async () => {
    const s = await signIn('ops@herald.example');
    const before = await t.ctx.database.db.selectFrom('session').select('id').execute();
    expect(before.length).toBeGreaterThan(0);
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 13 * 3600_000);
    try {
      const purged = await purgeExpiredSessions(t.ctx);
      expect(purged.sessions).toBe(before.length);
      expect(await t.ctx.database.db.selectFrom('session').select('id').execute()).toEqual([]);
    } finally {
      t.clock.now = saved;
    }
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });
});

describe('sign-in links', () => {
  const linkToken = (url: string) => url.split('#')[1]!;

  it('signs in once and sets the password; used again it changes nothing', async () => {
    const { link } = await addOperator(t.ctx, systemActor('test'), {
      email: 'first.operator@provider.example',
      name: 'First Operator',
    });
    expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/set-password#hl_/);
    const token = linkToken(link.url);
    const used = await t.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token, password: 'correct horse battery' },
    });
    expect(used.statusCode).toBe(200);
    expect(used.json().person.isOperator).toBe(true);
    expect(cookiesOf(used.headers['set-cookie'])).toMatch(/herald_session=/);
    // The password it set now signs in.
    await signIn('first.operator@provider.example', 'correct horse battery');

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token, password: 'another password!!' },
    });
    expect(again.statusCode).toBe(400);
    expect(JSON.stringify(again.json())).toMatch(/body\.token.*already been used|already been used/);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { email: 'first.operator@provider.example', password: 'another password!!' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('refuses an expired link and a made-up one, naming the field, and changes nothing', async () => {
    const { link } = await addOperator(t.ctx, systemActor('test'), { email: 'late.operator@provider.example' });
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 25 * 3600_000);
    try {
      const expired = await t.app.inject({
        method: 'POST',
        url: '/api/session/link',
        payload: { token: linkToken(link.url), password: 'correct horse battery' },
      });
      expect(expired.statusCode).toBe(400);
      expect(JSON.stringify(expired.json())).toMatch(/has expired/);
    } finally {
      t.clock.now = saved;
    }
    const madeUp = await t.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token: 'hl_not-a-real-link', password: 'correct horse battery' },
    });
    expect(madeUp.statusCode).toBe(400);
    expect(JSON.stringify(madeUp.json())).toMatch(/body\.token/);
    const person = await t.ctx.database.db
      .selectFrom('person')
      .select('password_hash')
      .where('email', '=', 'late.operator@provider.example')
      .executeTakeFirstOrThrow();
    expect(person.password_hash).toBeNull();
  });

  it('refuses a short password without using up the link', async () => {
    const { link } = await addOperator(t.ctx, systemActor('test'), { email: 'short.password@provider.example' });
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token: linkToken(link.url), password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(JSON.stringify(short.json())).toMatch(/body\.password/);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token: linkToken(link.url), password: 'long enough password' },
    });
    expect(ok.statusCode).toBe(200);
  });
});

describe('behind a proxy', () => {
  it('does not let a forged X-Forwarded-For reset the sign-in limit when TRUST_PROXY is off', async () => {
    const app = await buildServer({
      ...t.ctx,
      config: { ...t.ctx.config, trustProxy: false, signInAttemptsPerMinute: 3 },
    });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
        payload: { email: 'raj@fabrikam.com', password: 'wrong-password!' },
      });
      codes.push(res.statusCode);
    }
    await app.close();
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });

  it('takes the client address from a trusted proxy when TRUST_PROXY names it', async () => {
    const app = await buildServer({
      ...t.ctx,
      config: { ...t.ctx.config, trustProxy: ['127.0.0.1'], signInAttemptsPerMinute: 2 },
    });
    try {
      const attempt = (ip: string) =>
        app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { 'x-forwarded-for': ip },
          payload: { email: 'eva@contoso.com', password: 'wrong-password!' },
        });
      expect([
        (await attempt('198.51.100.1')).statusCode,
        (await attempt('198.51.100.1')).statusCode,
        (await attempt('198.51.100.1')).statusCode,
      ]).toEqual([401, 401, 429]);
      // A different client behind the same proxy has its own limit.
      expect((await attempt('198.51.100.2')).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('marks cookies Secure when PUBLIC_URL is https', async () => {
    const app = await buildServer({
      ...t.ctx,
      config: { ...t.ctx.config, publicUrl: 'https://status.provider.example' },
    });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'alice@contoso.com', password: DEMO_PASSWORD },
      });
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      expect(cookies.length).toBeGreaterThanOrEqual(2);
      for (const c of cookies) expect(c).toMatch(/; Secure/);
    } finally {
      await app.close();
    }
  });
});
