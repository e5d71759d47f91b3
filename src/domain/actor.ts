// Who is acting, and what they may see and change. Every use case receives an Actor and asks
// these functions; routes never decide rights themselves.
//
// Visibility rule: data of a tenant the actor has no role in is reported as "not found", never
// "forbidden", so one tenant cannot even learn that another tenant's ids exist.

export type Actor = PersonActor | AnonymousActor | SystemActor;

export interface PersonActor {
  kind: 'person';
  personId: string;
  email: string;
  name: string;
  /** Their own locale; null: they chose none and read their organization's language. */
  locale: string | null;
  /** The catalogue language they read ("de"): own locale, else their tenant's, else the provider's. */
  language: string;
  /** The tag their dates and numbers are formatted in ("de-AT"). */
  formatLocale: string;
  timeZone: string;
  isOperator: boolean;
  /** Tenants this person is org admin of. */
  orgAdminOf: ReadonlySet<string>;
  /** Environments this person is system admin of, with their tenant. */
  systemAdminOf: ReadonlyMap<string, string>;
  /** Environments this person is a member (end user) of, with their tenant: no rights beyond the member view. */
  memberOf?: ReadonlyMap<string, string>;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

/** The worker, the CLI and scheduled jobs: trusted code acting on nobody's behalf. */
export interface SystemActor {
  kind: 'system';
  label: string;
}

export const anonymous: AnonymousActor = { kind: 'anonymous' };
export const systemActor = (label: string): SystemActor => ({ kind: 'system', label });

export function isOperator(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'person' && actor.isOperator);
}

/** Tenants whose data the actor may read (org admin or system admin of one of its environments). */
export function readableTenantIds(actor: Actor): Set<string> {
  if (actor.kind !== 'person') return new Set();
  return new Set([...actor.orgAdminOf, ...actor.systemAdminOf.values()]);
}

export function canReadTenant(actor: Actor, tenantId: string): boolean {
  return isOperator(actor) || readableTenantIds(actor).has(tenantId);
}

/** Manage the tenant: recipients, webhooks, early access, credit claims. */
export function canManageTenant(actor: Actor, tenantId: string): boolean {
  return isOperator(actor) || (actor.kind === 'person' && actor.orgAdminOf.has(tenantId));
}

/** An org admin sees every environment of the tenant; a system admin only their own. */
export function canReadEnvironment(actor: Actor, env: { id: string; tenant_id: string }): boolean {
  if (isOperator(actor)) return true;
  if (actor.kind !== 'person') return false;
  return actor.orgAdminOf.has(env.tenant_id) || actor.systemAdminOf.has(env.id);
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'person':
      return actor.email;
    case 'system':
      return `system:${actor.label}`;
    case 'anonymous':
      return 'anonymous';
  }
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'person' ? actor.personId : null;
}
