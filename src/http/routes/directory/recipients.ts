// Additional recipients of a tenant's email ("Manage email notifications to admins"): org admins
// manage their own tenant's, by email address.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { addAdditionalRecipient, listRecipients, removeRecipient } from '../../../app/directory/people.js';
import { presentRecipient } from '../../presenters/directory.js';
import { RecipientSchema, RecipientBody, RecipientParams, TenantParams } from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

const tags = ['directory'];

export function registerRecipientRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/tenants/:tenantId/recipients',
    {
      schema: {
        tags,
        summary: 'Who else receives this tenant’s email (org admins)',
        params: TenantParams,
        response: { 200: Type.Array(RecipientSchema) },
      },
    },
    async (request) => (await listRecipients(ctx, request.actor, request.params.tenantId)).map(presentRecipient),
  );

  app.post(
    '/api/tenants/:tenantId/recipients',
    {
      schema: {
        tags,
        summary: 'Add an address that also receives some categories of email',
        params: TenantParams,
        body: RecipientBody,
        response: { 201: RecipientSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentRecipient(await addAdditionalRecipient(ctx, request.actor, request.params.tenantId, request.body)),
        ),
  );

  app.delete(
    '/api/tenants/:tenantId/recipients/:roleId',
    { schema: { tags, summary: 'Stop sending to an additional recipient', params: RecipientParams } },
    async (request, reply) => {
      await removeRecipient(ctx, request.actor, request.params.tenantId, request.params.roleId);
      return reply.code(204).send();
    },
  );
}
