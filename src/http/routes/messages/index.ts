// The Message Center's routes: operators write posts (/api/messages), readers read and mark them
// (/api/me/messages), org admins choose their data-privacy readers.
import type { AppContext } from '../../../app/context.js';
import type { HeraldServer } from '../../types.js';
import { registerOperatorMessageRoutes } from './operator.js';
import { registerReaderMessageRoutes } from './reader.js';
import { registerMessageTranslationRoutes } from './translations.js';

export async function registerMessageRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  registerOperatorMessageRoutes(app, ctx);
  registerReaderMessageRoutes(app, ctx);
  registerMessageTranslationRoutes(app, ctx);
}
