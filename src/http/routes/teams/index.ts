// Product teams (operators): teams and their on-call routes, which team owns a service, who was
// paged and the acknowledgement of a page.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { acknowledgePage, createTeam, listPages, listTeams, setServiceOwner } from '../../../app/teams/teams.js';
import { presentPage, presentTeam } from '../../presenters/teams.js';
import { PageSchema, TeamSchema, Id, TeamBody } from '../../../shared/contracts/teams.js';
import type { HeraldServer } from '../../types.js';

const tags = ['teams'];
const strict = { additionalProperties: false } as const;
export function registerTeamRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/teams',
    {
      schema: {
        tags,
        summary: 'Product teams and the services they own (operators)',
        response: { 200: Type.Array(TeamSchema) },
      },
    },
    async (request) => (await listTeams(ctx, request.actor)).map(presentTeam),
  );
  app.post(
    '/api/teams',
    {
      schema: {
        tags,
        summary: 'Create a product team with its on-call routes (operators)',
        body: TeamBody,
        response: { 201: TeamSchema },
      },
    },
    async (request, reply) => reply.code(201).send(presentTeam(await createTeam(ctx, request.actor, request.body))),
  );
  app.put(
    '/api/services/:serviceId/owner',
    {
      schema: {
        tags,
        summary: 'Name the team that owns a service (operators)',
        params: Type.Object({ serviceId: Id }, strict),
        body: Type.Object({ teamId: Id }, strict),
      },
    },
    async (request, reply) => {
      await setServiceOwner(ctx, request.actor, request.params.serviceId, request.body.teamId);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/pages',
    {
      schema: {
        tags,
        summary: 'Who was paged, newest first (operators)',
        querystring: Type.Object({ incidentId: Type.Optional(Id) }, strict),
        response: { 200: Type.Array(PageSchema) },
      },
    },
    async (request) => (await listPages(ctx, request.actor, request.query)).map(presentPage),
  );
  app.post(
    '/api/pages/:pageId/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge a page (operators; audited, tells the team’s webhook)',
        params: Type.Object({ pageId: Id }, strict),
        response: { 200: PageSchema },
      },
    },
    async (request) => presentPage(await acknowledgePage(ctx, request.actor, request.params.pageId)),
  );
}
