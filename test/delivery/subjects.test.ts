// Message Center email reaches the system admins of the environments a post concerns as well as
// the org admins (a major change: email for all of them).
// Subjects carry one prefix: the demo's maintenance mail, sent through a real SMTP server, reads
// "Unplanned Maintenance: Database failover", never "Unplanned Maintenance: Unplanned Maintenance: …".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutAnnouncementPrefix } from '../../src/domain/maintenance.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startMailSink, type MailSink } from './sinks.js';

let t: TestApp;
let sink: MailSink;
beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({ config: { smtpUrl: sink.url } });
  await deliverDue(t.ctx, { random: () => 0.5 });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('subjects', () => {
  it('drop an announcement prefix the heading already says, however often repeated', () => {
    expect(withoutAnnouncementPrefix('Planned maintenance: Planned maintenance: Storage')).toBe('Storage');
    expect(withoutAnnouncementPrefix('Unplanned Maintenance: Database failover')).toBe('Database failover');
    expect(withoutAnnouncementPrefix('Maintenance of the API')).toBe('Maintenance of the API');
  });

  it('of maintenance mail have one prefix', () => {
    const subjects = sink.mails.map((m) => m.subject ?? '');
    const maintenance = subjects.filter((s) => /maintenance/i.test(s));
    expect(maintenance.length).toBeGreaterThan(0);
    expect(maintenance.filter((s) => /maintenance[^:]*:.*maintenance\s*:/i.test(s))).toEqual([]);
    expect(subjects).toContain('[Fabrikam] Unplanned Maintenance: Database failover');
  });

  it('a Message Center major change is emailed to the system admins of the tenant’s environments too', async () => {
    const ops = await t.auth('ops@herald.example');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: ops,
      payload: {
        title: 'Legacy client retires',
        body: 'The old client retires; move your users first.',
        category: 'planForChange',
        startDateTime: t.clock.now.toISOString(),
        isMajorChange: true,
        actionRequiredByDateTime: new Date(t.clock.now.getTime() + 60 * 86_400_000).toISOString(),
        audience: { tenantIds: [t.demo.tenants.contoso.id] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/messages/${created.json().id}/publish`, headers: ops }))
        .statusCode,
    ).toBe(200);
    await deliverDue(t.ctx, { random: () => 0.5 });
    const readers = sink.mails
      .filter((m) => m.subject?.includes('Legacy client retires'))
      .map((m) => (Array.isArray(m.to) ? m.to[0]?.text : m.to?.text))
      .sort();
    expect(readers).toEqual(expect.arrayContaining(['alice@contoso.com', 'sam@contoso.com', 'eva@contoso.com']));
    expect(readers.filter((r) => !r?.endsWith('@contoso.com'))).toEqual([]);
  });

  it('maintenance mail states the estimated impact duration and the window in the reader’s zone', () => {
    const mail = sink.mails.find((m) => m.subject === '[Fabrikam] Unplanned Maintenance: Database failover')!;
    expect(mail.text).toMatch(/Estimated impact duration\W+\d+ minutes/);
    // Raj reads in Asia/Kolkata: the window is shown at +05:30, not in UTC.
    expect(mail.text).toMatch(/GMT\+5:30|IST|\+05:30/);
  });
});
