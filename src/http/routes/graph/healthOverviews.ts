// Graph serviceHealth: GET healthOverviews and healthOverviews/{serviceName}, per service your
// organization runs its status from the active issues; with $expand=issues, the service's issues.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { tenantHealthOverviews } from '../../../app/serviceHealth/readIncidents.js';
import { notFound } from '../../../errors.js';
import {
  GraphCollectionSchema,
  GraphEntitySchema,
  GraphHealthSchema,
  HEALTH_FIELDS,
  presentGraphHealth,
  presentGraphIssue,
  selectableOf,
  type GraphHealth,
} from '../../presenters/graph.js';
import type { HeraldServer } from '../../types.js';
import {
  answerCollection,
  answerEntity,
  CollectionQuerySchema,
  parseCollectionQuery,
  parseExpand,
} from './collection.js';
import { tenantIssues } from './issues.js';
import { graphCaller, type GraphCaller } from './tenant.js';

const tags = ['Microsoft Graph: service health'];
const security = [{ bearer: [] }];
const SELECTABLE = selectableOf(GraphHealthSchema);
const expandOption = Type.Optional(
  Type.String({ maxLength: 100, description: 'issues: include each service’s issues' }),
);

/** The overviews, each with its issues when they are expanded. */
async function overviews(ctx: AppContext, caller: GraphCaller, expand: string[]): Promise<GraphHealth[]> {
  const [health, issues] = await Promise.all([
    tenantHealthOverviews(ctx, caller.actor, caller.tenantId),
    expand.includes('issues') ? tenantIssues(ctx, caller) : Promise.resolve(null),
  ]);
  return health.map((h) =>
    presentGraphHealth(h, issues?.filter((v) => v.services.some((s) => s.id === h.serviceId)).map(presentGraphIssue)),
  );
}

/** Graph's context names an expansion: healthOverviews(issues()). */
const contextPath = (expand: string[]) =>
  expand.length ? `healthOverviews(${expand.map((e) => `${e}()`).join(',')})` : 'healthOverviews';

export function registerGraphHealthRoutes(graph: HeraldServer, ctx: AppContext): void {
  graph.get(
    '/healthOverviews',
    {
      schema: {
        tags,
        security,
        summary: 'Per service your organization runs: its health now',
        querystring: Type.Object(
          { ...CollectionQuerySchema.properties, $expand: expandOption },
          { additionalProperties: false },
        ),
        response: { 200: GraphCollectionSchema(GraphHealthSchema) },
      },
    },
    async (request, reply) => {
      const caller = graphCaller(request);
      const { $expand, ...options } = request.query;
      const expand = parseExpand($expand, ['issues']);
      const q = parseCollectionQuery<GraphHealth>(request, options, HEALTH_FIELDS, SELECTABLE);
      return answerCollection(request, reply, await overviews(ctx, caller, expand), q, contextPath(expand));
    },
  );

  graph.get(
    '/healthOverviews/:serviceName',
    {
      schema: {
        tags,
        security,
        summary: 'One service’s health, by its name (as Graph has it) or its id',
        params: Type.Object({ serviceName: Type.String({ maxLength: 200 }) }),
        querystring: Type.Object(
          { $select: CollectionQuerySchema.properties.$select, $expand: expandOption },
          { additionalProperties: false },
        ),
        response: { 200: GraphEntitySchema(GraphHealthSchema) },
      },
    },
    async (request) => {
      const caller = graphCaller(request);
      const expand = parseExpand(request.query.$expand, ['issues']);
      const wanted = request.params.serviceName.toLowerCase();
      const found = (await overviews(ctx, caller, expand)).find(
        (h) => h.service.toLowerCase() === wanted || h.id.toLowerCase() === wanted,
      );
      if (!found) throw notFound('serviceHealth', request.params.serviceName);
      return answerEntity(request, found, contextPath(expand), request.query.$select, SELECTABLE);
    },
  );
}
