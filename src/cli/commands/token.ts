// `herald token create|list|revoke`: personal API tokens, handled by the CLI as the system (it runs
// on the server, with the database's own rights). The same use cases as /api/tokens.
import { createApiToken, listApiTokens, revokeApiToken } from '../../app/auth.js';
import type { AppContext } from '../../app/context.js';
import { systemActor } from '../../domain/actor.js';
import type { Translator } from '../../i18n/translator.js';
import { operatorTranslator } from '../language.js';

const cli = systemActor('cli');

/** Prints the secret alone on stdout, so `TOKEN=$(herald token create …)` works. */
export async function runTokenCreate(
  ctx: AppContext,
  options: { email: string; name: string; days?: string },
  log = (line: string) => console.log(line),
  tr: Translator = operatorTranslator(),
): Promise<void> {
  const days = options.days === undefined ? undefined : Number(options.days);
  if (days !== undefined && !(Number.isInteger(days) && days > 0))
    throw new Error(tr.t('cli.token.badDays', { days: String(options.days) }));
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
  tr: Translator = operatorTranslator(),
): Promise<void> {
  const tokens = await listApiTokens(ctx, cli, { email: options.email });
  if (!tokens.length) log(tr.t('cli.token.none', { email: options.email }));
  for (const t of tokens) {
    log(
      tr.t('cli.token.line', {
        id: t.id,
        name: t.name,
        created: t.created_at,
        used: t.last_used_at ?? 'never',
        state: t.revoked_at ? 'revoked' : t.expires_at ? 'expires' : 'never',
        at: t.revoked_at ?? t.expires_at ?? '',
      }),
    );
  }
}

export async function runTokenRevoke(
  ctx: AppContext,
  id: string,
  log = (line: string) => console.log(line),
  tr: Translator = operatorTranslator(),
): Promise<void> {
  await revokeApiToken(ctx, cli, id);
  log(tr.t('cli.token.revoked', { id }));
}
