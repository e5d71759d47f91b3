// The link in every email (and its RFC 8058 one-click POST): switches off the email of the
// token's category for its person. Critical notices of that category still arrive, which the
// confirmation page says.
import { verificationSecrets } from '../../config.js';
import { systemActor } from '../../domain/actor.js';
import type { NoticeCategory } from '../../domain/policies.js';
import { invalid, notFound } from '../../errors.js';
import { verifyUnsubscribeToken, type UnsubscribeRequest } from '../../delivery/unsubscribe.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';

export interface UnsubscribeView {
  email: string;
  category: NoticeCategory;
  /** Email of this category is already switched off. */
  unsubscribed: boolean;
}

function readToken(ctx: AppContext, token: string): UnsubscribeRequest {
  const request = verifyUnsubscribeToken(verificationSecrets(ctx.config), token);
  if (!request) throw invalid('params.token', 'problem.unsubscribe.badLink');
  return request;
}

export async function describeUnsubscribe(ctx: AppContext, token: string): Promise<UnsubscribeView> {
  const { personId, category } = readToken(ctx, token);
  const db = ctx.database.db;
  const person = await db.selectFrom('person').select('email').where('id', '=', personId).executeTakeFirst();
  if (!person) throw notFound('person');
  const choice = await db
    .selectFrom('notification_preference')
    .select('enabled')
    .where('person_id', '=', personId)
    .where('category', '=', category)
    .where('channel', '=', 'email')
    .executeTakeFirst();
  return { email: person.email, category, unsubscribed: choice?.enabled === 0 };
}

export async function unsubscribe(ctx: AppContext, token: string): Promise<UnsubscribeView> {
  const { personId, category } = readToken(ctx, token);
  return runCommand(ctx, systemActor('unsubscribe-link'), async (s) => {
    const person = await s.trx.selectFrom('person').select('email').where('id', '=', personId).executeTakeFirst();
    if (!person) throw notFound('person');
    await s.trx
      .insertInto('notification_preference')
      .values({ person_id: personId, category, channel: 'email', enabled: 0, updated_at: s.nowIso })
      .onConflict((oc) =>
        oc.columns(['person_id', 'category', 'channel']).doUpdateSet({ enabled: 0, updated_at: s.nowIso }),
      )
      .execute();
    await s.audit({
      action: 'preferences.unsubscribed',
      entityType: 'person',
      entityId: personId,
      tenantId: null,
      after: { category, channel: 'email', enabled: false },
    });
    return { email: person.email, category, unsubscribed: true };
  });
}
