// Release status per tenant (scheduled, rolling out, launched) for posts tied to a release. The
// rollout sets it as a tenant's environments are updated (setReleaseStatusForRelease, inside its
// own transaction); an operator can set it by hand. Without a recorded status a post's own
// period decides (src/domain/messages.ts, releaseStatusOf).
import { isOperator, type Actor } from '../../domain/actor.js';
import type { ReleaseStatus } from '../../domain/messages.js';
import { forbidden, notFound, words } from '../../errors.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';

async function setStatus(
  s: CommandScope,
  messageIds: string[],
  tenantIds: string[] | undefined,
  status: ReleaseStatus | null,
): Promise<string[]> {
  if (!messageIds.length) return [];
  let query = s.trx.updateTable('message_tenant').set({ release_status: status }).where('message_id', 'in', messageIds);
  if (tenantIds) query = query.where('tenant_id', 'in', tenantIds.length ? tenantIds : ['']);
  const changed = await query.returning('tenant_id').execute();
  const tenants = [...new Set(changed.map((r) => r.tenant_id))];
  if (tenants.length) s.changed({ tenantIds: tenants, topic: 'messages' });
  return tenants;
}

/** For the rollout: every post about `releaseId` shows `status` to these tenants. Returns how many tenants changed. */
export async function setReleaseStatusForRelease(
  s: CommandScope,
  releaseId: string,
  tenantIds: string[],
  status: ReleaseStatus | null,
): Promise<number> {
  const posts = (await s.trx.selectFrom('message').select('id').where('release_id', '=', releaseId).execute()).map(
    (r) => r.id,
  );
  const tenants = await setStatus(s, posts, tenantIds, status);
  if (tenants.length)
    await s.audit({
      action: 'message.release_status',
      entityType: 'release',
      entityId: releaseId,
      tenantId: null,
      after: { status, tenantIds: tenants, messageIds: posts },
    });
  return tenants.length;
}

/** An operator sets the status of one post for some of its tenants (all by default); null returns to the post's dates. */
export async function setMessageReleaseStatus(
  ctx: AppContext,
  actor: Actor,
  messageId: string,
  input: { status: ReleaseStatus | null; tenantIds?: string[] },
): Promise<{ tenantCount: number }> {
  if (!isOperator(actor)) throw forbidden('problem.releaseStatus.operatorsOnly');
  return runCommand(ctx, actor, async (s) => {
    const message = await s.trx
      .selectFrom('message')
      .select(['id', 'status'])
      .where('id', '=', messageId)
      .executeTakeFirst();
    if (!message) throw notFound('message', messageId);
    if (message.status !== 'published') new InputCheck().add('status', 'problem.releaseStatus.draft').done();
    if (input.tenantIds?.length) {
      const inAudience = await s.trx
        .selectFrom('message_tenant')
        .select('tenant_id')
        .where('message_id', '=', messageId)
        .where('tenant_id', 'in', input.tenantIds)
        .execute();
      const outside = input.tenantIds.filter((t) => !inAudience.some((r) => r.tenant_id === t));
      if (outside.length)
        new InputCheck()
          .add('body.tenantIds', words('problem.releaseStatus.outside', { ids: outside.join(', ') }))
          .done();
    }
    const tenants = await setStatus(s, [messageId], input.tenantIds, input.status);
    await s.audit({
      action: 'message.release_status',
      entityType: 'message',
      entityId: messageId,
      tenantId: null,
      after: { status: input.status, tenantIds: tenants },
    });
    return { tenantCount: tenants.length };
  });
}
