// `POST /api/import`: the bulk import, as one JSON document or one CSV file per request. The only
// route that reads CSV and the only one with a large body limit; both stay inside this plugin.
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../app/context.js';
import { importDirectory } from '../../../app/directory/import.js';
import { batchFromCsv, batchFromJson, IMPORT_KINDS } from '../../../app/directory/importSources.js';
import { invalid } from '../../../errors.js';
import { ImportSummarySchema, presentImportSummary } from '../../presenters/directory.js';
import type { HeraldServer } from '../../types.js';

// The records are described for the documentation only: the import judges every value itself,
// so that a JSON document, a CSV file and the CLI get the same messages ("people[3], field email").
const field = (description: string) => Type.Optional(Type.Unknown({ description }));
const record = (properties: Record<string, ReturnType<typeof field>>) =>
  Type.Object(properties, { additionalProperties: true });

const ImportDocument = Type.Object(
  {
    tenants: Type.Optional(
      Type.Array(
        record({
          name: field('required'),
          domain: field('required, unique'),
          purchaseDate: field('required, YYYY-MM-DD'),
          supportPlan: field('standard (default), professional, premier, unified'),
        }),
      ),
    ),
    environments: Type.Optional(
      Type.Array(
        record({
          tenant: field('required: the tenant’s domain, in this import or already in Herald'),
          name: field('required'),
          region: field('required: region code'),
          type: field('required: production or sandbox'),
          url: field('required, unique'),
          version: field('required, e.g. 9.2.25104.166'),
          earlyAccess: field('true or false'),
          firstRelease: field('true or false'),
          services: field('list of service ids'),
        }),
      ),
    ),
    people: Type.Optional(
      Type.Array(
        record({
          email: field('required, unique'),
          name: field('required'),
          locale: field('BCP 47, default en-US'),
          timeZone: field('IANA, default UTC'),
          roles: field('list of { role, tenant (domain), environment (URL), categories }'),
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

const ImportQuery = Type.Object(
  { kind: Type.Optional(Type.Enum(IMPORT_KINDS, { description: 'what a text/csv body holds' })) },
  { additionalProperties: false },
);

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
        if (csv && !kind) throw invalid('query.kind', `is required with a CSV body: one of ${IMPORT_KINDS.join(', ')}`);
        const batch = csv ? batchFromCsv(kind!, request.body as string) : batchFromJson(request.body);
        return presentImportSummary(await importDirectory(ctx, request.actor, batch));
      },
    );
  });
}
