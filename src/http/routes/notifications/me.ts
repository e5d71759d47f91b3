// A person's own notification settings and notifications: preferences, push subscriptions (the
// console installed on a phone) and the in-app list.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { listInbox, markRead } from '../../../app/notifications/inbox.js';
import { getPreferences, setPreferences } from '../../../app/notifications/preferences.js';
import {
  addPushSubscription,
  listPushSubscriptions,
  removePushSubscription,
  vapidPublicKey,
} from '../../../app/notifications/pushSubscriptions.js';
import type { HeraldServer } from '../../types.js';
import { IdParams } from '../../../shared/contracts/directory.js';
import {
  presentInbox,
  presentPreferences,
  presentPushSubscription,
  presentPushSubscriptions,
} from '../../presenters/notifications.js';
import {
  InboxSchema,
  PreferencesSchema,
  PushSubscriptionSchema,
  PushSubscriptionsSchema,
  InboxQuery,
  MarkReadBody,
  PreferencesBody,
  PushSubscriptionBody,
} from '../../../shared/contracts/notifications.js';

const tags = ['notifications'];

export function registerMeRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/me/preferences',
    {
      schema: {
        tags,
        summary: 'Your notification preferences, per category and channel',
        response: { 200: PreferencesSchema },
      },
    },
    async (request) => presentPreferences(await getPreferences(ctx, request.actor)),
  );

  app.put(
    '/api/me/preferences',
    {
      schema: {
        tags,
        summary: 'Switch channels on or off per category (critical notices still arrive)',
        body: PreferencesBody,
        response: { 200: PreferencesSchema },
      },
    },
    async (request) => presentPreferences(await setPreferences(ctx, request.actor, request.body.preferences)),
  );

  app.get(
    '/api/me/notifications',
    {
      schema: {
        tags,
        summary: 'Your in-app notifications, newest first, with the unread count',
        querystring: InboxQuery,
        response: { 200: InboxSchema },
      },
    },
    async (request) => presentInbox(await listInbox(ctx, request.actor, request.query)),
  );

  app.post(
    '/api/me/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark notifications read (by id, or all)',
        body: MarkReadBody,
        response: { 200: Type.Object({ unreadCount: Type.Integer() }) },
      },
    },
    async (request) => ({ unreadCount: await markRead(ctx, request.actor, request.body) }),
  );

  app.get(
    '/api/push/vapid-public-key',
    {
      schema: {
        tags,
        summary: 'The VAPID public key a browser subscribes to push with',
        response: { 200: Type.Object({ publicKey: Type.String() }) },
      },
    },
    async (request) => ({
      publicKey: await vapidPublicKey(ctx, request.actor),
    }),
  );

  app.get(
    '/api/me/push-subscriptions',
    {
      schema: {
        tags,
        summary: 'Your browsers and phones that receive push',
        response: { 200: PushSubscriptionsSchema },
      },
    },
    async (request) => presentPushSubscriptions(await listPushSubscriptions(ctx, request.actor)),
  );

  app.post(
    '/api/me/push-subscriptions',
    {
      schema: {
        tags,
        summary: 'Receive push on this browser or phone (the PushSubscription from the browser)',
        body: PushSubscriptionBody,
        response: { 201: PushSubscriptionSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentPushSubscription(await addPushSubscription(ctx, request.actor, request.body))),
  );

  app.delete(
    '/api/me/push-subscriptions/:id',
    { schema: { tags, summary: 'Stop push to one browser or phone', params: IdParams } },
    async (request, reply) => {
      await removePushSubscription(ctx, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
