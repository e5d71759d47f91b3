// A tenant's webhook endpoints, managed by its org admins.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhooks,
  rotateWebhookSecret,
  updateWebhook,
} from '../../../app/notifications/webhooks.js';
import type { HeraldServer } from '../../types.js';
import { TenantParams } from '../../../shared/contracts/directory.js';
import { presentWebhook } from '../../presenters/notifications.js';
import {
  CreatedWebhookSchema,
  WebhookSchema,
  RotateBody,
  WebhookBody,
  WebhookParams,
  WebhookPatch,
} from '../../../shared/contracts/notifications.js';

const tags = ['webhooks'];

export function registerWebhookRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/tenants/:tenantId/webhooks',
    {
      schema: {
        tags,
        summary: 'The tenant’s webhook endpoints',
        params: TenantParams,
        response: { 200: Type.Object({ items: Type.Array(WebhookSchema) }) },
      },
    },
    async (request) => ({
      items: (await listWebhooks(ctx, request.actor, request.params.tenantId)).map(presentWebhook),
    }),
  );

  app.post(
    '/api/tenants/:tenantId/webhooks',
    {
      schema: {
        tags,
        summary:
          'Register an endpoint for some event types; payloads are signed per Standard Webhooks with the secret returned (shown once)',
        params: TenantParams,
        body: WebhookBody,
        response: { 201: CreatedWebhookSchema },
      },
    },
    async (request, reply) => {
      const created = await createWebhook(ctx, request.actor, request.params.tenantId, request.body);
      return reply.code(201).send({ ...presentWebhook(created), secret: created.secret });
    },
  );

  app.get(
    '/api/tenants/:tenantId/webhooks/:id',
    { schema: { tags, summary: 'One webhook endpoint', params: WebhookParams, response: { 200: WebhookSchema } } },
    async (request) => presentWebhook(await getWebhook(ctx, request.actor, request.params.tenantId, request.params.id)),
  );

  app.patch(
    '/api/tenants/:tenantId/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change an endpoint; status "active" resumes a paused one',
        params: WebhookParams,
        body: WebhookPatch,
        response: { 200: WebhookSchema },
      },
    },
    async (request) =>
      presentWebhook(await updateWebhook(ctx, request.actor, request.params.tenantId, request.params.id, request.body)),
  );

  app.delete(
    '/api/tenants/:tenantId/webhooks/:id',
    { schema: { tags, summary: 'Delete an endpoint', params: WebhookParams } },
    async (request, reply) => {
      await deleteWebhook(ctx, request.actor, request.params.tenantId, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/tenants/:tenantId/webhooks/:id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'A new signing secret; the previous one also signs until the overlap ends',
        params: WebhookParams,
        body: RotateBody,
        response: {
          200: Type.Object({
            secret: Type.String(),
            previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
          }),
        },
      },
    },
    async (request) =>
      rotateWebhookSecret(
        ctx,
        request.actor,
        request.params.tenantId,
        request.params.id,
        request.body.overlapHours ?? 24,
      ),
  );
}
