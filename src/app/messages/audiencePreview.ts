// Who a post would reach, before it is sent: the tenants its audience rule matches and the people
// the notification policy picks in them, counted in the database (so it holds for 200,000 people)
// with the first few named. It reads the same rule and the same directory as sending does.
import type { Transaction } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import { DATA_PRIVACY_TAG, type MessageAudienceRule } from '../../domain/messages.js';
import { decide, isSilence, reasonOf, type AudienceSelector, type PersonChannel } from '../../domain/policies.js';
import { forbidden } from '../../errors.js';
import type { DB } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { audienceTenantIds, privacyReaderIds } from './audience.js';
import { isAnyOf } from '../../store/chunks.js';

export interface AudiencePreview {
  tenantCount: number;
  /** The first tenants by name. */
  tenants: { id: string; name: string }[];
  peopleCount: number;
  /** A few of them, in the order the policy chooses (org admins first) and by name, each with the role that chose them. */
  people: { id: string; name: string; email: string; reason: string }[];
  channels: PersonChannel[];
  optIn: PersonChannel[];
}

const SHOWN = 50;

/** The people one selector picks among these tenants, as a query of person ids. */
function chosenBy(trx: Transaction<DB>, selector: AudienceSelector, tenantIds: string[], listed: string[]) {
  if ('people' in selector) return selector.people === 'listed' && listed.length ? listed : null;
  if ('team' in selector) return null;
  if (selector.role === 'operator' || !tenantIds.length) return null;
  // By name within a selector, so that the few shown are the same each time and easy to scan.
  let q = trx
    .selectFrom('role_assignment as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select('r.person_id')
    .where('r.role', '=', selector.role)
    .where(isAnyOf(trx, 'r.tenant_id', tenantIds))
    .orderBy('p.name')
    .orderBy('p.id');
  // Categories are a JSON array of words; matching the quoted word is exact.
  if (selector.role === 'additional_recipient') q = q.where('r.categories', 'like', `%"${selector.category}"%`);
  return q;
}

export async function previewAudience(
  ctx: AppContext,
  actor: Actor,
  input: { audience: MessageAudienceRule; isMajorChange: boolean; tags: string[] },
): Promise<AudiencePreview> {
  if (!isOperator(actor)) throw forbidden('problem.messages.operatorsWrite');
  return ctx.database.db.transaction().execute(async (trx) => {
    const tenantIds = await audienceTenantIds(trx, input.audience);
    const dataPrivacy = input.tags.includes(DATA_PRIVACY_TAG);
    const rule = decide({ type: 'message.published', payload: { isMajorChange: input.isMajorChange, dataPrivacy } });
    const tenantCount = tenantIds.length;
    const tenants = tenantCount
      ? await trx
          .selectFrom('tenant')
          .select(['id', 'name'])
          .where(isAnyOf(trx, 'id', tenantIds))
          .orderBy('name')
          .limit(SHOWN)
          .execute()
      : [];
    if (isSilence(rule)) return { tenantCount, tenants, peopleCount: 0, people: [], channels: [], optIn: [] };

    const listed = dataPrivacy ? await privacyReaderIds(trx, tenantIds) : [];
    // A person chosen by several selectors counts once, under the first (as the planner does).
    const reasons = new Map<string, string>();
    for (const selector of rule.audience) {
      const chosen = chosenBy(trx, selector, tenantIds, listed);
      if (!chosen) continue;
      const ids = Array.isArray(chosen) ? chosen : (await chosen.execute()).map((r) => r.person_id);
      for (const id of ids) if (!reasons.has(id)) reasons.set(id, reasonOf(selector).replace('_', ' '));
    }
    const shown = [...reasons.keys()].slice(0, SHOWN);
    const people = shown.length
      ? await trx.selectFrom('person').select(['id', 'name', 'email']).where('id', 'in', shown).execute()
      : [];
    return {
      tenantCount,
      tenants,
      peopleCount: reasons.size,
      people: people
        .map((p) => ({ ...p, reason: reasons.get(p.id)! }))
        .sort((a, b) => shown.indexOf(a.id) - shown.indexOf(b.id)),
      channels: rule.channels,
      optIn: rule.optIn,
    };
  });
}
