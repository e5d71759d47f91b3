// The audit log: operators read all of it, a tenant's org admins their tenant's entries.
import { listAuditLog } from '../../../app/audit.js';
import type { AppContext } from '../../../app/context.js';
import { presentAuditEntry } from '../../presenters/directory.js';
import { AuditEntrySchema, pageSchema, AuditLogQuery } from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

export function registerAuditLogRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/audit-log',
    {
      schema: {
        tags: ['directory'],
        summary: 'Who changed what and when, newest first',
        querystring: AuditLogQuery,
        response: { 200: pageSchema(AuditEntrySchema) },
      },
    },
    async (request) => {
      const page = await listAuditLog(ctx, request.actor, request.query);
      return { items: page.items.map(presentAuditEntry), total: page.total };
    },
  );
}
