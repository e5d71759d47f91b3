// Operators write the Message Center: drafts, changes, publishing, attachments, release status.
import type { Static } from 'typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import type { MessageInput } from '../../../app/messages/insertMessage.js';
import {
  addAttachment,
  createMessage,
  deleteMessage,
  getMessage,
  listMessages,
  publishMessage,
  removeAttachment,
  updateMessage,
  type MessagePatch,
} from '../../../app/messages/manageMessages.js';
import { previewAudience } from '../../../app/messages/audiencePreview.js';
import { setMessageReleaseStatus } from '../../../app/messages/releaseStatus.js';
import type { HeraldServer } from '../../types.js';
import { presentAttachment, presentOperatorMessage } from '../../presenters/messages.js';
import {
  AudienceSchema,
  AttachmentInputSchema,
  AttachmentParams,
  AttachmentSchema,
  CreateMessageBody,
  MessageIdParams,
  MessagesQuery,
  OperatorMessageSchema,
  ReleaseStatusBody,
  Tag,
  UpdateMessageBody,
  AudiencePreviewSchema,
} from '../../../shared/contracts/messages.js';

const tags = ['message center (operators)'];
/** Room for ten 1 MiB attachments in base64 and the post itself. */
const CREATE_BODY_LIMIT = 16 * 1024 * 1024;

/** The API's Graph names to MessageInput's, for the fields whose names differ. */
const INPUT_NAME: Record<string, keyof MessagePatch> = {
  actionRequiredByDateTime: 'actionRequiredBy',
  startDateTime: 'startsAt',
  endDateTime: 'endsAt',
};

function patchOf(body: Static<typeof UpdateMessageBody>): MessagePatch {
  const patch: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) if (value !== undefined) patch[INPUT_NAME[name] ?? name] = value;
  return patch as MessagePatch;
}

function inputOf(b: Static<typeof CreateMessageBody>): MessageInput {
  return {
    title: b.title,
    body: b.body,
    category: b.category,
    severity: b.severity ?? 'normal',
    tags: b.tags ?? [],
    isMajorChange: b.isMajorChange ?? false,
    actionRequiredBy: b.actionRequiredByDateTime ?? null,
    services: b.services ?? [],
    startsAt: b.startDateTime,
    endsAt: b.endDateTime ?? null,
    audience: b.audience,
    details: b.details ?? [],
    releaseId: b.releaseId ?? null,
    attachments: b.attachments ?? [],
  };
}

export function registerOperatorMessageRoutes(app: HeraldServer, ctx: AppContext): void {
  app.post(
    '/api/messages/audience-preview',
    {
      schema: {
        tags,
        summary: 'Who a post would reach, before it is sent: tenants and people counted, the first ones named',
        body: Type.Object(
          {
            audience: AudienceSchema,
            isMajorChange: Type.Optional(Type.Boolean()),
            tags: Type.Optional(Type.Array(Tag)),
          },
          { additionalProperties: false },
        ),
        response: { 200: AudiencePreviewSchema },
      },
    },
    async (request) =>
      previewAudience(ctx, request.actor, {
        audience: request.body.audience,
        isMajorChange: request.body.isMajorChange ?? false,
        tags: request.body.tags ?? [],
      }),
  );

  app.get(
    '/api/messages',
    {
      schema: {
        tags,
        summary: 'Every post, drafts included, newest change first',
        querystring: MessagesQuery,
        response: { 200: Type.Object({ items: Type.Array(OperatorMessageSchema), total: Type.Integer() }) },
      },
    },
    async (request) => {
      const page = await listMessages(ctx, request.actor, request.query);
      return { items: page.items.map(presentOperatorMessage), total: page.total };
    },
  );

  app.post(
    '/api/messages',
    {
      bodyLimit: CREATE_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Write a draft post (publish it to show it, or give it a publishAt to publish it then)',
        body: CreateMessageBody,
        response: { 201: OperatorMessageSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentOperatorMessage(
            await createMessage(ctx, request.actor, inputOf(request.body), request.body.publishAt ?? null),
          ),
        ),
  );

  app.get(
    '/api/messages/:id',
    {
      schema: {
        tags,
        summary: 'A post with its audience, status and reception',
        params: MessageIdParams,
        response: { 200: OperatorMessageSchema },
      },
    },
    async (request) => presentOperatorMessage(await getMessage(ctx, request.actor, request.params.id)),
  );

  app.patch(
    '/api/messages/:id',
    {
      schema: {
        tags,
        summary:
          'Change a post; a material change to a published one tags it "Updated message" and tells its readers again',
        params: MessageIdParams,
        body: UpdateMessageBody,
        response: { 200: OperatorMessageSchema },
      },
    },
    async (request) =>
      presentOperatorMessage(await updateMessage(ctx, request.actor, request.params.id, patchOf(request.body))),
  );

  app.delete(
    '/api/messages/:id',
    { schema: { tags, summary: 'Delete a draft', params: MessageIdParams } },
    async (request, reply) => {
      await deleteMessage(ctx, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/messages/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft to its audience (message.published)',
        params: MessageIdParams,
        response: { 200: OperatorMessageSchema },
      },
    },
    async (request) => presentOperatorMessage(await publishMessage(ctx, request.actor, request.params.id)),
  );

  app.put(
    '/api/messages/:id/releaseStatus',
    {
      schema: {
        tags,
        summary: 'Set the release status of a post for some or all of its tenants (null: follow its dates)',
        params: MessageIdParams,
        body: ReleaseStatusBody,
        response: { 200: Type.Object({ tenantCount: Type.Integer() }) },
      },
    },
    async (request) => setMessageReleaseStatus(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/messages/:id/attachments',
    {
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Attach a small file (at most 1 MiB) to a post',
        params: MessageIdParams,
        body: AttachmentInputSchema,
        response: { 201: AttachmentSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentAttachment(await addAttachment(ctx, request.actor, request.params.id, request.body))),
  );

  app.delete(
    '/api/messages/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Remove an attachment', params: AttachmentParams } },
    async (request, reply) => {
      await removeAttachment(ctx, request.actor, request.params.id, request.params.attachmentId);
      return reply.code(204).send();
    },
  );
}
