// A person's own sessions: where they are signed in, and ending those they do not recognise.
// Expired sessions are purged by a periodic job (src/app/jobs/purgeCredentials.ts).
import type { Actor } from '../domain/actor.js';
import { notFound } from '../errors.js';
import { deletePersonSessions, listPersonSessions, sessionIdOf } from '../store/credentials.js';
import { requirePerson } from './auth.js';
import { runCommand } from './command.js';
import type { AppContext } from './context.js';

export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  /** The session this request was made with. */
  current: boolean;
}

export async function listMySessions(
  ctx: AppContext,
  actor: Actor,
  currentToken: string | null,
): Promise<SessionView[]> {
  const me = requirePerson(actor);
  const currentId = currentToken ? sessionIdOf(currentToken) : null;
  const rows = await listPersonSessions(ctx.database.db, me.personId, ctx.now().toISOString());
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    userAgent: r.user_agent,
    ip: r.ip,
    current: r.id === currentId,
  }));
}

/** Ends one of the person's own sessions; another person's is "not found". */
export async function endMySession(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const me = requirePerson(actor);
  await runCommand(ctx, actor, async (s) => {
    const ended = await s.trx
      .deleteFrom('session')
      .where('id', '=', id)
      .where('person_id', '=', me.personId)
      .executeTakeFirst();
    if (Number(ended.numDeletedRows) !== 1) throw notFound('session', id);
    await s.audit({
      action: 'session.ended',
      entityType: 'person',
      entityId: me.personId,
      tenantId: null,
      after: { session: id.slice(0, 12) },
    });
  });
}

/** Ends every session of the person but the one they are using. */
export async function endMyOtherSessions(ctx: AppContext, actor: Actor, currentToken: string | null): Promise<number> {
  const me = requirePerson(actor);
  return runCommand(ctx, actor, async (s) => {
    const ended = await deletePersonSessions(s.trx, me.personId, currentToken ? sessionIdOf(currentToken) : null);
    if (ended)
      await s.audit({
        action: 'session.others_ended',
        entityType: 'person',
        entityId: me.personId,
        tenantId: null,
        after: { ended },
      });
    return ended;
  });
}
