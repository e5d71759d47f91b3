import type { AppContext } from '../../../app/context.js';
import type { HeraldServer } from '../../types.js';

export async function registerMessageRoutes(_app: HeraldServer, _ctx: AppContext): Promise<void> {}
