// Escaping by construction: script, event-handler and javascript: payloads typed into every text
// field — incident titles, descriptions and posts, a maintenance title, the post-incident report,
// and the names of a tenant, an environment and a person — come out as text in every HTML Herald
// makes: the status page, the backup site, the Atom and RSS feeds (parsed, then their HTML parsed),
// the email (through real SMTP, read back with mailparser), and the report as HTML and PDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../../src/delivery/worker.js';
import { publicSnapshotOf } from '../../src/http/pages/publicSnapshot.js';
import { startMailSink, type MailSink } from '../delivery/sinks.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { activeParts, visibleText } from '../support/inert.js';

/** Every trick at once, tagged so that each field's copy can be found. */
const attack = (tag: string) =>
  `<script>alert("${tag}")</script><img src=x onerror=alert("${tag}")>"><svg onload=alert("${tag}")><a href="javascript:alert('${tag}')">${tag}</a>`;
/** What a reader must see instead: the same characters, as text. */
const shown = (tag: string) => `<script>alert("${tag}")</script>`;

let t: TestApp;
let sink: MailSink;
let ops: { authorization: string };
let incidentId: string;
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-xss-site-'));

async function send(method: 'POST' | 'PUT', url: string, payload: Record<string, unknown>, expected = 201) {
  const res = await t.app.inject({ method, url, headers: ops, payload });
  expect(res.statusCode, res.body).toBe(expected);
  return res.json();
}

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({
    now: new Date('2026-11-25T14:00:00Z'),
    config: { staticSiteDir: siteDir, smtpUrl: sink.url, publicUrl: 'https://status.example' },
  });
  ops = await t.auth('ops@herald.example');
  await deliverDue(t.ctx); // what the demo data announced
  sink.mails.length = 0;

  const tenant = await send('POST', '/api/tenants', {
    name: attack('tenant'),
    domain: 'xss.example',
    purchaseDate: '2026-01-01',
  });
  const environment = await send('POST', `/api/tenants/${tenant.id}/environments`, {
    name: attack('environment'),
    region: 'NAM',
    type: 'production',
    url: 'https://xss.crm.dynamics.com',
    version: '9.2.25104.166',
    services: ['sales', 'dataverse'],
  });
  const person = await send('POST', '/api/people', { email: 'mallory@xss.example', name: attack('person') });
  await send('POST', `/api/people/${person.id}/roles`, { role: 'system_admin', environmentId: environment.id });

  const incident = await send('POST', '/api/incidents', {
    title: attack('title'),
    classification: 'incident',
    services: ['sales'],
    scope: { regions: ['NAM'] },
    impactDescription: attack('impact'),
    userExperience: attack('experience'),
    workaround: attack('workaround'),
    status: 'serviceInterruption',
    significantDegradation: true,
  });
  incidentId = incident.id;
  await send('POST', `/api/incidents/${incidentId}/posts`, { description: attack('post') });
  await send('POST', '/api/maintenance', {
    kind: 'planned',
    title: attack('maintenance'),
    impact: 'downtime',
    durationMinutes: 60,
    windows: [{ region: 'EUR', startsAt: '2026-12-10T02:00:00Z', endsAt: '2026-12-10T04:00:00Z' }],
  });
  await deliverDue(t.ctx);
  await publicSnapshotOf(t.ctx)!.refresh();
});
afterAll(async () => {
  await t.close();
  await sink.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
});

const PUBLIC_TAGS = ['title', 'impact', 'experience', 'workaround', 'post', 'maintenance'];

describe('typed markup stays text', () => {
  it('on the status page and in the backup site', async () => {
    const page = (await t.app.inject({ url: '/status' })).body;
    const site = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    for (const markup of [page, site]) {
      expect(activeParts(markup, ['meta', 'link'])).toEqual([]);
      const text = visibleText(markup);
      for (const tag of PUBLIC_TAGS) expect(text, tag).toContain(shown(tag));
    }
  });

  it('in the Atom and RSS feeds, whose HTML is parsed as a feed reader would', async () => {
    for (const [url, entry, fields] of [
      ['/api/v2/history.atom', 'entry', ['title', 'summary', 'content']],
      ['/api/v2/history.rss', 'item', ['title', 'description', 'content:encoded']],
    ] as const) {
      const feed = parseDocument((await t.app.inject({ url })).body, { xmlMode: true });
      // Each field is HTML carried as text (CDATA): read it, then parse it as HTML.
      const htmlIn = (e: ReturnType<typeof DomUtils.getElementsByTagName>[number], field: string) =>
        DomUtils.textContent(DomUtils.getElementsByTagName(field, e.children, false)[0] ?? []);
      const item = DomUtils.getElementsByTagName(entry, feed).find((e) =>
        visibleText(htmlIn(e, 'title')).includes(shown('title')),
      );
      expect(item, url).toBeDefined();
      const htmlOf = (field: string) => htmlIn(item!, field);
      for (const field of fields) expect(activeParts(htmlOf(field)), `${url} ${field}`).toEqual([]);
      expect(visibleText(htmlOf(fields[0]))).toContain(shown('title'));
      expect(visibleText(htmlOf(fields[2]))).toContain(shown('post'));
    }
  });

  it('in the email, where the tenant’s, environment’s and reader’s names are shown too', () => {
    // The incident's opening and its update: the first leads with the impact, the second with the post.
    const mails = sink.mails.filter(
      (m) => JSON.stringify(m.to).includes('mallory@xss.example') && m.subject?.includes('alert("title")'),
    );
    expect(mails.length, sink.mails.map((m) => m.subject).join('\n')).toBe(2);
    for (const m of mails) expect(activeParts(m.html as string)).toEqual([]);
    const text = mails.map((m) => visibleText(m.html as string)).join('\n');
    for (const tag of ['title', 'impact', 'post', 'experience', 'workaround', 'tenant', 'environment', 'person'])
      expect(text, tag).toContain(shown(tag));
  });

  it('in the post-incident report, as HTML and as PDF', async () => {
    await send('POST', `/api/incidents/${incidentId}/posts`, {
      description: attack('restored'),
      status: 'serviceRestored',
    });
    await send(
      'PUT',
      `/api/incidents/${incidentId}/report`,
      {
        summary: attack('summary'),
        userExperience: attack('report-experience'),
        rootCause: attack('cause'),
        nextSteps: attack('steps'),
      },
      200,
    );
    const report = await t.app.inject({ url: `/api/incidents/${incidentId}/report.html`, headers: ops });
    expect(report.statusCode).toBe(200);
    expect(activeParts(report.body, ['meta'])).toEqual([]);
    for (const tag of ['title', 'summary', 'report-experience', 'cause', 'steps'])
      expect(visibleText(report.body), tag).toContain(shown(tag));

    const pdf = await t.app.inject({ url: `/api/incidents/${incidentId}/report.pdf`, headers: ops });
    expect(pdf.statusCode).toBe(200);
    const bytes = pdf.rawPayload.toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    // Text in a PDF is drawn, never run: no script, no action, no link came with it.
    for (const active of ['/JavaScript', '/JS', '/OpenAction', '/URI', '/Launch']) expect(bytes).not.toContain(active);
  });
});
