// `herald rehearse` as a provider runs it: the compiled command (dist/, `npm run build` first) as
// a process. The week-long scenario in test/fixtures/rehearsal/week.json walks the policy
// document's rows; the recipients expected below are written from the document
// (/work/shared/seed/service-incident-policies.md and DESIGN.md's policy table), not from Herald's output.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.js';
import { createContext } from '../../src/app/context.js';
import { importDirectory } from '../../src/app/directory/import.js';
import { batchFromJson } from '../../src/app/directory/importSources.js';
import type { Timeline, TimelineEntry } from '../../src/app/rehearsal/rehearse.js';
import { loadConfig } from '../../src/config.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'herald.js');
const fixture = path.join(root, 'test', 'fixtures', 'rehearsal', 'week.json');

let database: TestDatabase;
let dir: string;
let smtp: net.Server;
let smtpConnections = 0;
let smtpPort = 0;

function herald(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HERALD_SECRET: 'a-test-secret-that-is-long-enough-0123456789',
    DATABASE_URL: database.url,
    // A real listener where mail would go: the rehearsal must never connect to it.
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, cwd: dir, timeout: 240_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const liveCounts = async () => ({
  events: Number(
    (
      await database.db
        .selectFrom('event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  deliveries: Number(
    (
      await database.db
        .selectFrom('delivery')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  incidents: Number(
    (
      await database.db
        .selectFrom('incident')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

const emailsOf = (e: TimelineEntry, channel = 'email'): string[] =>
  [...new Set(e.told.filter((t) => t.channel === channel).map((t) => /<(.+)>/.exec(t.recipient)![1]!))].sort();

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'herald.js')))
    throw new Error('dist/ is not built: run `npm run build`.');
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-rehearse-'));
  smtp = net.createServer((socket) => {
    smtpConnections++;
    socket.end();
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => smtp.close(resolve));
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('herald rehearse: a week of the policy document', () => {
  let timeline: Timeline;
  const byEntry = (i: number): TimelineEntry[] =>
    timeline.entries.filter((e) => 'entry' in e.cause && e.cause.entry.startsWith(`events[${i}] `));
  const one = (i: number, type: string): TimelineEntry => {
    const found = byEntry(i).filter((e) => e.event.type === type);
    expect(found, `events[${i}] ${type}`).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    const before = await liveCounts();
    const out = path.join(dir, 'week');
    const run = await herald(['rehearse', fixture, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    timeline = JSON.parse(fs.readFileSync(path.join(out, 'timeline.json'), 'utf8')) as Timeline;
    const text = fs.readFileSync(path.join(out, 'timeline.txt'), 'utf8');
    expect(text).toContain('rule service-incident');
    expect(text).toContain('shows: dashboard Contoso: "Sales forms do not load" (investigating, minor)');
    expect(run.stdout).toContain('shows: public page:');
    expect(fs.readFileSync(path.join(out, 'timeline.html'), 'utf8')).toContain('<table>');
    // Sends nothing, touches nothing live.
    expect(smtpConnections).toBe(0);
    expect(await liveCounts()).toEqual(before);
  }, 300_000);

  it('says what the pages show: the incident on its tenant’s dashboard only, never on the public page', () => {
    const opened = one(0, 'incident.opened');
    expect(opened.shows.dashboards).toEqual([
      { tenant: 'Contoso', activeIssues: [expect.objectContaining({ title: 'Sales forms do not load' })] },
    ]);
    expect(opened.shows.quietDashboards).toBe(2);
    expect(opened.shows.publicPage.incidents).toEqual([]);
    expect(one(2, 'incident.restored').shows.dashboards).toEqual([]);
  });

  it('an incident: the org-specific email reaches the system admins of the impacted environment (and additional recipients), not org admins or other environments', () => {
    const opened = one(0, 'incident.opened');
    expect(opened.at).toBe('2027-04-05T01:00:00.000Z');
    expect(emailsOf(opened)).toEqual(['noc@contoso.example', 'sam@contoso.example']);
    const updated = one(1, 'incident.updated');
    expect(emailsOf(updated)).toEqual(['noc@contoso.example', 'sam@contoso.example']);
    const restored = one(2, 'incident.restored');
    expect(emailsOf(restored).filter((e) => !e.endsWith('@provider.example'))).toEqual([
      'noc@contoso.example',
      'sam@contoso.example',
    ]);
  });

  it('no update for an hour during an incident: the provider is reminded, customers are not', () => {
    const stale = timeline.entries.filter(
      (e) => e.event.type === 'incident.stale' && e.event.title === 'Sales forms do not load',
    );
    expect(stale.map((e) => e.at)).toEqual(['2027-04-05T02:30:00.000Z', '2027-04-05T03:30:00.000Z']);
    for (const e of stale) expect(emailsOf(e)).toEqual(['oscar@provider.example']);
  });

  it('planned maintenance with impact: admins of the affected tenants and environments in the region, before the window', () => {
    const scheduled = one(3, 'maintenance.scheduled');
    expect(scheduled.rule).toBe('planned-maintenance-with-impact');
    expect(emailsOf(scheduled)).toEqual([
      'eve@contoso.example',
      'fay@fabrikam.example',
      'finn@fabrikam.example',
      'olivia@contoso.example',
    ]);
    expect(scheduled.at < '2027-04-08T18:00:00.000Z').toBe(true);
  });

  it('a security update without impact: no notification', () => {
    // It is in the schedule, but nothing is published that tells anyone.
    for (const e of byEntry(5)) expect(e.told, e.event.type).toEqual([]);
  });

  it('unplanned maintenance: the "Unplanned Maintenance" email to all system admins of every affected environment', () => {
    const unplanned = one(6, 'maintenance.unplanned');
    expect(emailsOf(unplanned)).toEqual(['leo@litware.example', 'lia@litware.example']);
  });

  it('an update completed inside its window sends nothing', () => {
    for (const i of [7, 14, 15]) for (const e of byEntry(i)) expect(e.told, `events[${i}] ${e.event.type}`).toEqual([]);
  });

  it('an update that runs past its window is posted as a highest-priority incident at the end of the window', () => {
    const overrun = timeline.entries.find(
      (e) => e.event.type === 'incident.opened' && e.event.title?.startsWith('Storage upgrade in North America'),
    );
    expect(overrun).toBeDefined();
    expect(overrun!.at).toBe('2027-04-09T04:00:00.000Z');
    expect(overrun!.rule).toBe('major-service-incident');
    expect(emailsOf(overrun!)).toContain('sam@contoso.example');
    expect(emailsOf(overrun!).some((e) => e.endsWith('@fabrikam.example') || e.endsWith('@litware.example'))).toBe(
      false,
    );
  });

  // "The target audience for these communications are System Administrators or individuals
  // designated to run the service": the org admins of the tenants and the system admins of
  // the environments the post concerns.
  it('a Message Center post reaches its target audience, org admins and system admins, in the console (email only on request)', () => {
    const post = one(8, 'message.published');
    expect(emailsOf(post)).toEqual([]);
    expect(emailsOf(post, 'in_app')).toEqual([
      'eve@contoso.example',
      'fay@fabrikam.example',
      'finn@fabrikam.example',
      'leo@litware.example',
      'lia@litware.example',
      'olivia@contoso.example',
      'sam@contoso.example',
    ]);
  });

  it('lifecycle: the first-year mail goes to the new tenant’s admins after its purchase date', () => {
    const due = timeline.entries.filter((e) => e.event.type === 'lifecycle.due');
    expect(due).toHaveLength(1);
    expect(emailsOf(due[0]!)).toEqual(['lia@litware.example']);
    expect(due[0]!.at >= '2027-04-07T00:00:00.000Z').toBe(true);
  });

  it('a release wave: a Message Center post per region it reaches, and one when it is enabled there, to that region’s tenants only', () => {
    const regionPost = one(10, 'message.published');
    expect(regionPost.event.title).toContain('Europe (EUR)');
    // Contoso's org admin and its European environment's admin, not its American one's (Sam).
    const europe = ['eve@contoso.example', 'fay@fabrikam.example', 'finn@fabrikam.example', 'olivia@contoso.example'];
    expect(emailsOf(regionPost, 'in_app')).toEqual(europe);
    const enabled = one(12, 'message.published');
    expect(enabled.event.title).toContain('enabled in Europe (EUR)');
    expect(emailsOf(enabled, 'in_app')).toEqual(europe);
    expect(one(12, 'release.wave_enabled').rule).toBe('major-release-wave');
  });

  it('nobody is told twice of one event on one channel', () => {
    for (const e of timeline.entries) {
      const keys = e.told.map((t) => `${t.channel}|${t.recipient}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('herald rehearse over a snapshot of the live directory', () => {
  it('rehearses over a copy: the live directory is read, nothing is written to it', async () => {
    const ctx = createContext(
      database,
      loadConfig({ ...process.env, DATABASE_URL: database.url }),
      () => new Date('2027-01-04T00:00:00Z'),
    );
    await importDirectory(
      ctx,
      systemActor('test'),
      batchFromJson({
        tenants: [{ name: 'Adatum', domain: 'adatum.example', purchaseDate: '2024-01-01' }],
        environments: [
          {
            tenant: 'adatum.example',
            name: 'Adatum Prod',
            region: 'CAN',
            type: 'production',
            url: 'https://adatum.crm3.dynamics.com',
            version: '9.2.27011.10',
          },
        ],
        people: [
          {
            email: 'ada@adatum.example',
            name: 'Ada Adatum',
            roles: [{ role: 'system_admin', environment: 'https://adatum.crm3.dynamics.com' }],
          },
        ],
      }),
    );
    const before = await liveCounts();
    const file = path.join(dir, 'snapshot.json');
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          start: '2027-01-11T00:00:00Z',
          end: 'PT3H',
          events: [
            { at: 'PT1H', kind: 'incident.opened', title: 'Slow', services: ['sales'], environments: ['Adatum Prod'] },
          ],
        },
        null,
        2,
      ),
    );
    const run = await herald(['rehearse', file, '--out', path.join(dir, 'snapshot')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const timeline = JSON.parse(fs.readFileSync(path.join(dir, 'snapshot', 'timeline.json'), 'utf8')) as Timeline;
    expect(timeline.directory).toBe('snapshot');
    const opened = timeline.entries.find((e) => e.event.type === 'incident.opened')!;
    expect(emailsOf(opened)).toEqual(['ada@adatum.example']);
    expect(await liveCounts()).toEqual(before);
    expect(smtpConnections).toBe(0);
  }, 120_000);
});

describe('herald rehearse refuses a bad scenario before running anything', () => {
  const scenario = (events: unknown[]): string =>
    JSON.stringify(
      {
        start: '2027-01-11T00:00:00Z',
        directory: {
          tenants: [{ name: 'Wingtip', domain: 'wingtip.example', purchaseDate: '2024-01-01' }],
          environments: [
            {
              tenant: 'wingtip.example',
              name: 'Wingtip Prod',
              region: 'EUR',
              type: 'production',
              url: 'https://wingtip.crm4.dynamics.com',
              version: '9.2.27011.10',
            },
          ],
          people: [
            {
              email: 'wes@wingtip.example',
              name: 'Wes',
              roles: [{ role: 'system_admin', environment: 'https://wingtip.crm4.dynamics.com' }],
            },
          ],
        },
        events,
      },
      null,
      2,
    );
  const good = {
    at: 'PT1H',
    kind: 'incident.opened',
    title: 'Slow',
    services: ['sales'],
    environments: ['Wingtip Prod'],
  };

  async function refused(name: string, events: unknown[]): Promise<string> {
    const file = path.join(dir, `${name}.json`);
    const text = scenario(events);
    fs.writeFileSync(file, text);
    const out = path.join(dir, `${name}-out`);
    const run = await herald(['rehearse', file, '--out', out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('nothing was run');
    expect(fs.existsSync(out)).toBe(false);
    expect(smtpConnections).toBe(0);
    return run.stderr;
  }

  /** The line the second entry of "events" starts on in the file as written. */
  const secondEntryLine = (events: unknown[]): number => {
    const lines = scenario(events).split('\n');
    const start = lines.findIndex((l) => l.includes('"events"'));
    return (
      lines.findIndex(
        (l, i) => i > start && /^ {4}\{/.test(l) && lines.slice(start + 1, i).some((p) => /^ {4}\{/.test(p)),
      ) + 1
    );
  };

  it('an unknown event kind', async () => {
    const events = [good, { at: 'PT2H', kind: 'incident.exploded' }];
    const err = await refused('unknown-kind', events);
    expect(err).toContain(`events[1] (line ${secondEntryLine(events)})`);
    expect(err).toContain('unknown event kind "incident.exploded"');
  });

  it('a time that is neither ISO 8601 nor a duration', async () => {
    const events = [good, { ...good, at: 'tomorrow at noon' }];
    const err = await refused('bad-time', events);
    expect(err).toContain(`events[1] (line ${secondEntryLine(events)}), field at`);
    expect(err).toContain('"tomorrow at noon" is neither an ISO 8601 UTC time');
  });

  it('an environment that does not exist', async () => {
    const events = [good, { ...good, at: 'PT2H', environments: ['Wingtip Staging'] }];
    const err = await refused('unknown-environment', events);
    expect(err).toContain(`events[1] (line ${secondEntryLine(events)}), field environments`);
    expect(err).toContain('environment "Wingtip Staging" that does not exist');
  });
});
