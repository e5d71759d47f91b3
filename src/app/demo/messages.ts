import type { AppContext } from '../context.js';
import type { DemoDirectory } from './directory.js';

export async function seedDemoMessages(_ctx: AppContext, _directory: DemoDirectory): Promise<void> {}
