// Public means public: after a week of everything that has leaked before — incidents raised from a
// tenant's overrunning maintenance and a failed update, a security patch that overran without a
// notice, a single-tenant incident overridden to major, a tenant-scoped Message Center post — no
// tenant, environment or person name of the directory, and none of those incidents, is on the
// status page, the backup site, the feeds or the Statuspage API. Public text naming someone is
// refused when it is saved, and an email shows its reader only the environments they may see.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceMaintenance } from '../../src/app/updates/maintenanceProgress.js';
import { advanceRollouts } from '../../src/app/updates/advanceRollouts.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { publicSnapshotOf } from '../../src/http/pages/publicSnapshot.js';
import { startMailSink, type MailSink } from '../delivery/sinks.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let sink: MailSink;
let ops: { authorization: string };
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-privacy-site-'));

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({
    now: new Date('2027-01-04T12:00:00Z'),
    config: { staticSiteDir: siteDir, smtpUrl: sink.url, publicUrl: 'https://status.example' },
  });
  ops = await t.auth('ops@herald.example');
});
afterAll(async () => {
  await t.close();
  await sink.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
});

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const env = (tenant: 'contoso' | 'fabrikam' | 'woodgrove', key: string) => t.demo.tenants[tenant].environments[key]!;

async function send(method: 'POST' | 'PUT' | 'PATCH', url: string, payload: Record<string, unknown>, expected = 201) {
  const res = await t.app.inject({ method, url, headers: ops, payload });
  expect(res.statusCode, res.body).toBe(expected);
  return res.json();
}

/** Every name of the directory: tenants, environments, people. */
async function directoryNames(): Promise<string[]> {
  const db = t.ctx.database.db;
  const rows = [
    ...(await db.selectFrom('tenant').select('name').execute()),
    ...(await db.selectFrom('environment').select('name').execute()),
    ...(await db.selectFrom('person').select('name').execute()),
  ];
  return [...new Set(rows.map((r) => r.name))];
}

const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));

describe('a week of private trouble', () => {
  const privateIncidents: string[] = [];

  beforeAll(async () => {
    // One tenant's environment, overrunning its maintenance window.
    const storage = await send('POST', '/api/maintenance', {
      kind: 'planned',
      title: 'Contoso Sales storage move',
      impact: 'downtime',
      durationMinutes: 60,
      windows: [{ region: 'NAM', startsAt: '2027-01-06T02:00:00Z', endsAt: '2027-01-06T04:00:00Z' }],
      environmentIds: [env('contoso', 'nam-prod')],
    });
    // A security patch without a notice (no expected impact), not reported complete.
    const patch = await send('POST', '/api/maintenance', {
      kind: 'security',
      title: 'Security patch for Woodgrove Bank',
      impact: 'none',
      durationMinutes: 30,
      windows: [{ region: 'GCC', startsAt: '2027-01-06T05:00:00Z', endsAt: '2027-01-06T06:00:00Z' }],
    });
    for (const when of [
      '2027-01-06T02:30:00Z',
      '2027-01-06T04:00:00Z',
      '2027-01-06T05:30:00Z',
      '2027-01-06T06:00:00Z',
    ]) {
      at(when);
      await advanceMaintenance(t.ctx);
    }
    // One tenant's incident, overridden to major, with a post naming people.
    const single = await send('POST', '/api/incidents', {
      title: 'Woodgrove cannot sign in',
      classification: 'incident',
      services: ['dataverse'],
      scope: { environmentIds: [env('woodgrove', 'gcc-prod')] },
      impactDescription: 'Wendy Walker of Woodgrove Bank reports that nobody can sign in.',
    });
    await send('PUT', `/api/incidents/${single.id}/severity`, { severity: 'major', reason: 'A large customer' }, 200);
    await send('POST', `/api/incidents/${single.id}/posts`, {
      description: 'Fabrikam Japan checked too: not affected.',
    });
    privateIncidents.push(single.id);
    // A Message Center post for one tenant.
    await send('POST', '/api/messages', {
      title: 'Woodgrove Bank: your renewal',
      body: 'Dear Wendy Walker, …',
      category: 'planForChange',
      startDateTime: '2027-01-06T00:00:00Z',
      audience: { tenantIds: [t.demo.tenants.woodgrove.id] },
    });
    // A weekly update that fails in Fabrikam India.
    at('2027-01-07T00:00:00Z');
    const release = await send('POST', '/api/releases', {
      kind: 'weekly',
      version: '9.2.27010.100',
      releaseNotesUrl: 'https://learn.example/weekly-notes',
    });
    const rollout = await send('POST', `/api/releases/${release.id}/rollout`, {
      startsAt: '2027-01-11T00:00:00Z',
      pauseHours: 24,
    });
    at('2027-01-11T21:00:00Z');
    await advanceRollouts(t.ctx);
    await send(
      'POST',
      `/api/rollouts/${rollout.id}/progress`,
      { environmentId: env('fabrikam', 'ind-prod'), step: 'failed' },
      200,
    );
    // And one provider-wide incident, so that the public outputs have something to show.
    await send('POST', '/api/incidents', {
      title: 'Sales is slow in Europe',
      classification: 'incident',
      services: ['sales'],
      scope: { regions: ['EUR'] },
      impactDescription: 'Pages load slowly.',
      significantDegradation: true,
    });

    const raised = await t.ctx.database.db
      .selectFrom('incident')
      .select(['id', 'maintenance_id', 'title', 'severity'])
      .where('maintenance_id', 'in', [storage.id, patch.id, rollout.id])
      .execute();
    expect(raised.map((r) => r.maintenance_id).sort()).toEqual([storage.id, patch.id, rollout.id].sort());
    expect(raised.every((r) => r.severity === 'major')).toBe(true);
    privateIncidents.push(...raised.map((r) => r.id));
    // Titles Herald writes itself name no environment.
    expect(raised.find((r) => r.maintenance_id === rollout.id)!.title).not.toContain('Fabrikam India');
    expect(raised.find((r) => r.maintenance_id === storage.id)!.title).toBe(
      'Planned maintenance ran past its window in NAM',
    );
    await publicSnapshotOf(t.ctx)!.refresh();
  });

  it('leaves no name of the directory, and none of those incidents, in any public output', async () => {
    const urls = [
      '/status',
      ...[
        'summary.json',
        'status.json',
        'components.json',
        'incidents.json',
        'incidents/unresolved.json',
        'scheduled-maintenances.json',
        'scheduled-maintenances/upcoming.json',
        'scheduled-maintenances/active.json',
        'history.atom',
        'history.rss',
        'maintenance.ics',
      ].map((f) => `/api/v2/${f}`),
      // Statuspage's feed addresses, a per-component feed, the badges and the embed.
      '/history.atom',
      '/history.rss?component=eur.sales',
      '/badge.svg',
      '/badge.svg?region=EUR',
      '/badge.svg?service=sales',
      '/embed',
    ];
    const outputs: [string, string][] = [];
    for (const url of urls) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      outputs.push([url, res.body]);
    }
    for (const file of filesUnder(siteDir)) outputs.push([path.relative(siteDir, file), fs.readFileSync(file, 'utf8')]);
    expect(outputs.length - urls.length).toBeGreaterThanOrEqual(16); // every file of the backup site
    expect(outputs.find(([u]) => u === '/status')![1]).toContain('Sales is slow in Europe');

    const names = await directoryNames();
    expect(names).toEqual(
      expect.arrayContaining(['Contoso', 'Fabrikam Japan', 'Woodgrove Bank', 'Wendy Walker', 'Olivia Operator']),
    );
    for (const [where, raw] of outputs) {
      const text = raw.replace(/\r?\n[ \t]/g, '').toLowerCase(); // iCalendar folds long lines
      for (const name of names) expect(text.includes(name.toLowerCase()), `${name} in ${where}`).toBe(false);
      for (const id of privateIncidents) expect(text.includes(id.toLowerCase()), `${id} in ${where}`).toBe(false);
    }
  });

  it('refuses public text naming a tenant, an environment or a person, naming the field and the word', async () => {
    const before = await t.ctx.database.db.selectFrom('incident').select('id').execute();
    const titled = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        title: 'Contoso Europe cannot sign in',
        classification: 'incident',
        services: ['dataverse'],
        scope: { regions: ['EUR'] },
        impactDescription: 'Reported by eva lefèvre.',
      },
    });
    expect(titled.statusCode).toBe(422);
    expect(titled.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(titled.json().errors).toEqual([
      { field: 'body.title', message: expect.stringContaining('"Contoso Europe"') },
      { field: 'body.impactDescription', message: expect.stringContaining('"Eva Lefèvre"') },
    ]);
    expect(await t.ctx.database.db.selectFrom('incident').select('id').execute()).toHaveLength(before.length);

    const regional = await send('POST', '/api/incidents', {
      title: 'Flows run late',
      classification: 'advisory',
      services: ['power-automate'],
      scope: { regions: ['EUR'] },
      impactDescription: 'Flows start late.',
    });
    const post = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${regional.id}/posts`,
      headers: ops,
      payload: { description: 'Alice Anders confirmed the fix works.' },
    });
    expect(post.statusCode).toBe(422);
    expect(post.json().errors).toEqual([
      { field: 'body.description', message: expect.stringContaining('"Alice Anders"') },
    ]);
    // Widening a tenant's incident to whole regions would publish its words: refused too.
    const widened = await t.app.inject({
      method: 'PATCH',
      url: `/api/incidents/${privateIncidents[0]}`,
      headers: ops,
      payload: { scope: { regions: ['GCC'] } },
    });
    expect(widened.statusCode).toBe(422);
    expect(widened.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.title',
      'body.impactDescription',
      'posts[0].description',
      'posts[1].description',
    ]);

    const maintenance = await t.app.inject({
      method: 'POST',
      url: '/api/maintenance',
      headers: ops,
      payload: {
        kind: 'planned',
        title: 'fabrikam storage upgrade',
        impact: 'degraded',
        durationMinutes: 60,
        windows: [{ region: 'JPN', startsAt: '2027-02-01T02:00:00Z', endsAt: '2027-02-01T04:00:00Z' }],
      },
    });
    expect(maintenance.statusCode).toBe(422);
    expect(maintenance.json().errors).toEqual([
      { field: 'body.title', message: expect.stringContaining('"Fabrikam"') },
    ]);
  });

  it('refuses a name however it came into the directory: renamed, long, or written without its key', async () => {
    const db = t.ctx.database.db;
    const woodgrove = t.demo.tenants.woodgrove.id;
    await send('PATCH', `/api/tenants/${woodgrove}`, { name: 'Northwind Traders' }, 200);
    await send(
      'PATCH',
      `/api/environments/${env('contoso', 'nam-prod')}`,
      { name: 'Contoso Sales East Coast Production' },
      200,
    );
    // A row from a node that ran before migration 027, or from a tool writing SQL: no key.
    const now = t.clock.now.toISOString();
    await db
      .insertInto('person')
      .values({
        id: 'p-unkeyed',
        email: 'ilse@example.org',
        name: 'Ilse Unkeyed',
        name_key: null,
        locale: null,
        time_zone: 'UTC',
        password_hash: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const refused = async (title: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/incidents',
        headers: ops,
        payload: {
          title,
          classification: 'incident',
          services: ['dataverse'],
          scope: { regions: ['EUR'] },
          impactDescription: 'Sign-in fails.',
        },
      });
      expect(res.statusCode, res.body).toBe(422);
      return res.json().errors[0].message as string;
    };
    expect(await refused('northwind traders cannot sign in')).toContain('"Northwind Traders"');
    expect(await refused('Slow: contoso sales east coast production')).toContain(
      '"Contoso Sales East Coast Production"',
    );
    expect(await refused('Ilse Unkeyed reports errors')).toContain('"Ilse Unkeyed"');
    // Words of a long name without its first are not the name.
    await send('POST', '/api/incidents', {
      title: 'Sign-in for sales east coast production users is slow',
      impactDescription: 'Sign-in is slow.',
      classification: 'advisory',
      services: ['dataverse'],
      scope: { regions: ['EUR'] },
    });
  });
});

describe('an incident email', () => {
  it('lists a system admin only their own environments, and the organization’s own recipient all of them', async () => {
    // Org admins hear of incidents through the recipients they add; this one reads for the whole organization.
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/recipients`,
      headers: await t.auth('alice@contoso.com'),
      payload: { email: 'it-desk@contoso.com', categories: ['incident'] },
    });
    expect(added.statusCode, added.body).toBe(201);
    await deliverDue(t.ctx);
    sink.mails.length = 0;
    await send('POST', '/api/incidents', {
      title: 'Dataverse errors',
      classification: 'incident',
      services: ['dataverse'],
      scope: { tenantIds: [t.demo.tenants.contoso.id] },
      impactDescription: 'Requests fail.',
      status: 'serviceInterruption',
      symptoms: ['unavailable'],
    });
    await deliverDue(t.ctx);
    const mailTo = (address: string) =>
      sink.mails.find((m) => m.subject?.includes('Dataverse errors') && JSON.stringify(m.to).includes(address));
    const sam = mailTo('sam@contoso.com');
    const desk = mailTo('it-desk@contoso.com');
    expect(sam, 'the system admin is told').toBeDefined();
    expect(desk, 'the organization’s recipient is told').toBeDefined();
    for (const body of [sam!.text!, sam!.html as string]) {
      expect(body).toContain('Contoso Sales');
      expect(body).not.toContain('Contoso Europe');
      expect(body).not.toContain('Contoso Sales (test)');
    }
    const eva = mailTo('eva@contoso.com');
    expect(eva!.text).toContain('Contoso Europe');
    expect(eva!.text).not.toContain('Contoso Sales');
    for (const body of [desk!.text!, desk!.html as string]) {
      for (const name of ['Contoso Sales', 'Contoso Europe', 'Contoso Sales (test)']) expect(body).toContain(name);
    }
  });
});
