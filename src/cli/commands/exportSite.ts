// `herald export-site <dir>`: writes the static backup status site (the status page, the
// Statuspage JSON, the feeds) to a folder on demand — the same files the server writes to
// STATIC_SITE_DIR on every change — for any static web server to serve while Herald is down.
import type { AppContext } from '../../app/context.js';
import { loadPublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { renderPublicSite, writeSite } from '../../http/pages/publicSite.js';

export async function exportSite(ctx: AppContext, dir: string): Promise<void> {
  const data = await loadPublicStatus(ctx.database.db, ctx.config, ctx.now());
  await writeSite(dir, renderPublicSite(data).files);
}
