// `herald operator add|list|remove|link`: the provider's operators, from the server's shell (as
// the system). How an installation without demo data gets its first operator.
import type { AppContext } from '../../app/context.js';
import { addOperator, listOperators, operatorSignInLink, removeOperator } from '../../app/directory/operators.js';
import { systemActor } from '../../domain/actor.js';
import type { Translator } from '../../i18n/translator.js';
import { operatorTranslator } from '../language.js';

const cli = systemActor('cli');
type Log = (line: string) => void;
const print: Log = (line) => console.log(line);

export async function runOperatorAdd(
  ctx: AppContext,
  options: { email: string; name?: string },
  log: Log = print,
  tr: Translator = operatorTranslator(),
): Promise<void> {
  const { operator, link } = await addOperator(ctx, cli, options);
  log(tr.t('cli.operator.added', { email: operator.email, expiresAt: link.expiresAt }));
  log(link.url);
}

export async function runOperatorLink(
  ctx: AppContext,
  options: { email: string },
  log: Log = print,
  tr: Translator = operatorTranslator(),
): Promise<void> {
  const link = await operatorSignInLink(ctx, cli, options.email);
  log(tr.t('cli.operator.newLink', { email: options.email.trim().toLowerCase(), expiresAt: link.expiresAt }));
  log(link.url);
}

export async function runOperatorList(
  ctx: AppContext,
  log: Log = print,
  tr: Translator = operatorTranslator(),
): Promise<void> {
  const operators = await listOperators(ctx, cli);
  if (!operators.length) log(tr.t('cli.operator.none'));
  for (const o of operators)
    log(
      tr.t('cli.operator.line', {
        email: o.email,
        name: o.name,
        since: o.since,
        password: o.hasPassword ? 'set' : 'none',
      }),
    );
}

export async function runOperatorRemove(
  ctx: AppContext,
  options: { email: string },
  log: Log = print,
  tr: Translator = operatorTranslator(),
): Promise<void> {
  await removeOperator(ctx, cli, options.email);
  log(tr.t('cli.operator.removed', { email: options.email.trim().toLowerCase() }));
}
