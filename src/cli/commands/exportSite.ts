import type { AppContext } from '../../app/context.js';

// Placeholder until its feature lands.
export async function exportSite(_ctx: AppContext, _dir: string): Promise<void> {
  throw new Error('not available yet');
}
