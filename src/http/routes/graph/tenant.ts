// Whose data a Graph call reads. In Graph the organization is implied by the token; in Herald a
// token belongs to a person, so the organization is the one that person administers: their only
// tenant, or the one they are org admin of. A system admin reads that tenant through their own
// environments only (the use cases narrow it). Rights are still checked by the use cases.
import type { FastifyRequest } from 'fastify';
import { isOperator, readableTenantIds, type PersonActor } from '../../../domain/actor.js';
import { forbidden, graphEnglish, unauthenticated } from '../../../errors.js';

export interface GraphCaller {
  actor: PersonActor;
  tenantId: string;
}

/** The person behind the bearer token and their tenant; 401 without a token, 403 without one tenant. */
export function graphCaller(request: FastifyRequest): GraphCaller {
  const actor = request.actor;
  // Only tokens: Graph clients send one, and a cookie would make the POST actions forgeable.
  if (request.authMethod !== 'token' || actor.kind !== 'person') {
    throw unauthenticated(
      graphEnglish(
        'Send a Herald API token as "Authorization: Bearer <token>" (herald token create, or your profile page).',
      ),
    );
  }
  const tenants = [...readableTenantIds(actor)];
  if (tenants.length === 1) return { actor, tenantId: tenants[0]! };
  if (actor.orgAdminOf.size === 1) return { actor, tenantId: [...actor.orgAdminOf][0]! };
  if (!tenants.length) {
    throw forbidden(
      isOperator(actor)
        ? graphEnglish(
            'The service announcement API reads one organization; an operator has none. Use the token of an organization’s admin, or Herald’s own API under /api.',
          )
        : graphEnglish('This token’s person is not an admin of any organization.'),
    );
  }
  throw forbidden(
    graphEnglish(
      `This token’s person administers several organizations (${tenants.sort().join(', ')}); use a token of a person who administers one, as Graph has one organization per token.`,
    ),
  );
}
