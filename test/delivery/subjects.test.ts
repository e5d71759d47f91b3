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

  it('maintenance mail states the estimated impact duration and the window in the reader’s zone', () => {
    const mail = sink.mails.find((m) => m.subject === '[Fabrikam] Unplanned Maintenance: Database failover')!;
    expect(mail.text).toMatch(/Estimated impact duration\W+\d+ minutes/);
    // Raj reads in Asia/Kolkata: the window is shown at +05:30, not in UTC.
    expect(mail.text).toMatch(/GMT\+5:30|IST|\+05:30/);
  });
});
