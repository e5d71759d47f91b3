// Graph serviceAnnouncementAttachment: a post's attachments, one attachment, its bytes
// (…/content), and all of them in one zip (…/attachmentsArchive, built with yazl).
import { Type } from 'typebox';
import yazl from 'yazl';
import type { AppContext } from '../../../app/context.js';
import { readAttachment, type AttachmentContent } from '../../../app/messages/attachments.js';
import { graphEnglish, HeraldError, notFound } from '../../../errors.js';
import {
  ATTACHMENT_FIELDS,
  GraphAttachmentSchema,
  GraphCollectionSchema,
  GraphEntitySchema,
  presentGraphAttachment,
  selectableOf,
  type GraphAttachment,
} from '../../presenters/graph.js';
import type { HeraldServer } from '../../types.js';
import {
  answerCollection,
  answerEntity,
  CollectionQuerySchema,
  EntityQuerySchema,
  parseCollectionQuery,
} from './collection.js';
import { MessageParams, tenantMessage } from './messages.js';
import { graphCaller } from './tenant.js';

const tags = ['Microsoft Graph: message center'];
const security = [{ bearer: [] }];
const AttachmentParams = Type.Object({ ...MessageParams.properties, attachmentId: Type.String({ maxLength: 40 }) });
const SELECTABLE = selectableOf(GraphAttachmentSchema);

/** `attachment; filename=…` that survives any name: ASCII fallback plus the UTF-8 original. */
const contentDisposition = (name: string): string =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** One zip entry per file; a name used twice gets " (2)" before its extension. */
function zipOf(files: (AttachmentContent & { modifiedAt: string })[]): NodeJS.ReadableStream {
  const zip = new yazl.ZipFile();
  const used = new Set<string>();
  for (const f of files) {
    let name = f.name.replace(/[\\/]/g, '_');
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = f.name.replace(/[\\/]/g, '_').replace(/(\.[^.]*)?$/, ` (${n})$1`);
    used.add(name.toLowerCase());
    zip.addBuffer(f.content, name, { mtime: new Date(f.modifiedAt) });
  }
  zip.end();
  return zip.outputStream;
}

export function registerGraphAttachmentRoutes(graph: HeraldServer, ctx: AppContext): void {
  graph.get(
    '/messages/:id/attachments',
    {
      schema: {
        tags,
        security,
        summary: 'The attachments of a post',
        params: MessageParams,
        querystring: CollectionQuerySchema,
        response: { 200: GraphCollectionSchema(GraphAttachmentSchema) },
      },
    },
    async (request, reply) => {
      const caller = graphCaller(request);
      const message = await tenantMessage(ctx, caller, request.params.id);
      const q = parseCollectionQuery<GraphAttachment>(request, request.query, ATTACHMENT_FIELDS, SELECTABLE);
      return answerCollection(
        request,
        reply,
        message.attachments.map(presentGraphAttachment),
        q,
        `messages('${message.message.id}')/attachments`,
      );
    },
  );

  graph.get(
    '/messages/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        security,
        summary: 'One attachment of a post',
        params: AttachmentParams,
        querystring: EntityQuerySchema,
        response: { 200: GraphEntitySchema(GraphAttachmentSchema) },
      },
    },
    async (request) => {
      const caller = graphCaller(request);
      const message = await tenantMessage(ctx, caller, request.params.id);
      const attachment = message.attachments.find((a) => a.id === request.params.attachmentId);
      if (!attachment) throw notFound('attachment', request.params.attachmentId);
      return answerEntity(
        request,
        presentGraphAttachment(attachment),
        `messages('${message.message.id}')/attachments`,
        request.query.$select,
        SELECTABLE,
      );
    },
  );

  graph.get(
    '/messages/:id/attachments/:attachmentId/content',
    { schema: { tags, security, summary: 'The bytes of one attachment', params: AttachmentParams } },
    async (request, reply) => {
      const caller = graphCaller(request);
      await tenantMessage(ctx, caller, request.params.id);
      const file = await readAttachment(ctx, caller.actor, request.params.id, request.params.attachmentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.name))
        .send(file.content);
    },
  );

  graph.get(
    '/messages/:id/attachmentsArchive',
    { schema: { tags, security, summary: 'Every attachment of a post in one zip file', params: MessageParams } },
    async (request, reply) => {
      const caller = graphCaller(request);
      const message = await tenantMessage(ctx, caller, request.params.id);
      if (!message.attachments.length)
        throw new HeraldError('HERALD_NOT_FOUND', graphEnglish(`Message ${message.message.id} has no attachments.`));
      const files = await Promise.all(
        message.attachments.map(async (a) => ({
          ...(await readAttachment(ctx, caller.actor, message.message.id, a.id)),
          modifiedAt: a.createdAt,
        })),
      );
      return reply
        .type('application/zip')
        .header('content-disposition', contentDisposition(`${message.message.id}-attachments.zip`))
        .send(zipOf(files));
    },
  );
}
