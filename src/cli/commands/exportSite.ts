// `herald export-site <dir>`: writes the static backup status site (the status page, the
// Statuspage JSON, the feeds; the provider's language at the root, every language in a folder) to a folder on demand — the same files the server writes to
// STATIC_SITE_DIR on every change — for any static web server to serve while Herald is down.
import type { AppContext } from '../../app/context.js';
import { loadPublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { renderStaticSite, writeSite } from '../../http/pages/publicSite.js';

export async function exportSite(ctx: AppContext, dir: string): Promise<void> {
  const data = await loadPublicStatus(ctx.database.db, ctx.config, ctx.now());
  await writeSite(dir, renderStaticSite(data, ctx.config.defaultLocale));
}
