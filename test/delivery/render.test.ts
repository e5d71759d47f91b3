// What one reader sees in a notice: pure rendering, no database.
import { describe, expect, it } from 'vitest';
import { renderNotice, type NoticeInput } from '../../src/delivery/templates/render.js';

const incidentPayload = {
  title: 'Users cannot sign in',
  summary: 'Sign-in to Dynamics 365 Sales fails for some users.',
  status: 'serviceDegradation',
  severity: 'minor',
  services: ['Dynamics 365 Sales'],
  userExperience: 'Users see an error page after entering their password.',
  workaround: 'Use the desktop app.',
  startsAt: '2026-11-25T14:30:00.000Z',
  endsAt: null,
};

const input = (over: Partial<NoticeInput> = {}): NoticeInput => ({
  template: 'incident-updated',
  rule: 'incident-updated',
  payload: { ...incidentPayload, post: 'We rolled back the configuration change; sign-ins are recovering.' },
  recipient: { name: 'Eva Lefèvre', locale: 'en-GB', timeZone: 'Europe/Paris' },
  organization: {
    name: 'Contoso',
    environments: [{ name: 'Contoso Europe', url: 'https://contoso-eu.crm4.dynamics.com' }],
  },
  links: {
    open: 'http://herald.test/service-health/incidents/HR1',
    preferences: 'http://herald.test/preferences',
    unsubscribe: null,
  },
  ...over,
});

describe('incident notices', () => {
  it('lead with the update that caused them, so the reader learns what changed', () => {
    const n = renderNotice(input());
    expect(n.text).toContain('We rolled back the configuration change; sign-ins are recovering.');
    expect(n.html).toContain('<p>We rolled back the configuration change; sign-ins are recovering.</p>');
    expect(n.short.body).toBe('We rolled back the configuration change; sign-ins are recovering.');
  });

  it('fall back to the impact summary when the post is empty', () => {
    const n = renderNotice(input({ payload: { ...incidentPayload, post: '' } }));
    expect(n.short.body).toBe('Sign-in to Dynamics 365 Sales fails for some users.');
  });

  it('are organization-specific: the tenant in the subject and its affected environments in the body', () => {
    const n = renderNotice(input({ template: 'incident' }));
    expect(n.subject).toBe('[Contoso] Service incident: Users cannot sign in');
    expect(n.text).toContain('Contoso Europe (https://contoso-eu.crm4.dynamics.com)');
    expect(n.text).toContain('User experience: Users see an error page after entering their password.');
    expect(n.text).toContain('Workaround: Use the desktop app.');
  });

  it('show the start in the reader’s own time zone', () => {
    const paris = renderNotice(input()).text;
    const tokyo = renderNotice(input({ recipient: { name: 'Fiona', locale: 'en-GB', timeZone: 'Asia/Tokyo' } })).text;
    expect(paris).toMatch(/Start: .*15:30/);
    expect(tokyo).toMatch(/Start: .*23:30/);
  });

  it('escape what operators typed in the HTML body', () => {
    const n = renderNotice(input({ payload: { ...incidentPayload, post: '<script>alert(1)</script>' } }));
    expect(n.html).not.toContain('<script>');
    expect(n.html).toContain('&lt;script&gt;');
  });
});
