// `herald token create|list|revoke`: personal API tokens, handled by the CLI as the system (it runs
// on the server, with the database's own rights). The same use cases as /api/tokens.
import { createApiToken, listApiTokens, revokeApiToken } from '../../app/auth.js';
import type { AppContext } from '../../app/context.js';
import { systemActor } from '../../domain/actor.js';

const cli = systemActor('cli');

/** Prints the secret alone on stdout, so `TOKEN=$(herald token create …)` works. */
export async function runTokenCreate(
  ctx: AppContext,
  options: { email: string; name: string; days?: string },
  log = (line: string) => console.log(line),
): Promise<void> {
  const days = options.days === undefined ? undefined : Number(options.days);
  if (days !== undefined && !(Number.isInteger(days) && days > 0))
    throw new Error(`--days must be a whole number of days, not "${options.days}"`);
  const created = await createApiToken(ctx, cli, {
    email: options.email,
    name: options.name,
    ...(days ? { expiresInDays: days } : {}),
  });
  log(created.token);
}

export async function runTokenList(
  ctx: AppContext,
  options: { email: string },
  log = (line: string) => console.log(line),
): Promise<void> {
  const tokens = await listApiTokens(ctx, cli, { email: options.email });
  if (!tokens.length) log(`${options.email} has no API tokens.`);
  for (const t of tokens) {
    const state = t.revoked_at
      ? `revoked ${t.revoked_at}`
      : t.expires_at
        ? `expires ${t.expires_at}`
        : 'does not expire';
    log(`${t.id}  ${t.name}  created ${t.created_at}  last used ${t.last_used_at ?? 'never'}  ${state}`);
  }
}

export async function runTokenRevoke(
  ctx: AppContext,
  id: string,
  log = (line: string) => console.log(line),
): Promise<void> {
  await revokeApiToken(ctx, cli, id);
  log(`Token ${id} is revoked.`);
}
