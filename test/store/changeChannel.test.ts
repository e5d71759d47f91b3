// Change notices between nodes on PostgreSQL: what another node hears when a command commits (and
// nothing when it rolls back), however many tenants a change touches. PostgreSQL only: on SQLite
// there is one process and nothing travels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { createContext, type AppContext } from '../../src/app/context.js';
import { loadConfig } from '../../src/config.js';
import { systemActor } from '../../src/domain/actor.js';
import { CHANGE_CHANNEL, parseChange, type ChangeMessage } from '../../src/store/changeChannel.js';
import { listen, type Listening } from '../../src/store/listen.js';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database.js';

describe.runIf(testDialect() === 'postgres')('change notices over LISTEN/NOTIFY', () => {
  let database: TestDatabase;
  let ctx: AppContext;
  let listening: Listening;
  /** What "another node" (a LISTEN connection with its own node id) heard. */
  const heard: ChangeMessage[] = [];
  const ownHeard: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = createContext(database, { ...loadConfig({}), databaseUrl: database.url });
    await new Promise<void>((resolve) => {
      listening = listen(database.url, CHANGE_CHANNEL, {
        onListening: resolve,
        onPayload: (payload) => {
          const other = parseChange(payload, 'another-node');
          if (other) heard.push(other);
          if (!parseChange(payload, ctx.nodeId)) ownHeard.push(payload);
        },
      });
    });
  });
  afterAll(async () => {
    await listening?.close();
    await database?.drop();
  });

  const until = async (done: () => boolean) => {
    const deadline = Date.now() + 5_000;
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  };

  it('carries a change touching 2,000 tenants to other nodes whole, and the sender knows its own', async () => {
    heard.length = 0;
    const tenantIds = Array.from({ length: 2_000 }, (_, i) => `tenant-${String(i).padStart(6, '0')}-${'x'.repeat(20)}`);
    await runCommand(ctx, systemActor('test'), async (s) => {
      s.changed({ topic: 'message', tenantIds });
      s.changed({ topic: 'incident', tenantIds: null });
    });
    await until(
      () =>
        heard.filter((h) => h.topic === 'message').flatMap((h) => h.tenantIds ?? []).length >= tenantIds.length &&
        heard.some((h) => h.topic === 'incident'),
    );
    expect(
      heard
        .filter((h) => h.topic === 'message')
        .flatMap((h) => h.tenantIds ?? [])
        .sort(),
    ).toEqual(tenantIds);
    expect(heard.find((h) => h.topic === 'incident')).toEqual({ topic: 'incident', tenantIds: null });
    // The sending node drops every one of these: it told its own listeners already.
    expect(ownHeard.length).toBe(heard.length);
  });

  it('says nothing of a command that rolled back', async () => {
    heard.length = 0;
    await expect(
      runCommand(ctx, systemActor('test'), async (s) => {
        s.changed({ topic: 'rolled-back', tenantIds: null });
        throw new Error('changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    await runCommand(ctx, systemActor('test'), async (s) => s.changed({ topic: 'committed', tenantIds: null }));
    await until(() => heard.some((h) => h.topic === 'committed'));
    expect(heard.map((h) => h.topic)).toEqual(['committed']);
  });
});
