// Changes made on other nodes, heard through PostgreSQL LISTEN/NOTIFY and told to this node's own
// listeners (the public snapshot, /api/live streams) as if they had happened here. SQLite is one
// process: there is nothing to hear. The snapshot's polling stays as the fallback.
import { CHANGE_CHANNEL, parseChange } from '../store/changeChannel.js';
import { listen, type Listening } from '../store/listen.js';
import type { AppContext } from './context.js';

export function startChangeFeed(ctx: AppContext, log: { warn(obj: object, msg: string): void }): Listening | null {
  if (ctx.database.dialect !== 'postgres') return null;
  return listen(ctx.database.url, CHANGE_CHANNEL, {
    onPayload(payload) {
      const notice = parseChange(payload, ctx.nodeId);
      if (notice) ctx.signals.emit('change', notice);
    },
    // Notices sent while the connection was down are lost: rebuild the public snapshot now.
    onReconnect: () => ctx.signals.emit('change', { topic: 'resync', tenantIds: null }),
    onError: (err) => log.warn({ err }, 'change feed: the LISTEN connection failed; reconnecting'),
  });
}
