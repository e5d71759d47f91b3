// Subscriptions to the public status page: the form (GET/POST /subscribe), the links in
// subscribers' mail (/subscriptions/confirm|manage|unsubscribe/:token), and the operators' API
// (/api/subscribers…). The public pages are plain HTML forms; POST /subscribe also takes JSON.
// GET pages only show and ask (link scanners follow links); a POST changes. The one-click POST
// of RFC 8058 (`List-Unsubscribe=One-Click`) is answered 200 with no page.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { getBranding } from '../../../app/branding.js';
import type { AppContext } from '../../../app/context.js';
import {
  exportSubscribersCsv,
  listSubscribers,
  removeSubscriber,
  subscriberSummary,
} from '../../../app/subscribers/operator.js';
import {
  changeSubscription,
  confirmSubscription,
  describeConfirmation,
  describeSubscription,
  subscribableComponents,
  subscribe,
  unsubscribeSubscriber,
} from '../../../app/subscribers/subscriptions.js';
import type { SubscriberChoice } from '../../../domain/subscribers.js';
import { HeraldError } from '../../../errors.js';
import { html, type Html } from '../../../html.js';
import { translator, type MessageKey, type Translator } from '../../../i18n/translator.js';
import { visitorLocale } from '../../language.js';
import { manageForm, subscribeForm, subscriptionPage } from '../../pages/subscribe.js';
import type { HeraldServer } from '../../types.js';
import { SubscribeBody, ChoiceBody, TokenParams } from '../../../shared/contracts/subscribers.js';

const tags = ['subscribers'];
const strict = { additionalProperties: false } as const;

type ChoiceInput = { everything?: boolean | string; regions?: string[]; services?: string[] };
const choiceOf = (b: ChoiceInput | undefined): SubscriberChoice => ({
  everything: b?.everything === true || b?.everything === 'on' || b?.everything === 'true',
  regions: b?.regions ?? [],
  services: b?.services ?? [],
});

const isForm = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

export const SUBSCRIBE_ANSWER =
  'Thank you. If this address can receive updates, a message is on its way: use its link to confirm. Nothing else is sent until then.';

export async function registerSubscriberRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  const words = (request: FastifyRequest): Translator => translator(visitorLocale(request, ctx.config.defaultLocale));
  /** A page in the visitor's language: `body` is given its translator. */
  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    title: MessageKey,
    body: (t: Translator) => Html,
  ) => {
    const t = words(request);
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-language', t.locale)
      .header('vary', 'accept-language')
      .send(subscriptionPage(await getBranding(ctx.database.db, ctx.config), t.t(title), body(t), t));
  };
  const brokenLink = (request: FastifyRequest, reply: FastifyReply, err: unknown) => {
    if (!(err instanceof HeraldError)) throw err;
    return page(
      request,
      reply,
      err.status,
      err.status === 409 ? 'subscribe.linkUsed' : 'subscribe.linkBroken',
      (t) =>
        html`<p>${err.message.replace(/^token: /, 'The link ')}</p><p><a href="/subscribe?lang=${t.locale}">${t.t('subscribe.again')}</a></p>`,
    );
  };
  const PUBLIC = { public: true, csrfExempt: true } as const;

  await app.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // HTML forms send checkboxes as repeated fields: every name but the address becomes a list.
    scoped.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_request, body, done) => {
        const params = new URLSearchParams(body as string);
        const out: Record<string, string | string[]> = {};
        for (const key of new Set(params.keys()))
          out[key] = key === 'regions' || key === 'services' ? params.getAll(key) : params.get(key)!;
        done(null, out);
      },
    );

    scoped.get(
      '/subscribe',
      { schema: { tags, summary: 'The subscribe form of the status page', security: [] }, config: PUBLIC },
      async (request, reply) => {
        const components = await subscribableComponents(ctx);
        return page(request, reply, 200, 'subscribe.title', (t) => subscribeForm(components, t));
      },
    );

    scoped.post(
      '/subscribe',
      {
        schema: {
          tags,
          summary:
            'Public: subscribe an email address, or a webhook, Slack or Teams URL (the same answer whether or not it was already subscribed)',
          security: [],
          body: SubscribeBody,
        },
        config: { ...PUBLIC, rateLimit: { max: ctx.config.subscribeRequestsPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const choice = choiceOf(request.body);
        try {
          await subscribe(ctx, {
            email: request.body.email,
            url: request.body.url,
            format: request.body.format,
            // The language the form was shown in (its action keeps `?lang=`), or the caller's Accept-Language.
            locale: visitorLocale(request, ctx.config.defaultLocale),
            ...choice,
          });
        } catch (err) {
          if (!isForm(request) || !(err instanceof HeraldError) || !err.problems?.length) throw err;
          const components = await subscribableComponents(ctx);
          return page(request, reply, err.status, 'subscribe.title', (t) =>
            subscribeForm(
              components,
              t,
              { field: err.problems[0]!.field, message: t.words(err.problems[0]!.message) },
              {
                email: request.body.email,
                url: request.body.url,
                format: request.body.format,
                ...choice,
              },
            ),
          );
        }
        if (isForm(request))
          return page(request, reply, 200, 'subscribe.answerTitle', (t) => html`<p>${t.t('subscribe.answer')}</p>`);
        return reply.code(202).send({ message: SUBSCRIBE_ANSWER });
      },
    );

    scoped.get(
      '/subscriptions/confirm/:token',
      {
        schema: { tags, summary: 'A confirmation link (asks to confirm)', params: TokenParams, security: [] },
        config: PUBLIC,
      },
      async (request, reply) => {
        try {
          const view = await describeConfirmation(ctx, request.params.token);
          return page(
            request,
            reply,
            200,
            'subscribe.confirmTitle',
            (t) =>
              html`<p>${t.html('subscribe.confirmQuestion', { address: html`<strong>${view.address}</strong>` })}</p><form method="post" action="?lang=${t.locale}"><button type="submit">${t.t('subscribe.confirmButton')}</button></form>`,
          );
        } catch (err) {
          return brokenLink(request, reply, err);
        }
      },
    );
    scoped.post(
      '/subscriptions/confirm/:token',
      { schema: { tags, summary: 'Confirm a subscription', params: TokenParams, security: [] }, config: PUBLIC },
      async (request, reply) => {
        try {
          const { view, manageToken } = await confirmSubscription(ctx, request.params.token);
          const components = await subscribableComponents(ctx);
          return page(request, reply, 200, 'subscribe.confirmedTitle', (t) =>
            manageForm(
              components,
              view.address,
              view.choice,
              view.locale ?? ctx.config.defaultLocale,
              manageToken,
              t,
              t.t('subscribe.confirmed'),
            ),
          );
        } catch (err) {
          return brokenLink(request, reply, err);
        }
      },
    );

    scoped.get(
      '/subscriptions/manage/:token',
      {
        schema: { tags, summary: 'The manage page of a subscription', params: TokenParams, security: [] },
        config: PUBLIC,
      },
      async (request, reply) => {
        try {
          const view = await describeSubscription(ctx, request.params.token);
          const components = await subscribableComponents(ctx);
          return page(request, reply, 200, 'subscribe.manageTitle', (t) =>
            manageForm(
              components,
              view.address,
              view.choice,
              view.locale ?? ctx.config.defaultLocale,
              request.params.token,
              t,
            ),
          );
        } catch (err) {
          return brokenLink(request, reply, err);
        }
      },
    );
    scoped.post(
      '/subscriptions/manage/:token',
      {
        schema: {
          tags,
          summary: 'Change what a subscription receives',
          params: TokenParams,
          body: ChoiceBody,
          security: [],
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        try {
          const view = await changeSubscription(ctx, request.params.token, {
            ...choiceOf(request.body),
            locale: request.body.locale,
          });
          const components = await subscribableComponents(ctx);
          return page(request, reply, 200, 'subscribe.manageTitle', (t) =>
            manageForm(
              components,
              view.address,
              view.choice,
              view.locale ?? ctx.config.defaultLocale,
              request.params.token,
              t,
              t.t('subscribe.saved'),
            ),
          );
        } catch (err) {
          if (err instanceof HeraldError && err.status === 400 && err.problems?.[0]?.field !== 'token') {
            const view = await describeSubscription(ctx, request.params.token);
            const components = await subscribableComponents(ctx);
            return page(request, reply, 400, 'subscribe.manageTitle', (t) =>
              manageForm(
                components,
                view.address,
                choiceOf(request.body),
                view.locale ?? ctx.config.defaultLocale,
                request.params.token,
                t,
                `${err.problems?.[0]?.field}: ${err.problems?.[0]?.message}`,
              ),
            );
          }
          return brokenLink(request, reply, err);
        }
      },
    );

    scoped.get(
      '/subscriptions/unsubscribe/:token',
      {
        schema: { tags, summary: 'The unsubscribe link (asks to confirm)', params: TokenParams, security: [] },
        config: PUBLIC,
      },
      async (request, reply) => {
        try {
          const view = await describeSubscription(ctx, request.params.token);
          return page(
            request,
            reply,
            200,
            'subscribe.unsubscribeTitle',
            (t) =>
              html`<p>${t.html('subscribe.unsubscribeQuestion', { address: html`<strong>${view.address}</strong>` })}</p><form method="post" action="?lang=${t.locale}"><button type="submit">${t.t('subscribe.unsubscribe')}</button></form>`,
          );
        } catch (err) {
          if (err instanceof HeraldError && err.status === 404)
            return page(
              request,
              reply,
              200,
              'subscribe.unsubscribedTitle',
              (t) => html`<p>${t.t('subscribe.unsubscribed')}</p>`,
            );
          return brokenLink(request, reply, err);
        }
      },
    );
    scoped.post(
      '/subscriptions/unsubscribe/:token',
      {
        schema: {
          tags,
          summary: 'Unsubscribe (also the RFC 8058 one-click POST, answered 200 with no page)',
          params: TokenParams,
          body: Type.Optional(ChoiceBody),
          security: [],
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        try {
          await unsubscribeSubscriber(ctx, request.params.token);
        } catch (err) {
          return brokenLink(request, reply, err);
        }
        if (request.body?.['List-Unsubscribe'] === 'One-Click') return reply.code(200).send();
        return page(
          request,
          reply,
          200,
          'subscribe.unsubscribedTitle',
          (t) =>
            html`<p>${t.t('subscribe.unsubscribed')}</p><p><a href="/subscribe?lang=${t.locale}">${t.t('subscribe.again')}</a></p>`,
        );
      },
    );
  });

  // Operators.
  const opTags = ['subscribers'];
  app.get(
    '/api/subscribers/summary',
    { schema: { tags: opTags, summary: 'Subscribers per region and service (operators)' } },
    async (request) => subscriberSummary(ctx, request.actor),
  );
  app.get(
    '/api/subscribers',
    {
      schema: {
        tags: opTags,
        summary: 'Subscribers, oldest first (operators)',
        querystring: Type.Object(
          {
            search: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          },
          strict,
        ),
      },
    },
    async (request) => ({
      items: await listSubscribers(ctx, request.actor, {
        search: request.query.search,
        limit: request.query.limit ?? 100,
      }),
    }),
  );
  app.get(
    '/api/subscribers/export.csv',
    { schema: { tags: opTags, summary: 'Every subscriber as CSV (operators)' } },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="subscribers.csv"')
        .send(await exportSubscribersCsv(ctx, request.actor)),
  );
  app.delete(
    '/api/subscribers/:id',
    {
      schema: {
        tags: opTags,
        summary: 'Remove a subscriber (operators)',
        params: Type.Object({ id: Type.String({ maxLength: 40 }) }, strict),
      },
    },
    async (request, reply) => {
      await removeSubscriber(ctx, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
