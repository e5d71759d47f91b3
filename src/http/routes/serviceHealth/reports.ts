// Post-incident reports: operators write, publish and track them (due, due soon, overdue); anyone
// who can see the incident reads a published one, as JSON, HTML or PDF.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import {
  getReport,
  listReports,
  publishReport,
  writeReport,
  type ReportView,
} from '../../../app/serviceHealth/reports.js';
import { isOperator, type Actor } from '../../../domain/actor.js';
import { renderReportHtml, renderReportPdf, UTC_READER, type Reader } from '../../pages/incidentReport.js';
import { presentReport } from '../../presenters/serviceHealth.js';
import { ReportSchema, IncidentParams, ReportBody } from '../../../shared/contracts/serviceHealth.js';
import type { HeraldServer } from '../../types.js';

const tags = ['post-incident reports'];

const STATES = ['notStarted', 'draft', 'due', 'dueSoon', 'overdue', 'published'] as const;

const fileName = (v: ReportView, ext: string): string =>
  `attachment; filename="post-incident-report-${v.incident.id}.${ext}"`;

/** Times in the document as the person downloading it reads them (their regional format, as in the console). */
const readerOf = (actor: Actor): Reader =>
  actor.kind === 'person' ? { timeZone: actor.timeZone, locale: actor.formatLocale } : UTC_READER;

export function registerReportRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/incident-reports',
    {
      schema: {
        tags,
        summary: 'Every report owed or written, soonest due first (operators)',
        querystring: Type.Object({ state: Type.Optional(Type.Enum([...STATES])) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(ReportSchema) }) },
      },
    },
    async (request) => ({
      items: (await listReports(ctx, request.actor, request.query)).map((v) => presentReport(v, true)),
    }),
  );

  app.put(
    '/api/incidents/:id/report',
    {
      schema: {
        tags,
        summary: 'Write or correct the report of a restored major incident (operators); minor incidents are 409',
        params: IncidentParams,
        body: ReportBody,
        response: { 200: ReportSchema },
      },
    },
    async (request) => presentReport(await writeReport(ctx, request.actor, request.params.id, request.body), true),
  );

  app.post(
    '/api/incidents/:id/report/publish',
    {
      schema: {
        tags,
        summary: 'Publish the report: status postIncidentReviewPublished, and the same audience is told',
        params: IncidentParams,
        response: { 200: ReportSchema },
      },
    },
    async (request) => presentReport(await publishReport(ctx, request.actor, request.params.id), true),
  );

  app.get(
    '/api/incidents/:id/report',
    {
      schema: {
        tags,
        summary: 'The report (tenants: once published)',
        params: IncidentParams,
        response: { 200: ReportSchema },
      },
    },
    async (request) => presentReport(await getReport(ctx, request.actor, request.params.id), isOperator(request.actor)),
  );

  app.get(
    '/api/incidents/:id/report.html',
    { schema: { tags, summary: 'The report as an HTML document', params: IncidentParams } },
    async (request, reply) => {
      const v = await getReport(ctx, request.actor, request.params.id);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-disposition', fileName(v, 'html'))
        .send(renderReportHtml(v, v.report!, readerOf(request.actor)));
    },
  );

  app.get(
    '/api/incidents/:id/report.pdf',
    { schema: { tags, summary: 'The report as a PDF', params: IncidentParams } },
    async (request, reply) => {
      const v = await getReport(ctx, request.actor, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', fileName(v, 'pdf'))
        .send(await renderReportPdf(v, v.report!, readerOf(request.actor)));
    },
  );
}
