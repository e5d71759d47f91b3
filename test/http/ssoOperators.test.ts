// The operators' identity provider comes from configuration (OPERATOR_OIDC_*): its verified
// people of the configured domains become operators; it cannot sign in a tenant's people, and
// operators of those domains no longer sign in with a password unless configured to.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEMO_PASSWORD } from '../../src/app/demo/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { Browser, startIdp, type TestIdp } from '../support/oidc.js';

let t: TestApp;
let herald: string;
let idp: TestIdp;

beforeAll(async () => {
  // The provider needs Herald's address and Herald the provider's: start the provider on a port
  // first with a redirect URI filled in once Herald listens.
  idp = await startIdp(
    [{ clientId: 'herald-ops', clientSecret: 'ops-secret', redirectUri: 'http://127.0.0.1:1/auth/oidc/callback' }],
    [
      { sub: 'olivia', email: 'ops@herald.example', name: 'Olivia Operator' },
      { sub: 'oscar', email: 'oscar@herald.example', name: 'Oscar New' },
      { sub: 'wendy', email: 'wendy@woodgrovebank.com', name: 'Wendy' },
    ],
  );
  const config = loadConfig({
    OPERATOR_OIDC_ISSUER: idp.issuer,
    OPERATOR_OIDC_CLIENT_ID: 'herald-ops',
    OPERATOR_OIDC_CLIENT_SECRET: 'ops-secret',
    OPERATOR_OIDC_DOMAINS: 'herald.example',
  });
  t = await createTestApp({ config: { operatorOidc: config.operatorOidc, signInAttemptsPerMinute: 1000 } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  herald = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  t.ctx.config.publicUrl = herald;
  const client = await idp.provider.Client.find('herald-ops');
  (client as unknown as { redirectUris: string[] }).redirectUris = [`${herald}/auth/oidc/callback`];
}, 60_000);

afterAll(async () => {
  await idp?.close();
  await t?.close();
});

describe('the operators’ identity provider', () => {
  it('names its settings when one is missing', () => {
    expect(() => loadConfig({ OPERATOR_OIDC_ISSUER: 'https://login.example' })).toThrow(/OPERATOR_OIDC_CLIENT_ID/);
  });

  it('signs in a verified person of an operators’ domain as an operator, newcomers included', async () => {
    const browser = new Browser();
    const found = (await (
      await browser.request(`${herald}/api/sign-in/discover`, { json: { email: 'oscar@herald.example' } })
    ).json()) as { method: string; redirectUrl: string };
    expect(found.method).toBe('oidc');
    const done = await browser.signInAt(`${herald}${found.redirectUrl}`, 'oscar');
    expect(done.url.href).toBe(`${herald}/`);
    const me = (await (await browser.request(`${herald}/api/session`)).json()) as {
      person: { email: string; isOperator: boolean };
    };
    expect(me.person).toMatchObject({ email: 'oscar@herald.example', isOperator: true });
  });

  it('does not sign in a tenant’s person, and operators of its domains lose the password', async () => {
    const refused = await new Browser().signInAt(`${herald}/auth/oidc/operators/start`, 'wendy');
    expect(refused.response.status).toBe(403);
    const password = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'ops@herald.example', password: DEMO_PASSWORD },
    });
    expect(password.statusCode).toBe(403);
  });
});
