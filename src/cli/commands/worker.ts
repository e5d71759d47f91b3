import type { AppContext } from '../../app/context.js';

// Placeholder until its feature lands.
export async function runWorker(_ctx: AppContext): Promise<void> {
  throw new Error('not available yet');
}
