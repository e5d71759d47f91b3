// "Who is my admin?": signed in, the list itself; in public, a form that mails it to the address.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { listMyAdmins, requestAdminList } from '../../../app/findAdmin.js';
import { presentEnvironmentAdmins } from '../../presenters/directory.js';
import { EnvironmentAdminsSchema, FindAdminBody } from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

const tags = ['directory'];

/** The one answer, whether or not the address is known: the form must not tell who is in Herald. */
export const FIND_ADMIN_ANSWER =
  'If this address belongs to someone in Herald, we have emailed it the list of its administrators.';

export function registerFindAdminRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/me/admins',
    {
      schema: {
        tags,
        summary: 'The org admins and system admins of each of your environments',
        response: { 200: Type.Array(EnvironmentAdminsSchema) },
      },
    },
    async (request) => (await listMyAdmins(ctx, request.actor)).map(presentEnvironmentAdmins),
  );

  app.post(
    '/api/find-admin',
    {
      schema: {
        tags,
        summary: 'Public: email the list of administrators to this address (always 202)',
        security: [],
        body: FindAdminBody,
        response: { 202: Type.Object({ message: Type.String() }) },
      },
      config: { rateLimit: { max: ctx.config.findAdminRequestsPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      await requestAdminList(ctx, request.body.email);
      return reply.code(202).send({ message: FIND_ADMIN_ANSWER });
    },
  );
}
