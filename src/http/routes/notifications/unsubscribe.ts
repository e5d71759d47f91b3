// The unsubscribe link of every email. GET shows a page that asks to confirm (link scanners and
// previews must not unsubscribe anyone); POST unsubscribes, and is also the RFC 8058 one-click
// request mail clients send (`List-Unsubscribe=One-Click`, form-encoded). Both answer with a small
// page; a link that was tampered with is a 400 that changes nothing.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../../app/context.js';
import { describeUnsubscribe, unsubscribe, type UnsubscribeView } from '../../../app/notifications/unsubscribe.js';
import type { NoticeCategory } from '../../../domain/policies.js';
import { HeraldError } from '../../../errors.js';
import { html, type Html } from '../../../html.js';
import type { HeraldServer } from '../../types.js';
import { TokenParams } from '../../../shared/contracts/notifications.js';

const tags = ['notifications'];

const WHAT: Record<NoticeCategory, string> = {
  incident: 'service incidents',
  advisory: 'service advisories',
  planned_maintenance: 'planned maintenance',
  unplanned_maintenance: 'unplanned maintenance',
  release: 'releases and updates',
  message_center: 'Message Center posts',
  lifecycle: 'getting started with your subscription',
  account: 'your account and requests',
};

function page(reply: FastifyReply, status: number, title: string, body: Html): FastifyReply {
  const markup = html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Herald</title></head>
<body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b"><h1 style="font-size:1.4rem">${title}</h1>${body}</body></html>`;
  return reply.code(status).type('text/html; charset=utf-8').send(markup.markup);
}

const criticalNote = html`<p>Critical notices (a major incident, unplanned maintenance, downtime) still reach you: they cannot be switched off.</p>`;

function answerError(reply: FastifyReply, err: unknown): FastifyReply {
  if (!(err instanceof HeraldError)) throw err;
  return page(
    reply,
    err.status,
    'This unsubscribe link does not work',
    html`<p>${err.message.replace(/^params\.token: /, 'The link ')}</p>`,
  );
}

const confirmation = (v: UnsubscribeView) =>
  html`<p>${v.email} no longer receives email about ${WHAT[v.category]}.</p>${criticalNote}<p>You can switch it on again in your notification preferences after signing in.</p>`;

export async function registerUnsubscribeRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  // Its own scope: only these routes accept the form-encoded body RFC 8058 prescribes.
  await app.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scoped.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );

    scoped.get(
      '/unsubscribe/:token',
      { schema: { tags, summary: 'The unsubscribe page of an email (asks to confirm)', params: TokenParams } },
      async (request, reply) => {
        try {
          const view = await describeUnsubscribe(ctx, request.params.token);
          if (view.unsubscribed) return page(reply, 200, 'Already unsubscribed', confirmation(view));
          return page(
            reply,
            200,
            'Unsubscribe?',
            html`<p>Stop sending email about ${WHAT[view.category]} to ${view.email}?</p>${criticalNote}<form method="post"><button type="submit" style="padding:.5rem 1rem">Unsubscribe</button></form>`,
          );
        } catch (err) {
          return answerError(reply, err);
        }
      },
    );

    // A link too long to be a token (cut, pasted twice, or longer than the router takes as a
    // parameter) gets the same page a tampered one does, not a 404 for the whole site or a 414.
    const notOurs = (reply: FastifyReply) =>
      page(
        reply,
        404,
        'This unsubscribe link does not work',
        html`<p>The link is not one Herald sent; it may have been cut short or changed. Use the link from the email, or change your preferences after signing in.</p>`,
      );
    scoped.get('/unsubscribe/*', { schema: { hide: true } }, async (_request, reply) => notOurs(reply));
    scoped.post('/unsubscribe/*', { schema: { hide: true }, config: { csrfExempt: true } }, async (_request, reply) =>
      notOurs(reply),
    );

    scoped.post(
      '/unsubscribe/:token',
      // The signed token proves the reader's intent, and the change is theirs whoever is signed in.
      {
        schema: { tags, summary: 'Unsubscribe (also the RFC 8058 one-click POST)', params: TokenParams },
        config: { csrfExempt: true },
      },
      async (request, reply) => {
        try {
          return page(reply, 200, 'Unsubscribed', confirmation(await unsubscribe(ctx, request.params.token)));
        } catch (err) {
          return answerError(reply, err);
        }
      },
    );
  });
}
