// The provider's operators, managed from the server's shell (`herald operator add|list|remove|link`):
// how the first operator of an installation without demo data comes to exist. A new operator
// gets no password; they set one through a one-time sign-in link.
import { isOperator, type Actor } from '../../domain/actor.js';
import { checkEmail, normaliseEmail } from '../../domain/directory.js';
import { conflict, forbidden, invalid, notFound, words } from '../../errors.js';
import { deletePersonSessions } from '../../store/credentials.js';
import { createSignInLink } from '../auth.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { insertPerson, insertRole } from './people.js';

export interface OperatorView {
  personId: string;
  email: string;
  name: string;
  hasPassword: boolean;
  since: string;
}

function requireOperator(actor: Actor): void {
  if (!isOperator(actor)) throw forbidden('problem.operators.operatorsOnly');
}

function checkedEmail(email: string): string {
  const normalised = normaliseEmail(email);
  const problem = checkEmail(normalised);
  if (problem) throw invalid('email', problem);
  return normalised;
}

export async function listOperators(ctx: AppContext, actor: Actor): Promise<OperatorView[]> {
  requireOperator(actor);
  const rows = await ctx.database.db
    .selectFrom('role_assignment')
    .innerJoin('person', 'person.id', 'role_assignment.person_id')
    .select(['person.id', 'person.email', 'person.name', 'person.password_hash', 'role_assignment.created_at'])
    .where('role_assignment.role', '=', 'operator')
    .orderBy('person.email')
    .execute();
  return rows.map((r) => ({
    personId: r.id,
    email: r.email,
    name: r.name,
    hasPassword: r.password_hash !== null,
    since: r.created_at,
  }));
}

/**
 * Makes `email` an operator (a new person, or an existing one given the role) and returns a
 * one-time link to set a password. Already an operator: a conflict, nothing changed.
 */
export async function addOperator(
  ctx: AppContext,
  actor: Actor,
  input: { email: string; name?: string },
): Promise<{ operator: OperatorView; link: { url: string; expiresAt: string } }> {
  requireOperator(actor);
  const email = checkedEmail(input.email);
  const name = input.name?.trim() || email.split('@')[0]!;
  const personId = await runCommand(ctx, actor, async (s) => {
    const existing = await s.trx.selectFrom('person').select('id').where('email', '=', email).executeTakeFirst();
    const id = existing?.id ?? (await insertPerson(s, { email, name })).id;
    const isAlready = await s.trx
      .selectFrom('role_assignment')
      .select('id')
      .where('person_id', '=', id)
      .where('role', '=', 'operator')
      .executeTakeFirst();
    if (isAlready) throw conflict(words('problem.operators.already', { email }), 'email');
    await insertRole(s, { personId: id, role: 'operator' });
    return id;
  });
  const link = await createSignInLink(ctx, actor, personId);
  const operator = (await listOperators(ctx, actor)).find((o) => o.personId === personId)!;
  return { operator, link };
}

async function findOperator(ctx: AppContext, email: string): Promise<string> {
  const row = await ctx.database.db
    .selectFrom('role_assignment')
    .innerJoin('person', 'person.id', 'role_assignment.person_id')
    .select('person.id')
    .where('person.email', '=', email)
    .where('role_assignment.role', '=', 'operator')
    .executeTakeFirst();
  if (!row) throw notFound('operator', email);
  return row.id;
}

/** A new one-time sign-in link for an operator who lost theirs or their password. */
export async function operatorSignInLink(
  ctx: AppContext,
  actor: Actor,
  email: string,
): Promise<{ url: string; expiresAt: string }> {
  requireOperator(actor);
  return createSignInLink(ctx, actor, await findOperator(ctx, checkedEmail(email)));
}

/**
 * Takes the operator role away and ends the person's sessions; the person and their other roles
 * stay. The last operator cannot be removed, or nobody could manage the installation.
 */
export async function removeOperator(ctx: AppContext, actor: Actor, email: string): Promise<void> {
  requireOperator(actor);
  const normalised = checkedEmail(email);
  const personId = await findOperator(ctx, normalised);
  await runCommand(ctx, actor, async (s) => {
    const operators = await s.trx
      .selectFrom('role_assignment')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('role', '=', 'operator')
      .executeTakeFirstOrThrow();
    if (Number(operators.n) <= 1) throw conflict(words('problem.operators.last', { email: normalised }), 'email');
    const role = await s.trx
      .deleteFrom('role_assignment')
      .where('person_id', '=', personId)
      .where('role', '=', 'operator')
      .returning('id')
      .executeTakeFirstOrThrow();
    await deletePersonSessions(s.trx, personId);
    await s.audit({
      action: 'role.removed',
      entityType: 'role_assignment',
      entityId: role.id,
      tenantId: null,
      before: { personId, role: 'operator' },
    });
  });
}
