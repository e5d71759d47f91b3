// Every route module, registered in one place so the API's surface can be read at a glance.
import type { AppContext } from '../../app/context.js';
import type { HeraldServer } from '../types.js';
import { registerConsoleRoutes } from './console.js';
import { registerDirectoryRoutes } from './directory/index.js';
import { registerGraphRoutes } from './graph/index.js';
import { registerHealthRoutes } from './health.js';
import { registerIdentityRoutes } from './identity/index.js';
import { registerLiveRoutes } from './live.js';
import { registerMessageRoutes } from './messages/index.js';
import { registerNotificationRoutes } from './notifications/index.js';
import { registerRehearsalRoutes } from './rehearsal/index.js';
import { registerScimRoutes } from './scim/index.js';
import { registerServiceHealthRoutes } from './serviceHealth/index.js';
import { registerSessionRoutes } from './session.js';
import { registerSubscriberRoutes } from './subscribers/index.js';
import { registerTeamRoutes } from './teams/index.js';
import { registerUpdatesRoutes } from './updates/index.js';

export async function registerRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  registerHealthRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerIdentityRoutes(app, ctx);
  await registerDirectoryRoutes(app, ctx);
  await registerNotificationRoutes(app, ctx);
  await registerServiceHealthRoutes(app, ctx);
  await registerUpdatesRoutes(app, ctx);
  await registerMessageRoutes(app, ctx);
  registerTeamRoutes(app, ctx);
  registerRehearsalRoutes(app, ctx);
  await registerGraphRoutes(app, ctx);
  await registerScimRoutes(app, ctx);
  await registerSubscriberRoutes(app, ctx);
  registerLiveRoutes(app, ctx);
  await registerConsoleRoutes(app, ctx);
}
