// `herald operator add|list|remove|link`: the provider's operators, from the server's shell (as
// the system). How an installation without demo data gets its first operator.
import type { AppContext } from '../../app/context.js';
import { addOperator, listOperators, operatorSignInLink, removeOperator } from '../../app/directory/operators.js';
import { systemActor } from '../../domain/actor.js';

const cli = systemActor('cli');
type Log = (line: string) => void;
const print: Log = (line) => console.log(line);

export async function runOperatorAdd(
  ctx: AppContext,
  options: { email: string; name?: string },
  log: Log = print,
): Promise<void> {
  const { operator, link } = await addOperator(ctx, cli, options);
  log(
    `${operator.email} is an operator. Send them this link to set a password and sign in; it works once, until ${link.expiresAt}:`,
  );
  log(link.url);
}

export async function runOperatorLink(ctx: AppContext, options: { email: string }, log: Log = print): Promise<void> {
  const link = await operatorSignInLink(ctx, cli, options.email);
  log(`A new sign-in link for ${options.email.trim().toLowerCase()}; it works once, until ${link.expiresAt}:`);
  log(link.url);
}

export async function runOperatorList(ctx: AppContext, log: Log = print): Promise<void> {
  const operators = await listOperators(ctx, cli);
  if (!operators.length)
    log('There are no operators yet: `herald operator add --email you@example.com` makes the first.');
  for (const o of operators)
    log(
      `${o.email}  ${o.name}  since ${o.since}  ${o.hasPassword ? 'password set' : 'no password yet (sign-in link pending)'}`,
    );
}

export async function runOperatorRemove(ctx: AppContext, options: { email: string }, log: Log = print): Promise<void> {
  await removeOperator(ctx, cli, options.email);
  log(`${options.email.trim().toLowerCase()} is no longer an operator; their sessions have ended.`);
}
