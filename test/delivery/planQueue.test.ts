// Large audiences planned in committed chunks, on SQLite and PostgreSQL: the first chunk commits
// with the event, the rest follows through the plan queue, and the result is exactly what planning
// in one statement gives — each (person, channel) once, also when a process dies mid-plan, when
// two processes plan at once, and when a chunk is planned again.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import { planPending } from '../../src/delivery/planQueue.js';
import { PLAN_CHUNKS, planChunk } from '../../src/delivery/planner.js';
import { claimPlanRequest, countPlanRequests } from '../../src/store/planRequests.js';
import { maintenanceIn, seedDirectory } from '../../bench/plan-fixture.js';
import { testDialect } from '../support/database.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
/** A person whose id falls in the first chunk, the one planned with the event. */
const FIRST_CHUNK_PERSON = `22${'a'.repeat(24)}`;

beforeAll(async () => {
  t = await createTestApp({ config: { planInlinePeople: 50 } });
  await seedDirectory(t.ctx, 20, 15);
  const now = new Date().toISOString();
  const environment = await t.ctx.database.db
    .selectFrom('environment')
    .select(['id', 'tenant_id'])
    .where('region_code', '=', 'NAM')
    .executeTakeFirstOrThrow();
  await t.ctx.database.db
    .insertInto('person')
    .values({
      id: FIRST_CHUNK_PERSON,
      email: 'first@chunk.example.com',
      name: 'First',
      locale: 'en-US',
      time_zone: 'UTC',
      password_hash: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await t.ctx.database.db
    .insertInto('role_assignment')
    .values({
      id: 'firstchunkrole',
      person_id: FIRST_CHUNK_PERSON,
      role: 'system_admin',
      tenant_id: environment.tenant_id,
      environment_id: environment.id,
      scope_id: environment.id,
      categories: '[]',
      created_at: now,
    })
    .execute();
}, 180_000);
afterAll(() => t?.close());

const publish = (key: string) => runCommand(t.ctx, systemActor('test'), (s) => s.publish(maintenanceIn(key)));

async function rowsOf(key: string): Promise<string[]> {
  const rows = await t.ctx.database.db
    .selectFrom('delivery')
    .innerJoin('event', 'event.id', 'delivery.event_id')
    .select(['delivery.recipient_id', 'delivery.channel', 'delivery.reason', 'delivery.status'])
    .where('event.key', '=', key)
    .execute();
  return rows.map((r) => `${r.recipient_id} ${r.channel} ${r.reason} ${r.status}`).sort();
}

/** The same announcement planned in one statement, inside its transaction: what chunks must add up to. */
async function plannedInOneGo(key: string): Promise<string[]> {
  t.ctx.config.planInlinePeople = 1_000_000;
  try {
    await publish(key);
  } finally {
    t.ctx.config.planInlinePeople = 50;
  }
  expect(await countPlanRequests(t.ctx.database.db)).toBe(0);
  return rowsOf(key);
}

/** Runs test/support/planChild.ts; resolves with its first line, or kills it on "holding". */
function child(mode: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'test/support/planChild.ts', t.database.url, mode], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('holding\n')) p.kill('SIGKILL');
    });
    p.on('error', reject);
    p.on('exit', () => resolve(out.trim()));
  });
}

/** Waits until a plan request can be claimed (no other connection holds it). */
async function untilClaimable(): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const claimable = await t.ctx.database.db
      .transaction()
      .execute((trx) => claimPlanRequest(trx, t.ctx.database.dialect));
    if (claimable || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('planning a large audience in chunks', () => {
  let expected: string[];
  beforeAll(async () => {
    expected = await plannedInOneGo('one-go');
    expect(expected.length).toBeGreaterThan(500);
  });

  it('commits the first chunk with the event and leaves the rest to the plan queue, which plans exactly the same rows', async () => {
    const planned = await publish('chunked');
    const first = await rowsOf('chunked');
    expect(first.length).toBe(planned);
    // Exactly the people whose ids sort below "23" (ours, and any random id that happens to).
    expect(first).toEqual(expected.filter((r) => r < '23'));
    expect(first.filter((r) => r.startsWith(FIRST_CHUNK_PERSON))).toHaveLength(2);
    expect(await countPlanRequests(t.ctx.database.db)).toBe(1);
    await planPending(t.ctx);
    expect(await countPlanRequests(t.ctx.database.db)).toBe(0);
    expect(await rowsOf('chunked')).toEqual(expected);
  });

  it('adds nothing when the planner runs again over rows that exist, chunk by chunk or in one go', async () => {
    const before = await rowsOf('chunked');
    const event = await t.ctx.database.db
      .selectFrom('event')
      .selectAll()
      .where('key', '=', 'chunked')
      .executeTakeFirstOrThrow();
    let added = 0;
    await t.ctx.database.db.transaction().execute(async (trx) => {
      for (let chunk = 0; chunk < PLAN_CHUNKS; chunk++)
        added += await planChunk(
          { trx, dialect: t.ctx.database.dialect, config: t.ctx.config },
          event,
          chunk,
          new Date(),
        );
    });
    expect(added).toBe(0);
    // And through the queue: the request put back at its first chunk finds everything planned.
    await t.ctx.database.db
      .insertInto('plan_request')
      .values({
        event_id: event.id,
        subject_type: event.subject_type,
        subject_id: event.subject_id,
        next_chunk: 0,
        created_at: event.created_at,
        updated_at: event.created_at,
      })
      .execute();
    expect(await planPending(t.ctx)).toBe(0);
    expect(await rowsOf('chunked')).toEqual(before);
  });

  it('resumes after a process dies in the middle of a chunk: every row once, none missing', async () => {
    await publish('crash');
    expect(await child('hold-after:3')).toBe('holding');
    // Three chunks committed (after the first, with the event); the fourth died uncommitted.
    const request = await t.ctx.database.db.selectFrom('plan_request').select('next_chunk').executeTakeFirstOrThrow();
    expect(request.next_chunk).toBe(4);
    // PostgreSQL holds the dead child's claim until it notices the connection is gone, a moment
    // later on a busy machine; meanwhile another planner skips the request, as a node's plan queue
    // does until its next pass.
    await untilClaimable();
    await planPending(t.ctx);
    expect(await rowsOf('crash')).toEqual(expected);
  }, 60_000);

  it.skipIf(testDialect() !== 'postgres')(
    'plans each chunk once when two processes plan side by side',
    async () => {
      await publish('race-1');
      await publish('race-2');
      const outputs = await Promise.all([child('all'), child('all')]);
      const rows = outputs.map((o) => Number(/^done (\d+)$/.exec(o)?.[1]));
      expect(await countPlanRequests(t.ctx.database.db)).toBe(0);
      expect(await rowsOf('race-1')).toEqual(expected);
      expect(await rowsOf('race-2')).toEqual(expected);
      // Both processes' counts add up to exactly the rows outside the two first chunks.
      const inFirstChunks = expected.filter((r) => r < '23').length * 2;
      expect(rows[0]! + rows[1]!).toBe(2 * expected.length - inFirstChunks);
    },
    60_000,
  );
});
