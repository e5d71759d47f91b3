// The "Sent mail" view: with no SMTP_URL, mail is kept in the database instead of sent, and an
// operator can read it here (what a new installation would have told whom).
import { isOperator, type Actor } from '../../domain/actor.js';
import { forbidden, unauthenticated } from '../../errors.js';
import type { SentMailTable } from '../../store/schema.js';
import { pageOf, type Page, type PageRequest } from '../directory/paging.js';
import type { AppContext } from '../context.js';

export async function listSentMail(ctx: AppContext, actor: Actor, filter: PageRequest & { to?: string }): Promise<Page<SentMailTable>> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isOperator(actor)) throw forbidden('Only operators read the mail Herald kept.');
  let query = ctx.database.db.selectFrom('sent_mail').selectAll();
  if (filter.to) query = query.where('mail_to', '=', filter.to.trim().toLowerCase());
  return pageOf(query.orderBy('created_at', 'desc').orderBy('id'), filter);
}
