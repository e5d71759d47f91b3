// The console in Chromium, with script, handler and javascript: payloads in an incident, a Message
// Center post (Markdown, with a javascript: link) and the names of the reader's tenant, environment
// and self: the reader sees the characters as text and no injected script runs (no dialog opens,
// no element with an injected handler or javascript: link exists). The database does not matter
// here, so it runs once, on the PostgreSQL run.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../src/app/demo/index.js';
import { launchBrowser, openAs, startHerald, type Herald } from './support.js';
import type { Browser } from 'playwright-core';

vi.setConfig({ testTimeout: 60_000 });

const onPostgres = (process.env.TEST_DATABASE_URL ?? '').startsWith('postgres');
const attack = (tag: string) =>
  `<script>alert("${tag}")</script><img src=x onerror=alert("${tag}")>"><svg onload=alert("${tag}")><a href="javascript:alert('${tag}')">${tag}</a>`;

let herald: Herald;
let browser: Browser;

describe.skipIf(!onPostgres)('the console with hostile text', () => {
  let incidentId: string;
  let messageId: string;

  beforeAll(async () => {
    [herald, browser] = await Promise.all([startHerald(), launchBrowser()]);
    const ops = await herald.auth('ops@herald.example');
    const send = async (url: string, payload: Record<string, unknown>, expected = 201) => {
      const res = await herald.app.inject({ method: 'POST', url, headers: ops, payload });
      expect(res.statusCode, res.body).toBe(expected);
      return res.json();
    };
    const tenant = await send('/api/tenants', {
      name: attack('tenant'),
      domain: 'xss.example',
      purchaseDate: '2026-01-01',
    });
    await send(`/api/tenants/${tenant.id}/environments`, {
      name: attack('environment'),
      region: 'NAM',
      type: 'production',
      url: 'https://xss.crm.dynamics.com',
      version: '9.2.25104.166',
      services: ['sales', 'dataverse'],
    });
    const person = await send('/api/people', {
      email: 'mallory@xss.example',
      name: attack('person'),
      password: DEMO_PASSWORD,
    });
    await send(`/api/people/${person.id}/roles`, { role: 'org_admin', tenantId: tenant.id });
    incidentId = (
      await send('/api/incidents', {
        title: attack('title'),
        classification: 'incident',
        services: ['sales'],
        scope: { tenantIds: [tenant.id] },
        impactDescription: attack('impact'),
        userExperience: attack('experience'),
        workaround: attack('workaround'),
      })
    ).id;
    await send(`/api/incidents/${incidentId}/posts`, { description: attack('post') });
    messageId = (
      await send('/api/messages', {
        title: attack('message'),
        body: `${attack('body')}\n\n[Read more](javascript:alert("markdown"))`,
        category: 'stayInformed',
        startDateTime: new Date(herald.clock.now.getTime() - 60_000).toISOString(),
        audience: { tenantIds: [tenant.id] },
      })
    ).id;
    await send(`/api/messages/${messageId}/publish`, {}, 200);
  });
  afterAll(async () => {
    await browser?.close();
    await herald?.close();
  });

  it('shows the text and runs none of it', async () => {
    const { page } = await openAs({ browser, herald }, 'mallory@xss.example');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const injected = () =>
      page.evaluate<number>(
        `document.querySelectorAll('img[onerror], svg[onload], a[href^="javascript:" i], iframe').length`,
      );

    for (const [url, tag] of [
      ['/', 'title'],
      [`/service-health/incidents/${incidentId}`, 'post'],
      ['/environments', 'environment'],
      [`/messages/${messageId}`, 'message'],
    ] as const) {
      await page.goto(url);
      await page
        .getByText(`<script>alert("${tag}")</script>`, { exact: false })
        .filter({ visible: true })
        .first()
        .waitFor();
      await page.waitForTimeout(300); // an image's onerror would have fired by now
      expect(await injected(), url).toBe(0);
    }
    // The Markdown link to javascript: is not a link.
    expect(await page.getByRole('link', { name: 'Read more' }).count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
