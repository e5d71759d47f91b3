import type { AppContext } from '../../app/context.js';

// Placeholder until its feature lands.
export async function runImport(_ctx: AppContext, _files: string[]): Promise<void> {
  throw new Error('not available yet');
}
