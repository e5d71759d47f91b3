// End users (members): their small view, and the tenant setting that decides what it shows.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { getMemberSettings, getMemberView, setMemberSettings } from '../../../app/members/memberView.js';
import type { HeraldServer } from '../../types.js';
import { TenantParams } from './schemas.js';

const tags = ['directory'];
const Nullable = <T extends ReturnType<typeof Type.Object>>(t: T) => Type.Union([t, Type.Null()]);

const MemberEnvironmentSchema = Type.Object({
  environmentId: Type.String(),
  name: Type.String(),
  url: Type.String(),
  region: Type.String(),
  tenantName: Type.String(),
  health: Nullable(
    Type.Object({
      status: Type.Union([Type.Literal('healthy'), Type.Literal('incident'), Type.Literal('maintenance')]),
      incidents: Type.Array(
        Type.Object({ id: Type.String(), title: Type.String(), status: Type.String(), startAt: Type.String() }),
      ),
      maintenance: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), state: Type.String() })),
    }),
  ),
});
const MemberSettingsSchema = Type.Object({ membersSeeHealth: Type.Boolean() }, { additionalProperties: false });

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
