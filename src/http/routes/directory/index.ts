// The directory's routes: regions and stations, services, tenants, environments, people and roles,
// additional recipients, API tokens, the audit log, "find your admin" and the bulk import.
import type { AppContext } from '../../../app/context.js';
import type { HeraldServer } from '../../types.js';
import { registerAuditLogRoutes } from './auditLog.js';
import { registerEnvironmentRoutes } from './environments.js';
import { registerFindAdminRoutes } from './findAdmin.js';
import { registerImportRoutes } from './import.js';
import { registerMemberRoutes } from './members.js';
import { registerPeopleRoutes } from './people.js';
import { registerRecipientRoutes } from './recipients.js';
import { registerRegionRoutes } from './regions.js';
import { registerServiceRoutes } from './services.js';
import { registerTenantRoutes } from './tenants.js';
import { registerTokenRoutes } from './tokens.js';

export async function registerDirectoryRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  registerRegionRoutes(app, ctx);
  registerServiceRoutes(app, ctx);
  registerTenantRoutes(app, ctx);
  registerEnvironmentRoutes(app, ctx);
  registerPeopleRoutes(app, ctx);
  registerRecipientRoutes(app, ctx);
  registerTokenRoutes(app, ctx);
  registerAuditLogRoutes(app, ctx);
  registerFindAdminRoutes(app, ctx);
  registerMemberRoutes(app, ctx);
  await registerImportRoutes(app, ctx);
}
