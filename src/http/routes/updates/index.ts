// Updates and maintenance: region windows, releases and rollouts, an environment's version and
// features, maintenance and the tenant's schedule, and the calendar feed.
import type { AppContext } from '../../../app/context.js';
import type { HeraldServer } from '../../types.js';
import { registerCalendarRoutes } from './calendar.js';
import { registerEnvironmentUpdateRoutes } from './environments.js';
import { registerMaintenanceRoutes } from './maintenance.js';
import { registerReleaseRoutes } from './releases.js';
import { registerReleaseTrainRoutes } from './releaseTrains.js';
import { registerVersionRoutes } from './versions.js';
import { registerWindowRoutes } from './windows.js';

export async function registerUpdatesRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  registerWindowRoutes(app, ctx);
  registerReleaseRoutes(app, ctx);
  registerReleaseTrainRoutes(app, ctx);
  registerVersionRoutes(app, ctx);
  registerEnvironmentUpdateRoutes(app, ctx);
  registerMaintenanceRoutes(app, ctx);
  registerCalendarRoutes(app, ctx);
}
