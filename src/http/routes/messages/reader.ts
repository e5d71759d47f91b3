// A reader's Message Center: their organization's posts with their own read / archived /
// favorite marks (the Graph actions, taking { messageIds } and answering { value: true }),
// sharing by email, relevance feedback, attachments; and the org admin's data-privacy readers.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { readAttachment } from '../../../app/messages/attachments.js';
import { grantPrivacyReader, listPrivacyReaders, revokePrivacyReader } from '../../../app/messages/privacyReaders.js';
import { getMyMessage, listMyMessages } from '../../../app/messages/readMessages.js';
import { shareMessage } from '../../../app/messages/share.js';
import {
  changeViewpoint,
  giveFeedback,
  VIEWPOINT_ACTIONS,
  type ViewpointAction,
} from '../../../app/messages/viewpoint.js';
import type { HeraldServer } from '../../types.js';
import { presentMessage } from '../../presenters/messages.js';
import {
  AttachmentParams,
  FeedbackBody,
  MessageIdParams,
  MessageIdsBody,
  MessageSchema,
  MyMessagesQuery,
  PrivacyReaderSchema,
  ShareBody,
  TenantParams,
  TenantPersonParams,
} from '../../../shared/contracts/messages.js';

const tags = ['message center'];

const contentDisposition = (name: string): string =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerReaderMessageRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/me/messages',
    {
      schema: {
        tags,
        summary:
          'Your organization’s posts, newest change first, filtered by service, tag, category and state, searched by words',
        querystring: MyMessagesQuery,
        response: { 200: Type.Object({ items: Type.Array(MessageSchema), total: Type.Integer() }) },
      },
    },
    async (request) => {
      const { service, tag, category, state, ...rest } = request.query;
      const page = await listMyMessages(ctx, request.actor, {
        ...rest,
        services: service,
        tags: tag,
        categories: category,
        states: state,
      });
      return { items: page.items.map(presentMessage), total: page.total };
    },
  );

  app.get(
    '/api/me/messages/:id',
    {
      schema: {
        tags,
        summary: 'One post (expired posts still open here for a while)',
        params: MessageIdParams,
        querystring: Type.Object({ tenantId: Type.Optional(Type.String()) }, { additionalProperties: false }),
        response: { 200: MessageSchema },
      },
    },
    async (request) =>
      presentMessage(await getMyMessage(ctx, request.actor, request.params.id, request.query.tenantId)),
  );

  for (const action of Object.keys(VIEWPOINT_ACTIONS) as ViewpointAction[]) {
    app.post(
      `/api/me/messages/${action}`,
      {
        schema: {
          tags,
          summary: `${action} posts for yourself; all or nothing, 404 naming a post you cannot see`,
          body: MessageIdsBody,
          response: { 200: Type.Object({ value: Type.Boolean() }) },
        },
      },
      async (request) => {
        await changeViewpoint(ctx, request.actor, action, request.body.messageIds);
        return { value: true };
      },
    );
  }

  app.post(
    '/api/me/messages/:id/share',
    {
      schema: {
        tags,
        summary: 'Email a post with a note to people of your organization',
        params: MessageIdParams,
        body: ShareBody,
        response: { 202: Type.Object({ sharedWith: Type.Array(Type.String()) }) },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await shareMessage(ctx, request.actor, request.params.id, request.body)),
  );

  app.put(
    '/api/me/messages/:id/feedback',
    {
      schema: {
        tags,
        summary: 'Say whether a post was relevant to you (null takes it back)',
        params: MessageIdParams,
        body: FeedbackBody,
        response: { 200: MessageSchema },
      },
    },
    async (request) => presentMessage(await giveFeedback(ctx, request.actor, request.params.id, request.body.feedback)),
  );

  app.get(
    '/api/messages/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attachment of a post you can see', params: AttachmentParams } },
    async (request, reply) => {
      const file = await readAttachment(ctx, request.actor, request.params.id, request.params.attachmentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.name))
        .send(file.content);
    },
  );

  app.get(
    '/api/tenants/:tenantId/messagePrivacyReaders',
    {
      schema: {
        tags,
        summary: 'Who may read the organization’s data-privacy posts besides its org admins',
        params: TenantParams,
        response: { 200: Type.Array(PrivacyReaderSchema) },
      },
    },
    async (request) => listPrivacyReaders(ctx, request.actor, request.params.tenantId),
  );

  app.put(
    '/api/tenants/:tenantId/messagePrivacyReaders/:personId',
    {
      schema: {
        tags,
        summary: 'Let a person of the organization read its data-privacy posts',
        params: TenantPersonParams,
        response: { 200: Type.Array(PrivacyReaderSchema) },
      },
    },
    async (request) => grantPrivacyReader(ctx, request.actor, request.params.tenantId, request.params.personId),
  );

  app.delete(
    '/api/tenants/:tenantId/messagePrivacyReaders/:personId',
    { schema: { tags, summary: 'Take back the data-privacy reader permission', params: TenantPersonParams } },
    async (request, reply) => {
      await revokePrivacyReader(ctx, request.actor, request.params.tenantId, request.params.personId);
      return reply.code(204).send();
    },
  );
}
