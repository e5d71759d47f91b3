import type { AppContext } from '../context.js';
import type { DemoDirectory } from './directory.js';

export async function seedDemoServiceHealth(_ctx: AppContext, _directory: DemoDirectory): Promise<void> {}
