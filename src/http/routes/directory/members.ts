// End users (members): their small view, and the tenant setting that decides what it shows.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { getMemberSettings, getMemberView, setMemberSettings } from '../../../app/members/memberView.js';
import type { HeraldServer } from '../../types.js';
import { TenantParams, MemberEnvironmentSchema, MemberSettingsSchema } from '../../../shared/contracts/directory.js';

const tags = ['directory'];
export function registerMemberRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/me/environments',
    {
      schema: {
        tags,
        summary: 'The environments you are a member of; their health when your tenant lets members see it',
        response: { 200: Type.Array(MemberEnvironmentSchema) },
      },
    },
    async (request) => getMemberView(ctx, request.actor),
  );
  app.get(
    '/api/tenants/:tenantId/member-settings',
    {
      schema: {
        tags,
        summary: 'What the tenant’s members see (org admins)',
        params: TenantParams,
        response: { 200: MemberSettingsSchema },
      },
    },
    async (request) => getMemberSettings(ctx, request.actor, request.params.tenantId),
  );
  app.put(
    '/api/tenants/:tenantId/member-settings',
    {
      schema: {
        tags,
        summary: 'Decide what the tenant’s members see (org admins)',
        params: TenantParams,
        body: MemberSettingsSchema,
        response: { 200: MemberSettingsSchema },
      },
    },
    async (request) => setMemberSettings(ctx, request.actor, request.params.tenantId, request.body),
  );
}
