import type { AppContext } from '../../../app/context.js';
import type { HeraldServer } from '../../types.js';
import { registerIdentitySettingsRoutes } from './settings.js';
import { registerSignInRoutes } from './signIn.js';

export function registerIdentityRoutes(app: HeraldServer, ctx: AppContext): void {
  registerSignInRoutes(app, ctx);
  registerIdentitySettingsRoutes(app, ctx);
}
