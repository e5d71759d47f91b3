// Change notices between nodes, over PostgreSQL LISTEN/NOTIFY. A command queues its notices with
// pg_notify inside its transaction; PostgreSQL delivers them when (and only if) it commits, to
// every node listening — including the sender, which already told its own listeners and so
// drops notices carrying its own node id. The notices are hints, as in-process: a node that
// misses one still catches up by polling (the public snapshot watches the audit log).
import { sql, type Transaction } from 'kysely';
import type { DB } from './schema.js';

export const CHANGE_CHANNEL = 'herald_change';

export interface ChangeMessage {
  topic: string;
  tenantIds: string[] | null;
}

/** A NOTIFY payload must stay under 8,000 bytes; tenant ids go in chunks well below that. */
const TENANTS_PER_NOTICE = 150;

function payloads(nodeId: string, notices: readonly ChangeMessage[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of notices) {
    const chunks =
      n.tenantIds === null
        ? [null]
        : Array.from({ length: Math.ceil(n.tenantIds.length / TENANTS_PER_NOTICE) }, (_, i) =>
            n.tenantIds!.slice(i * TENANTS_PER_NOTICE, (i + 1) * TENANTS_PER_NOTICE),
          );
    for (const tenantIds of chunks) {
      const payload = JSON.stringify({ node: nodeId, topic: n.topic, tenantIds });
      if (!seen.has(payload)) out.push(payload);
      seen.add(payload);
    }
  }
  return out;
}

/** Queues the notices in the transaction; other nodes hear them once it commits. PostgreSQL only. */
export async function notifyChanges(
  trx: Transaction<DB>,
  nodeId: string,
  notices: readonly ChangeMessage[],
): Promise<void> {
  for (const payload of payloads(nodeId, notices))
    await sql`select pg_notify(${CHANGE_CHANNEL}, ${payload})`.execute(trx);
}

/** A notice from another node, or null for this node's own notices and anything malformed. */
export function parseChange(payload: string, nodeId: string): ChangeMessage | null {
  try {
    const m = JSON.parse(payload) as { node?: unknown; topic?: unknown; tenantIds?: unknown };
    if (m.node === nodeId || typeof m.topic !== 'string') return null;
    const tenantIds =
      m.tenantIds === null
        ? null
        : Array.isArray(m.tenantIds) && m.tenantIds.every((t) => typeof t === 'string')
          ? (m.tenantIds as string[])
          : undefined;
    return tenantIds === undefined ? null : { topic: m.topic, tenantIds };
  } catch {
    return null;
  }
}
