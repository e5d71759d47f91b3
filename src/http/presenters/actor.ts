import type { Actor } from '../../domain/actor.js';
import type { Me } from '../../shared/contracts/session.js';

export function presentMe(actor: Actor): Me | null {
  if (actor.kind !== 'person') return null;
  return {
    id: actor.personId,
    email: actor.email,
    name: actor.name,
    locale: actor.locale,
    language: actor.language,
    formatLocale: actor.formatLocale,
    timeZone: actor.timeZone,
    isOperator: actor.isOperator,
    orgAdminOf: [...actor.orgAdminOf],
    systemAdminOf: [...actor.systemAdminOf].map(([environmentId, tenantId]) => ({ environmentId, tenantId })),
    memberOf: [...(actor.memberOf ?? [])].map(([environmentId, tenantId]) => ({ environmentId, tenantId })),
  };
}
