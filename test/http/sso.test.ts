// Single sign-on against a real OpenID Provider (oidc-provider on loopback), over real HTTP:
// Herald listens on a port, the provider on another, and a cookie-keeping browser follows the
// redirects and fills in the provider's own login and consent forms.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { Browser, startIdp, type TestIdp } from '../support/oidc.js';

let t: TestApp;
let herald: string;
let contosoIdp: TestIdp;
let fabrikamIdp: TestIdp;
let contosoProviderId: string;

const secret = 'a-client-secret-of-some-length';

async function api(method: string, url: string, as: string, payload?: unknown) {
  return t.app.inject({
    method: method as 'GET',
    url,
    headers: await t.auth(as),
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

/** Starts from the email on the sign-in page, as the console does. */
async function discover(browser: Browser, email: string) {
  const res = await browser.request(`${herald}/api/sign-in/discover`, { json: { email } });
  return (await res.json()) as { method: string; redirectUrl?: string; passwordAllowed: boolean };
}

async function signInThroughProvider(browser: Browser, email: string, login: string) {
  const found = await discover(browser, email);
  expect(found.method).toBe('oidc');
  return browser.signInAt(`${herald}${found.redirectUrl}`, login);
}

async function me(browser: Browser) {
  const res = await browser.request(`${herald}/api/session`);
  return res.status === 200
    ? (
        (await res.json()) as {
          person: { email: string; orgAdminOf: string[]; systemAdminOf: { environmentId: string }[] };
        }
      ).person
    : null;
}

beforeAll(async () => {
  t = await createTestApp({ config: { signInAttemptsPerMinute: 1000 } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  herald = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  t.ctx.config.publicUrl = herald;
  const callback = `${herald}/auth/oidc/callback`;
  contosoIdp = await startIdp(
    [
      {
        clientId: 'herald-contoso',
        clientSecret: secret,
        redirectUri: callback,
        backchannelLogoutUri: `${herald}/auth/oidc/backchannel-logout`,
      },
      // Another application at the same provider whose codes someone might slip into Herald's callback.
      { clientId: 'other-app', clientSecret: 'other-secret', redirectUri: callback },
    ],
    [
      { sub: 'newbie', email: 'nina@contoso.com', name: 'Nina New', groups: ['nam-ops'] },
      { sub: 'boss', email: 'bob@contoso.com', name: 'Bob Boss', groups: ['herald-admins'] },
      { sub: 'intruder', email: 'mallory@fabrikam.com', name: 'Mallory' },
      { sub: 'unverified', email: 'uma@contoso.com', emailVerified: false },
    ],
  );
  fabrikamIdp = await startIdp(
    [{ clientId: 'herald-fabrikam', clientSecret: secret, redirectUri: callback }],
    [
      { sub: 'raj', email: 'raj@fabrikam.com', name: 'Raj Rao' },
      { sub: 'alice', email: 'alice@contoso.com', name: 'Alice (claimed by Fabrikam)' },
    ],
  );

  const contoso = t.demo.tenants.contoso.id;
  const created = await api('POST', `/api/tenants/${contoso}/identity-providers`, 'alice@contoso.com', {
    name: 'Contoso Entra',
    issuer: contosoIdp.issuer,
    clientId: 'herald-contoso',
    clientSecret: secret,
    allowedDomains: ['contoso.com'],
  });
  expect(created.statusCode).toBe(201);
  contosoProviderId = created.json().id;
  expect(created.json().backchannelLogoutUri).toBe(`${herald}/auth/oidc/backchannel-logout`);
  expect(
    (
      await api('POST', `/api/tenants/${contoso}/group-rules`, 'alice@contoso.com', {
        groupName: 'herald-admins',
        role: 'org_admin',
      })
    ).statusCode,
  ).toBe(201);
  const rule = await api('POST', `/api/tenants/${contoso}/group-rules`, 'alice@contoso.com', {
    groupName: 'nam-ops',
    role: 'system_admin',
    environmentId: t.demo.tenants.contoso.environments['nam-prod'],
  });
  expect(rule.statusCode).toBe(201);

  const fabrikam = await api(
    'POST',
    `/api/tenants/${t.demo.tenants.fabrikam.id}/identity-providers`,
    'fiona@fabrikam.com',
    {
      name: 'Fabrikam Okta',
      issuer: fabrikamIdp.issuer,
      clientId: 'herald-fabrikam',
      clientSecret: secret,
      allowedDomains: ['fabrikam.com'],
      passwordFallback: true,
    },
  );
  expect(fabrikam.statusCode).toBe(201);
}, 60_000);

afterAll(async () => {
  await contosoIdp?.close();
  await fabrikamIdp?.close();
  await t?.close();
});

describe('OpenID Connect sign-in', () => {
  it('starts from the email: a domain with a provider goes to it, others to the password', async () => {
    const browser = new Browser();
    const found = await discover(browser, 'Nina@Contoso.com');
    expect(found).toMatchObject({ method: 'oidc', passwordAllowed: false });
    expect(await discover(browser, 'ops@herald.example')).toMatchObject({ method: 'password' });
    const bad = await browser.request(`${herald}/api/sign-in/discover`, { json: { email: 'not-an-email' } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('body.email');
  });

  it('a first sign-in with a verified email of an allowed domain joins the tenant with the role its groups give', async () => {
    const browser = new Browser();
    const done = await signInThroughProvider(browser, 'nina@contoso.com', 'newbie');
    // The provider's own pages were on the way: Herald → provider login → consent → Herald.
    expect(done.visited.some((u) => u.origin === contosoIdp.issuer && u.pathname.startsWith('/interaction/'))).toBe(
      true,
    );
    expect(done.url.href).toBe(`${herald}/`);
    const person = await me(browser);
    expect(person?.email).toBe('nina@contoso.com');
    expect(person?.systemAdminOf.map((s) => s.environmentId)).toEqual([
      t.demo.tenants.contoso.environments['nam-prod'],
    ]);
    expect(person?.orgAdminOf).toEqual([]);
    const audit = await api(
      'GET',
      `/api/audit-log?tenantId=${t.demo.tenants.contoso.id}&action=sign_in.oidc`,
      'alice@contoso.com',
    );
    expect(
      audit
        .json()
        .items.some(
          (e: { after: { email: string; ip: string } }) => e.after.email === 'nina@contoso.com' && e.after.ip,
        ),
    ).toBe(true);
  });

  it('a group that maps to org admin makes an org admin', async () => {
    const browser = new Browser();
    await signInThroughProvider(browser, 'bob@contoso.com', 'boss');
    expect((await me(browser))?.orgAdminOf).toEqual([t.demo.tenants.contoso.id]);
  });

  it('refuses an email of another tenant’s domain from this tenant’s provider, and an unverified email', async () => {
    const intruder = new Browser();
    const refused = await intruder.signInAt(`${herald}/auth/oidc/${contosoProviderId}/start`, 'intruder');
    expect(refused.response.status).toBe(403);
    expect(await refused.response.text()).toContain('fabrikam.com');
    expect(await me(intruder)).toBeNull();

    // Fabrikam's provider vouching for a Contoso address is refused too.
    const claimed = await new Browser().signInAt(
      `${herald}/auth/oidc/${(await api('GET', `/api/tenants/${t.demo.tenants.fabrikam.id}/identity-providers`, 'fiona@fabrikam.com')).json()[0].id}/start`,
      'alice',
    );
    expect(claimed.response.status).toBe(403);

    const unverified = await new Browser().signInAt(`${herald}/auth/oidc/${contosoProviderId}/start`, 'unverified');
    expect(unverified.response.status).toBe(403);
    expect(await unverified.response.text()).toContain('not verified');
  });

  it('two tenants, two providers: each signs its own people into its own tenant', async () => {
    const browser = new Browser();
    const done = await signInThroughProvider(browser, 'raj@fabrikam.com', 'raj');
    expect(done.url.href).toBe(`${herald}/`);
    const person = await me(browser);
    expect(person?.email).toBe('raj@fabrikam.com');
    expect(
      person?.systemAdminOf.every((s) => s.environmentId === t.demo.tenants.fabrikam.environments['ind-prod']),
    ).toBe(true);
  });

  it('a tenant cannot claim another tenant’s domain for its provider', async () => {
    const res = await api('POST', `/api/tenants/${t.demo.tenants.contoso.id}/identity-providers`, 'alice@contoso.com', {
      name: 'Sneaky',
      issuer: contosoIdp.issuer,
      clientId: 'x',
      clientSecret: 'y',
      allowedDomains: ['fabrikam.com'],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors?.[0]?.field ?? res.json().detail).toMatch(/allowedDomains|fabrikam/);
  });

  it('refuses a tampered state and a replayed callback with a clear page', async () => {
    const browser = new Browser();
    const start = await discover(browser, 'nina@contoso.com');
    // Stop at the callback: follow everything but Herald's callback.
    const step = await browser.signInAt(`${herald}${start.redirectUrl}`, 'newbie');
    const callback = step.visited.find((u) => u.pathname === '/auth/oidc/callback')!;
    expect(callback).toBeDefined();
    // That callback was used once (and signed in); using it again is refused.
    const replay = await new Browser().request(callback);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('already used');

    const fresh = new Browser();
    const first = await fresh.follow(`${herald}${start.redirectUrl}`);
    expect(first.url.origin).toBe(contosoIdp.issuer);
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'forged-state-value');
    const res = await fresh.request(tampered);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await me(fresh)).toBeNull();
  });

  it('refuses a code issued to another client and an ID token with another nonce', async () => {
    const browser = new Browser();
    const start = await browser.request(`${herald}/auth/oidc/${contosoProviderId}/start`);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');

    // Herald's state and PKCE challenge, but the code is issued to another client.
    const otherClient = new URL(authorize);
    otherClient.searchParams.set('client_id', 'other-app');
    const stolen = await browser.signInAt(otherClient.href, 'boss');
    expect(stolen.response.status).toBe(403);
    expect(await stolen.response.text()).toContain('could not verify');
    expect(await me(browser)).toBeNull();

    // A fresh sign-in whose ID token carries a nonce Herald did not send.
    const again = new Browser();
    const second = new URL(
      (await again.request(`${herald}/auth/oidc/${contosoProviderId}/start`)).headers.get('location')!,
    );
    second.searchParams.set('nonce', 'a-nonce-herald-never-sent');
    const wrongNonce = await again.signInAt(second.href, 'boss');
    expect(wrongNonce.response.status).toBe(403);
    expect(await wrongNonce.response.text()).toMatch(/nonce/i);
    expect(await me(again)).toBeNull();
  });

  it('a provider that is down shows a page saying so and never falls back to the password', async () => {
    const woodgrove = t.demo.tenants.woodgrove.id;
    const created = await api('POST', `/api/tenants/${woodgrove}/identity-providers`, 'wendy@woodgrovebank.com', {
      name: 'Woodgrove Keycloak',
      issuer: 'http://127.0.0.1:9/realms/woodgrove',
      clientId: 'herald',
      clientSecret: secret,
      allowedDomains: ['woodgrovebank.com'],
    });
    expect(created.statusCode).toBe(201);
    const browser = new Browser();
    const found = await discover(browser, 'wendy@woodgrovebank.com');
    const page = await browser.request(`${herald}${found.redirectUrl}`);
    expect(page.status).toBe(502);
    expect(await page.text()).toContain('cannot be reached');
    const password = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'wendy@woodgrovebank.com', password: DEMO_PASSWORD },
    });
    expect(password.statusCode).toBe(403);
    // Fabrikam allows the password alongside its provider.
    const fiona = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'fiona@fabrikam.com', password: DEMO_PASSWORD },
    });
    expect(fiona.statusCode).toBe(200);
  });

  it('when the org admin requires approval, a newcomer waits until approved', async () => {
    const contoso = t.demo.tenants.contoso.id;
    expect(
      (
        await api('PATCH', `/api/tenants/${contoso}/identity-providers/${contosoProviderId}`, 'alice@contoso.com', {
          joinPolicy: 'approval',
        })
      ).statusCode,
    ).toBe(200);
    contosoIdp.accounts.set('late', {
      sub: 'late',
      email: 'lara@contoso.com',
      name: 'Lara Late',
      groups: ['herald-admins'],
    });
    const browser = new Browser();
    const waiting = await signInThroughProvider(browser, 'lara@contoso.com', 'late');
    expect(waiting.response.status).toBe(202);
    expect(await me(browser)).toBeNull();
    const pending = (await api('GET', `/api/tenants/${contoso}/members?status=pending`, 'alice@contoso.com')).json();
    expect(pending.map((m: { email: string }) => m.email)).toEqual(['lara@contoso.com']);
    expect(
      (await api('POST', `/api/tenants/${contoso}/members/${pending[0].personId}/approve`, 'alice@contoso.com'))
        .statusCode,
    ).toBe(204);
    const again = new Browser();
    await signInThroughProvider(again, 'lara@contoso.com', 'late');
    expect((await me(again))?.orgAdminOf).toEqual([contoso]);
    await api('PATCH', `/api/tenants/${contoso}/identity-providers/${contosoProviderId}`, 'alice@contoso.com', {
      joinPolicy: 'join',
    });
  });

  it('the provider’s back-channel logout ends the Herald session', async () => {
    const browser = new Browser();
    await signInThroughProvider(browser, 'bob@contoso.com', 'boss');
    expect(await me(browser)).not.toBeNull();
    // Sign out at the provider, through its own end-session confirmation form.
    const end = await browser.follow(`${contosoIdp.issuer}/session/end`);
    const html = await end.response.text();
    const action = /action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    // Herald's clock is the test's; the logout token is stamped with the real time.
    t.clock.now = new Date();
    const failures: unknown[] = [];
    contosoIdp.provider.on('backchannel.error', (_ctx: unknown, error: unknown) => failures.push(error));
    await browser.follow(new URL(action, end.url), { method: 'POST', form: { xsrf, logout: 'yes' } });
    expect(failures).toEqual([]);
    expect(await me(browser)).toBeNull();
  });

  it('client secrets are stored encrypted and never shown', async () => {
    const row = await t.ctx.database.db
      .selectFrom('identity_provider')
      .select('client_secret_sealed')
      .where('id', '=', contosoProviderId)
      .executeTakeFirstOrThrow();
    expect(row.client_secret_sealed).not.toContain(secret);
    const listed = await api(
      'GET',
      `/api/tenants/${t.demo.tenants.contoso.id}/identity-providers`,
      'alice@contoso.com',
    );
    expect(JSON.stringify(listed.json())).not.toContain(secret);
    // Another tenant's admin learns nothing of it.
    expect(
      (await api('GET', `/api/tenants/${t.demo.tenants.contoso.id}/identity-providers`, 'fiona@fabrikam.com'))
        .statusCode,
    ).toBe(404);
  });

  it('names the field at fault in a provider', async () => {
    const res = await api('POST', `/api/tenants/${t.demo.tenants.contoso.id}/identity-providers`, 'alice@contoso.com', {
      name: 'x',
      issuer: 'not a url',
      clientId: 'c',
      clientSecret: 's',
      allowedDomains: ['contoso'],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.issuer', 'body.allowedDomains']));
  });
});
