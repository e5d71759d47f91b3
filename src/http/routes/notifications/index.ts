// The notification engine's routes: your preferences, push subscriptions and in-app list; a
// tenant's webhooks; the delivery log and kept mail; the unsubscribe link.
import type { AppContext } from '../../../app/context.js';
import type { HeraldServer } from '../../types.js';
import { registerDeliveryLogRoutes } from './deliveryLog.js';
import { registerMeRoutes } from './me.js';
import { registerUnsubscribeRoutes } from './unsubscribe.js';
import { registerWebhookRoutes } from './webhooks.js';

export async function registerNotificationRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  registerMeRoutes(app, ctx);
  registerWebhookRoutes(app, ctx);
  registerDeliveryLogRoutes(app, ctx);
  await registerUnsubscribeRoutes(app, ctx);
}
