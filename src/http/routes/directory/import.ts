// `POST /api/import`: the bulk import, as one JSON document or one CSV file per request. The only
// route that reads CSV and the only one with a large body limit; both stay inside this plugin.
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../app/context.js';
import { importDirectory } from '../../../app/directory/import.js';
import { batchFromCsv, batchFromJson, IMPORT_KINDS } from '../../../app/directory/importSources.js';
import { invalid, words } from '../../../errors.js';
import { presentImportSummary } from '../../presenters/directory.js';
import { ImportSummarySchema, ImportDocument, ImportQuery } from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

export async function registerImportRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  const bodyLimit = ctx.config.importBodyLimitBytes;
  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
    scope.post(
      '/api/import',
      {
        bodyLimit,
        schema: {
          tags: ['directory'],
          summary: 'Bulk-import tenants, environments and people (operators): all or nothing',
          description:
            'Send one JSON document, or one CSV file as text/csv with ?kind=tenants|environments|people (a header row naming the same fields; ' +
            'people rows hold one role each in the columns role, tenant, environment, categories; lists are separated by ";"). ' +
            'Every problem is reported at once as "<where>, field <name>"; nothing is written unless there are none.',
          querystring: ImportQuery,
          body: { content: { 'application/json': { schema: ImportDocument }, 'text/csv': { schema: Type.String() } } },
          response: { 200: ImportSummarySchema },
        },
      },
      async (request) => {
        const kind = request.query.kind;
        const csv = request.headers['content-type']?.startsWith('text/csv') ?? false;
        if (csv && !kind)
          throw invalid('query.kind', words('problem.import.kindRequired', { choices: IMPORT_KINDS.join(', ') }));
        const batch = csv ? batchFromCsv(kind!, request.body as string) : batchFromJson(request.body);
        return presentImportSummary(await importDirectory(ctx, request.actor, batch));
      },
    );
  });
}
