// Every route module, registered in one place so the API's surface can be read at a glance.
import type { AppContext } from '../../app/context.js';
import type { HeraldServer } from '../types.js';
import { registerHealthRoutes } from './health.js';
import { registerSessionRoutes } from './session.js';

export async function registerRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  registerHealthRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
}
