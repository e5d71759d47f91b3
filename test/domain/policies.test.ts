// One test per row of DESIGN.md's table "The policies (from the seed) as rules", read from the
// policy module alone (no database): who is told, how, and when nobody is.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../../src/domain/events.js';
import {
  decide,
  isSilence,
  POLICIES,
  reasonOf,
  WEBHOOK_EVENT_TYPES,
  type NoticeRule,
  type PolicyDecision,
} from '../../src/domain/policies.js';

const rule = (type: EventType, payload: Record<string, unknown> = {}): PolicyDecision => decide({ type, payload });

function notice(type: EventType, payload: Record<string, unknown> = {}): NoticeRule {
  const d = rule(type, payload);
  if (isSilence(d)) throw new Error(`${type} is silent (${d.rule})`);
  return d;
}

const reasons = (r: NoticeRule) => r.audience.map(reasonOf);

describe('the policy table', () => {
  it('has a rule for every event type, each with a name and the sentence it implements', () => {
    for (const type of EVENT_TYPES) {
      expect(POLICIES[type]).toBeTypeOf('function');
      const d = rule(type, { kind: 'planned', impact: 'downtime', classification: 'incident', severity: 'minor' });
      expect(d.rule).toMatch(/^[a-z-]+$/);
      expect(d.description.length).toBeGreaterThan(20);
    }
  });

  it('planned maintenance with downtime or user impact: org admins and system admins, Message Center + email + push', () => {
    for (const impact of ['degraded', 'downtime']) {
      const r = notice('maintenance.scheduled', { kind: 'planned', impact });
      expect(r.rule).toBe('planned-maintenance-with-impact');
      expect(r.audience).toEqual([
        { role: 'org_admin', of: 'affected-tenants' },
        { role: 'system_admin', of: 'affected-environments' },
        { role: 'additional_recipient', category: 'planned_maintenance' },
      ]);
      expect(r.channels).toEqual(['email', 'push', 'in_app']);
      expect(r.category).toBe('planned_maintenance');
    }
    expect(notice('maintenance.scheduled', { kind: 'planned', impact: 'downtime' }).critical).toBe(true);
    expect(notice('maintenance.scheduled', { kind: 'planned', impact: 'degraded' }).critical).toBe(false);
  });

  it('planned maintenance without impact, security update without impact: nobody is emailed', () => {
    expect(rule('maintenance.scheduled', { kind: 'planned', impact: 'none' })).toMatchObject({
      audience: 'nobody',
      rule: 'planned-maintenance-without-impact',
    });
    expect(rule('maintenance.scheduled', { kind: 'security', impact: 'none' })).toMatchObject({
      audience: 'nobody',
      rule: 'security-update-without-impact',
    });
    expect(rule('maintenance.updated', { kind: 'security' })).toMatchObject({ audience: 'nobody' });
  });

  it('a security update that needs impact is treated as planned maintenance', () => {
    const r = notice('maintenance.scheduled', { kind: 'security', impact: 'downtime' });
    expect(r.rule).toBe('planned-maintenance-with-impact');
    expect(r.template).toBe('planned-maintenance');
  });

  it('weekly minor update and major release wave: a Message Center post; release recipients are emailed', () => {
    for (const type of ['release.region_scheduled', 'release.wave_enabled'] as const) {
      const r = notice(type);
      expect(r.audience).toEqual([{ role: 'additional_recipient', category: 'release' }]);
      expect(r.category).toBe('release');
    }
  });

  it('an update completing inside its window sends nothing', () => {
    expect(rule('maintenance.completed')).toMatchObject({ audience: 'nobody', rule: 'update-completes-inside-window' });
    expect(rule('maintenance.started')).toMatchObject({ audience: 'nobody' });
  });

  it('an update that fails or overruns pages the owning product team (its incident tells the admins), it cannot be switched off', () => {
    for (const type of ['maintenance.overran', 'maintenance.failed'] as const) {
      const r = notice(type, { kind: 'planned' });
      expect(r.rule).toBe('update-failed-or-overran');
      expect(reasons(r)).toEqual(['owning_team']);
      expect(r.critical).toBe(true);
    }
  });

  it('unplanned maintenance: an "Unplanned Maintenance" email to all system admins of every affected environment', () => {
    for (const d of [
      notice('maintenance.unplanned'),
      notice('maintenance.scheduled', { kind: 'unplanned', impact: 'downtime' }),
    ]) {
      expect(d.rule).toBe('unplanned-maintenance');
      expect(d.audience[0]).toEqual({ role: 'system_admin', of: 'affected-environments' });
      expect(d.audience).not.toContainEqual({ role: 'org_admin', of: 'affected-tenants' });
      expect(d.channels).toContain('email');
      expect(d.template).toBe('unplanned-maintenance');
      expect(d.critical).toBe(true);
    }
  });

  it('minor incident: an organization-specific email to the system admins of impacted environments', () => {
    const r = notice('incident.opened', { classification: 'incident', severity: 'minor' });
    expect(r.rule).toBe('service-incident');
    expect(reasons(r)).toEqual(['system_admin', 'additional_recipient', 'listed']);
    expect(r.audience[1]).toEqual({ role: 'additional_recipient', category: 'incident' });
    expect(r.template).toBe('incident');
    expect(r.channels).toContain('email');
    expect(r.critical).toBe(false);
  });

  it('major incident: the same, and it cannot be switched off', () => {
    const r = notice('incident.opened', { classification: 'incident', severity: 'major' });
    expect(r.rule).toBe('major-service-incident');
    expect(r.template).toBe('incident');
    expect(r.critical).toBe(true);
    expect(notice('incident.pir_due').audience).toEqual([{ role: 'operator' }]);
  });

  it('an advisory goes to recipients added for advisories', () => {
    const r = notice('incident.opened', { classification: 'advisory', severity: 'minor' });
    expect(r.rule).toBe('service-advisory');
    expect(r.category).toBe('advisory');
    expect(r.audience).toContainEqual({ role: 'additional_recipient', category: 'advisory' });
  });

  it('service restored: everyone told before is told it is over', () => {
    const r = notice('incident.restored', { severity: 'minor' });
    expect(r.audience).toEqual([{ people: 'told-before' }, { people: 'listed' }]);
    expect(r.template).toBe('service-restored');
    expect(reasons(notice('incident.updated'))[0]).toBe('told_before');
    expect(notice('maintenance.cancelled').audience).toEqual([{ people: 'told-before' }]);
  });

  it('SLA breached: the decided claim reaches the tenant’s org admins', () => {
    const r = notice('sla.claim_decided');
    expect(r.audience).toEqual([{ role: 'org_admin', of: 'affected-tenants' }]);
    expect(r.critical).toBe(true);
  });

  it('first year after purchase: lifecycle emails to the tenant’s admins', () => {
    const r = notice('lifecycle.due');
    expect(r.rule).toBe('post-purchase-lifecycle');
    expect(reasons(r)).toEqual(['org_admin', 'additional_recipient']);
    expect(r.channels).toEqual(['email']);
  });

  it('"who is my admin?": only the person who asked is told', () => {
    const r = notice('directory.admins_requested');
    expect(r.audience).toEqual([{ people: 'listed' }]);
    expect(r.template).toBe('your-admins');
  });

  it('Message Center posts reach org admins and system admins in the console; email when asked for, or for a major change', () => {
    const post = notice('message.published', { isMajorChange: false });
    expect(post.audience[0]).toEqual({ role: 'org_admin', of: 'affected-tenants' });
    expect(post.audience[1]).toEqual({ role: 'system_admin', of: 'affected-environments' });
    expect(post.channels).toEqual(['in_app']);
    expect(post.optIn).toEqual(['email']);
    const major = notice('message.published', { isMajorChange: true });
    expect(major.channels).toEqual(['email', 'in_app']);
    expect(major.optIn).toEqual([]);
    expect(notice('message.updated').audience).toEqual([{ people: 'told-before' }]);
  });

  it('a data-privacy post and its reminders reach only the readers allowed to see it', () => {
    expect(notice('message.published', { dataPrivacy: true }).audience).toEqual([{ people: 'listed' }]);
    expect(notice('message.action_due', { dataPrivacy: true }).audience).toEqual([{ people: 'listed' }]);
    expect(notice('message.action_due', { dataPrivacy: false }).audience).toEqual([
      { role: 'org_admin', of: 'affected-tenants' },
    ]);
  });

  it('the Message Center post of a maintenance adds no second notice to the maintenance notice', () => {
    expect(rule('message.published', { origin: 'maintenance' }).audience).toBe('nobody');
    expect(rule('message.updated', { origin: 'maintenance' }).audience).toBe('nobody');
    expect(notice('message.published', { origin: 'release' }).channels).toEqual(['in_app']);
  });

  it('a paused webhook endpoint is told to the org admins of its tenant and pages the team running notifications', () => {
    const r = notice('webhook.endpoint_paused');
    expect(r.audience).toEqual([
      { role: 'org_admin', of: 'affected-tenants' },
      { team: 'owning', routes: ['email', 'webhook'] },
    ]);
    expect(r.critical).toBe(true);
  });

  it('offers webhooks the events about services, not those about people or endpoints', () => {
    expect(WEBHOOK_EVENT_TYPES).toContain('incident.opened');
    expect(WEBHOOK_EVENT_TYPES).toContain('maintenance.completed');
    expect(WEBHOOK_EVENT_TYPES).not.toContain('directory.admins_requested');
    expect(WEBHOOK_EVENT_TYPES).not.toContain('webhook.endpoint_paused');
  });
});
