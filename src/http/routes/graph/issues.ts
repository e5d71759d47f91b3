// Graph serviceHealthIssue: GET issues, issues/{id} and issues/{id}/incidentReport(), the
// post-incident report as a file once the issue's status is postIncidentReviewPublished.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { getIncident, listIncidents, type IncidentView } from '../../../app/serviceHealth/readIncidents.js';
import { getReport } from '../../../app/serviceHealth/reports.js';
import { graphEnglish, HeraldError, notFound } from '../../../errors.js';
import { readerOf, renderReportPdf } from '../../pages/incidentReport.js';
import {
  GraphCollectionSchema,
  GraphEntitySchema,
  GraphIssueSchema,
  ISSUE_FIELDS,
  presentGraphIssue,
  selectableOf,
  type GraphIssue,
} from '../../presenters/graph.js';
import type { HeraldServer } from '../../types.js';
import {
  answerCollection,
  answerEntity,
  CollectionQuerySchema,
  EntityQuerySchema,
  everyPage,
  parseCollectionQuery,
} from './collection.js';
import { graphCaller, type GraphCaller } from './tenant.js';

const tags = ['Microsoft Graph: service health'];
const security = [{ bearer: [] }];
const IssueParams = Type.Object({ id: Type.String({ maxLength: 40 }) });
const SELECTABLE = selectableOf(GraphIssueSchema);

/** Every issue touching the caller's organization (as far as they see it), newest first. */
export function tenantIssues(ctx: AppContext, caller: GraphCaller): Promise<IncidentView[]> {
  return everyPage((page) => listIncidents(ctx, caller.actor, { tenantId: caller.tenantId, ...page }));
}

/** One issue of the caller's organization; another organization's is "not found". */
async function tenantIssue(ctx: AppContext, caller: GraphCaller, id: string): Promise<IncidentView> {
  const view = await getIncident(ctx, caller.actor, id);
  if (!view.environments.some((e) => e.tenant_id === caller.tenantId)) throw notFound('issue', id);
  return view;
}

export function registerGraphIssueRoutes(graph: HeraldServer, ctx: AppContext): void {
  graph.get(
    '/issues',
    {
      schema: {
        tags,
        security,
        summary: 'Service health issues (incidents and advisories) touching your organization',
        querystring: CollectionQuerySchema,
        response: { 200: GraphCollectionSchema(GraphIssueSchema) },
      },
    },
    async (request, reply) => {
      const caller = graphCaller(request);
      const q = parseCollectionQuery<GraphIssue>(request, request.query, ISSUE_FIELDS, SELECTABLE);
      return answerCollection(request, reply, (await tenantIssues(ctx, caller)).map(presentGraphIssue), q, 'issues');
    },
  );

  graph.get(
    '/issues/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One service health issue',
        params: IssueParams,
        querystring: EntityQuerySchema,
        response: { 200: GraphEntitySchema(GraphIssueSchema) },
      },
    },
    async (request) => {
      const caller = graphCaller(request);
      const issue = presentGraphIssue(await tenantIssue(ctx, caller, request.params.id));
      return answerEntity(request, issue, 'issues', request.query.$select, SELECTABLE);
    },
  );

  // Graph clients call the function as incidentReport() and Graph's docs write incidentReport; both
  // answer. The one with parentheses stays out of the OpenAPI document, which reads them as a pattern.
  for (const [path, hide] of [
    ['/issues/:id/incidentReport', false],
    ['/issues/:id/incidentReport()', true],
  ] as const) {
    graph.get(
      path,
      {
        schema: {
          hide,
          tags,
          security,
          summary: 'The post-incident report as a PDF, once the issue’s status is postIncidentReviewPublished',
          params: IssueParams,
        },
      },
      async (request, reply) => {
        const caller = graphCaller(request);
        const view = await tenantIssue(ctx, caller, request.params.id);
        if (view.incident.status !== 'postIncidentReviewPublished') {
          throw new HeraldError(
            'HERALD_NOT_FOUND',
            graphEnglish(
              `Issue ${view.incident.id} has no post-incident report: its status is ${view.incident.status}, and a report exists once it is postIncidentReviewPublished.`,
            ),
          );
        }
        const report = await getReport(ctx, caller.actor, view.incident.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="post-incident-report-${view.incident.id}.pdf"`)
          .send(await renderReportPdf(report, report.report!, await readerOf(ctx, caller.actor)));
      },
    );
  }
}
