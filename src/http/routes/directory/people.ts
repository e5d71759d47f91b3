// People and their role assignments, and "me".
import type { AppContext } from '../../../app/context.js';
import { requirePerson } from '../../../app/auth.js';
import {
  assignRole,
  createPerson,
  getPerson,
  listPeople,
  removeRole,
  updatePerson,
} from '../../../app/directory/people.js';
import { presentPerson, presentRoleAssignment } from '../../presenters/directory.js';
import {
  pageSchema,
  PersonSchema,
  RoleAssignmentSchema,
  IdParams,
  PeopleQuery,
  PersonBody,
  PersonPatch,
  RoleBody,
} from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

const tags = ['directory'];

export function registerPeopleRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/me',
    { schema: { tags, summary: 'Your profile and roles', response: { 200: PersonSchema } } },
    async (request) => presentPerson(await getPerson(ctx, request.actor, requirePerson(request.actor).personId)),
  );

  app.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'People you may see, by email',
        querystring: PeopleQuery,
        response: { 200: pageSchema(PersonSchema) },
      },
    },
    async (request) => {
      const page = await listPeople(ctx, request.actor, request.query);
      return { items: page.items.map(presentPerson), total: page.total };
    },
  );

  app.post(
    '/api/people',
    { schema: { tags, summary: 'Create a person (operators)', body: PersonBody, response: { 201: PersonSchema } } },
    async (request, reply) => reply.code(201).send(presentPerson(await createPerson(ctx, request.actor, request.body))),
  );

  app.get(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'One person, with the roles you may see',
        params: IdParams,
        response: { 200: PersonSchema },
      },
    },
    async (request) => presentPerson(await getPerson(ctx, request.actor, request.params.id)),
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Change a person (yourself, or anyone as an operator)',
        params: IdParams,
        body: PersonPatch,
        response: { 200: PersonSchema },
      },
    },
    async (request) =>
      presentPerson(await updatePerson(ctx, request.actor, request.params.id, request.body, request.sessionToken)),
  );

  app.post(
    '/api/people/:id/roles',
    {
      schema: {
        tags,
        summary: 'Give a person a role (operators; org admins: additional_recipient in their tenant)',
        params: IdParams,
        body: RoleBody,
        response: { 201: RoleAssignmentSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentRoleAssignment(await assignRole(ctx, request.actor, { ...request.body, personId: request.params.id })),
        ),
  );

  app.delete(
    '/api/roles/:id',
    { schema: { tags, summary: 'Take a role away', params: IdParams } },
    async (request, reply) => {
      await removeRole(ctx, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
