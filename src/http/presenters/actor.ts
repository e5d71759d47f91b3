import { Type, type Static } from 'typebox';
import type { Actor } from '../../domain/actor.js';

export const MeSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  locale: Type.String(),
  timeZone: Type.String(),
  isOperator: Type.Boolean(),
  orgAdminOf: Type.Array(Type.String(), { description: 'tenant ids' }),
  systemAdminOf: Type.Array(Type.Object({ environmentId: Type.String(), tenantId: Type.String() })),
  memberOf: Type.Array(Type.Object({ environmentId: Type.String(), tenantId: Type.String() }), {
    description: 'environments the person is a member (end user) of',
  }),
});
export type Me = Static<typeof MeSchema>;

export function presentMe(actor: Actor): Me | null {
  if (actor.kind !== 'person') return null;
  return {
    id: actor.personId,
    email: actor.email,
    name: actor.name,
    locale: actor.locale,
    timeZone: actor.timeZone,
    isOperator: actor.isOperator,
    orgAdminOf: [...actor.orgAdminOf],
    systemAdminOf: [...actor.systemAdminOf].map(([environmentId, tenantId]) => ({ environmentId, tenantId })),
    memberOf: [...(actor.memberOf ?? [])].map(([environmentId, tenantId]) => ({ environmentId, tenantId })),
  };
}
