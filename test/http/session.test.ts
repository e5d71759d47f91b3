import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/index.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { signInAttemptsPerMinute: 3 } });
});
afterAll(() => t.close());

const cookieOf = (setCookie: string | string[] | undefined, name: string): string => {
  const all = Array.isArray(setCookie) ? setCookie : [setCookie ?? ''];
  const line = all.find((c) => c.startsWith(`${name}=`)) ?? '';
  return line.split(';')[0]!;
};

describe('sign-in', () => {
  it('answers health and readiness', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('signs in with email and password into an HttpOnly SameSite cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'Alice@Contoso.com', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.person.email).toBe('alice@contoso.com');
    expect(body.person.orgAdminOf).toEqual([t.demo.tenants.contoso.id]);
    const setCookie = ([] as string[])
      .concat(res.headers['set-cookie'] as string[])
      .find((c) => c.startsWith('herald_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const who = await t.app.inject({
      url: '/api/session',
      headers: { cookie: cookieOf(res.headers['set-cookie'], 'herald_session') },
    });
    expect(who.json().person.name).toBe('Alice Anders');
  });

  it('refuses a wrong password with the same answer as an unknown email', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'sam@contoso.com', password: 'not-the-password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'nobody@contoso.com', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('rate-limits repeated attempts for one email', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/session',
            payload: { email: 'raj@fabrikam.com', password: 'wrong-password!' },
          })
        ).statusCode,
      );
    }
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes[4]).toBe(429);
  });

  it('counts an address with spaces or capitals against the same allowance, as sign-in reads it', async () => {
    for (let i = 0; i < 3; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'wendy@woodgrovebank.com', password: 'wrong-password!' },
      });
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'wendy@woodgrovebank.com', password: DEMO_PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    for (const variant of ['wendy@woodgrovebank.com ', '  Wendy@WoodgroveBank.com']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: variant, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, variant).toBe(429);
    }
  });

  it("refuses another user's CSRF token and cookie pair in this session", async () => {
    const signIn = async (email: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      return {
        session: cookieOf(res.headers['set-cookie'], 'herald_session'),
        csrf: cookieOf(res.headers['set-cookie'], '_csrf'),
        token: res.json().csrfToken as string,
      };
    };
    const mallory = await signIn('ops@herald.example');
    const victim = await signIn('alice@contoso.com');
    const forged = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: `${victim.session}; ${mallory.csrf}`, 'x-csrf-token': mallory.token },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('HERALD_CSRF');
    // The victim's session is untouched, and their own pair works.
    const own = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: `${victim.session}; ${victim.csrf}`, 'x-csrf-token': victim.token },
    });
    expect(own.statusCode).toBe(204);
  });

  it('needs the CSRF token for a change made with the session cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'ops@herald.example', password: DEMO_PASSWORD },
    });
    const cookies = [
      cookieOf(res.headers['set-cookie'], 'herald_session'),
      cookieOf(res.headers['set-cookie'], '_csrf'),
    ].join('; ');
    const without = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: cookies } });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('HERALD_CSRF');
    const withToken = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: cookies, 'x-csrf-token': res.json().csrfToken },
    });
    expect(withToken.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/session', headers: { cookie: cookies } });
    expect(after.statusCode).toBe(401);
  });

  it('rejects an unknown bearer token instead of treating it as anonymous', async () => {
    const res = await t.app.inject({ url: '/api/session', headers: { authorization: 'Bearer herald_pat_nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('HERALD_UNAUTHENTICATED');
  });

  it('explains a wrong content type and a malformed body', async () => {
    const csv = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(csv.statusCode).toBe(415);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].field).toBe('body');
    const missing = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'a@b.co' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toContainEqual({ field: 'body.password', message: 'is required' });
  });
});

describe('cookies under an https public URL', () => {
  let https: TestApp;
  beforeAll(async () => {
    https = await createTestApp({ config: { publicUrl: 'https://status.example.com' } });
  });
  afterAll(() => https.close());

  it('marks the session and CSRF cookies Secure', async () => {
    const res = await https.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'alice@contoso.com', password: DEMO_PASSWORD },
    });
    const lines = ([] as string[]).concat(res.headers['set-cookie'] as string[]);
    expect(lines.find((c) => c.startsWith('_csrf='))).toMatch(/; Secure/);
    expect(lines.find((c) => c.startsWith('herald_session='))).toMatch(/; Secure/);
  });
});
