// Every rule of the policy table can fire: each event type the table decides on has a publisher
// in src/domain/publishers.ts, and each publisher's file still publishes it. A new event type (and
// so a new rule) without a publisher fails here, as does a publisher that stopped publishing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../../src/domain/events.js';
import { POLICIES } from '../../src/domain/policies.js';
import { PUBLISHERS } from '../../src/domain/publishers.js';

const root = path.join(import.meta.dirname, '..', '..');

// Payloads that pick each branch of the table's rules (kind, impact, classification, severity…).
const VARIANTS: Record<string, unknown>[] = [
  {},
  { kind: 'planned', impact: 'downtime' },
  { kind: 'planned', impact: 'none' },
  { kind: 'security', impact: 'none' },
  { kind: 'unplanned', impact: 'downtime' },
  { classification: 'advisory' },
  { classification: 'incident', severity: 'major' },
  { origin: 'maintenance' },
  { dataPrivacy: true },
  { isMajorChange: true },
];

describe('the policy table’s rules have publishers', () => {
  it('names a publisher for every event type the table decides on', () => {
    const decided = Object.keys(POLICIES).sort();
    expect(decided).toEqual([...EVENT_TYPES].sort());
    const without = decided.filter((type) => !PUBLISHERS[type as EventType]?.length);
    expect(without, `event types whose rules nothing publishes: ${without.join(', ')}`).toEqual([]);
  });

  it('each publisher’s file still publishes its event', () => {
    const stale = Object.entries(PUBLISHERS).flatMap(([type, publishers]) =>
      publishers.flatMap((p) => {
        const file = path.join(root, p.file);
        const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        return text.includes(p.marker) && /publish/.test(text) ? [] : [`${type} in ${p.file}`];
      }),
    );
    expect(stale).toEqual([]);
  });

  it('every rule name the table can return belongs to a published event type', () => {
    const reachable = new Map<string, EventType>();
    for (const type of EVENT_TYPES) {
      if (!PUBLISHERS[type]?.length) continue;
      for (const payload of VARIANTS) reachable.set(POLICIES[type](payload).rule, type);
    }
    // The rules the document's table names (DESIGN.md, "The policies as rules"), each reachable.
    for (const rule of [
      'planned-maintenance-with-impact',
      'planned-maintenance-without-impact',
      'security-update-without-impact',
      'unplanned-maintenance',
      'update-failed-or-overran',
      'update-completes-inside-window',
      'maintenance-in-progress',
      'service-incident',
      'major-service-incident',
      'service-advisory',
      'incident-updated',
      'service-restored',
      'post-incident-report',
      'incident-update-due',
      'weekly-update-region',
      'major-release-wave',
      'message-center-post',
      'maintenance-post',
      'post-purchase-lifecycle',
      'who-is-my-admin',
      'webhook-endpoint-paused',
      'page-acknowledged',
      'page-resolved',
    ]) {
      expect(reachable.has(rule), `rule ${rule} has no publisher`).toBe(true);
    }
  });
});
