// Operators translate a post: its title and body in another language (issue 15). Readers get the
// translation in their language from the reading routes and Graph.
import type { AppContext } from '../../../app/context.js';
import {
  listMessageTranslations,
  removeMessageTranslation,
  saveMessageTranslation,
} from '../../../app/translations/messageTranslations.js';
import {
  MessageIdParams,
  MessageTranslationBody,
  MessageTranslationSchema,
  MessageTranslationsSchema,
  TranslationParams,
} from '../../../shared/contracts/messages.js';
import { presentMessageTranslation } from '../../presenters/translations.js';
import type { HeraldServer } from '../../types.js';

const tags = ['message center (operators)'];

export function registerMessageTranslationRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/messages/:id/translations',
    {
      schema: {
        tags,
        summary: 'A post’s translations, each marked when the original changed after it was saved',
        params: MessageIdParams,
        response: { 200: MessageTranslationsSchema },
      },
    },
    async (request) => {
      const list = await listMessageTranslations(ctx, request.actor, request.params.id);
      return { originalLanguage: list.originalLanguage, items: list.items.map(presentMessageTranslation) };
    },
  );

  app.put(
    '/api/messages/:id/translations/:language',
    {
      schema: {
        tags,
        summary: 'Add or replace a post’s title and body in a language; its placeholders must be the original’s',
        params: TranslationParams,
        body: MessageTranslationBody,
        response: { 200: MessageTranslationSchema },
      },
    },
    async (request) =>
      presentMessageTranslation(
        await saveMessageTranslation(ctx, request.actor, request.params.id, request.params.language, request.body),
      ),
  );

  app.delete(
    '/api/messages/:id/translations/:language',
    { schema: { tags, summary: 'Remove a post’s translation', params: TranslationParams } },
    async (request, reply) => {
      await removeMessageTranslation(ctx, request.actor, request.params.id, request.params.language);
      return reply.code(204).send();
    },
  );
}
