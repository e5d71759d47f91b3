// What the directory's routes accept (TypeBox: validation and the OpenAPI document at once). Every
// object refuses fields it does not know, so a typo is a 400 naming it rather than silently ignored.
// Values are judged again by the use cases (src/domain/directory.ts), which the CLI and the import share.
import { Type } from 'typebox';
import { DEFAULT_PAGE, MAX_OFFSET, MAX_PAGE } from '../../../app/directory/paging.js';
import { CategorySchema, EnvironmentTypeSchema, RoleNameSchema } from '../../presenters/directory.js';

const strict = { additionalProperties: false } as const;

const Text = (description?: string, maxLength = 200) =>
  Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });

export const PagingQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
};

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) }, strict);
export const TenantParams = Type.Object({ tenantId: Type.String({ maxLength: 100 }) }, strict);

export const TenantsQuery = Type.Object({ q: Type.Optional(Text('name or domain contains')), ...PagingQuery }, strict);

export const TenantBody = Type.Object(
  {
    name: Text(),
    domain: Text('the tenant’s own domain, e.g. contoso.com; unique', 253),
    purchaseDate: Text('YYYY-MM-DD; starts the first year of lifecycle email', 10),
    supportPlan: Type.Optional(Text('standard (default), professional, premier or unified', 20)),
    locale: Type.Optional(
      Type.Union([Text('BCP 47, e.g. de or de-CH: its people’s language when they chose none', 35), Type.Null()], {
        description: 'null: the provider’s DEFAULT_LOCALE',
      }),
    ),
  },
  strict,
);
export const TenantPatch = Type.Partial(TenantBody, { ...strict, minProperties: 1 });

const environmentFields = {
  name: Text(),
  type: EnvironmentTypeSchema,
  url: Text('https://…; unique', 2000),
  version: Text('e.g. 9.2.25104.166', 50),
  earlyAccess: Type.Optional(Type.Boolean({ description: 'opted into the next major release wave early' })),
  firstRelease: Type.Optional(Type.Boolean({ description: 'deployed in station 1, "First Release"' })),
  services: Type.Optional(
    Type.Array(Text(undefined, 100), { maxItems: 100, description: 'service ids, see GET /api/services' }),
  ),
};

export const EnvironmentBody = Type.Object(
  { ...environmentFields, region: Text('region code, see GET /api/regions', 20) },
  strict,
);
/** The region is where the data lives: moving an environment is not an edit. */
export const EnvironmentPatch = Type.Partial(Type.Object(environmentFields), { ...strict, minProperties: 1 });

export const EnvironmentsQuery = Type.Object(
  { tenantId: Type.Optional(Type.String()), region: Type.Optional(Type.String()), ...PagingQuery },
  strict,
);
export const TenantEnvironmentsQuery = Type.Object({ region: Type.Optional(Type.String()), ...PagingQuery }, strict);

const personFields = {
  email: Text(undefined, 320),
  name: Text(),
  locale: Type.Optional(Text('BCP 47, e.g. en-US (default)', 35)),
  timeZone: Type.Optional(Text('IANA, e.g. Europe/Paris; UTC by default', 64)),
  password: Type.Optional(
    Type.String({ minLength: 12, maxLength: 1024, description: 'for console sign-in; at least 12 characters' }),
  ),
};

export const PersonBody = Type.Object(personFields, strict);
export const PersonPatch = Type.Partial(Type.Object(personFields), { ...strict, minProperties: 1 });
export const PeopleQuery = Type.Object(
  { q: Type.Optional(Text('email or name contains')), tenantId: Type.Optional(Type.String()), ...PagingQuery },
  strict,
);

export const RoleBody = Type.Object(
  {
    role: RoleNameSchema,
    tenantId: Type.Optional(Type.String({ description: 'for org_admin and additional_recipient' })),
    environmentId: Type.Optional(Type.String({ description: 'for system_admin and member' })),
    categories: Type.Optional(Type.Array(CategorySchema, { description: 'for additional_recipient' })),
  },
  strict,
);

export const RecipientParams = Type.Object(
  { tenantId: Type.String({ maxLength: 100 }), roleId: Type.String({ maxLength: 100 }) },
  strict,
);
export const RecipientBody = Type.Object(
  {
    email: Text(undefined, 320),
    name: Type.Optional(Text()),
    categories: Type.Array(CategorySchema, { minItems: 1, description: 'what this address receives' }),
  },
  strict,
);

export const RegionParams = Type.Object(
  { code: Type.String({ maxLength: 20, description: 'e.g. EUR, or GCC%20High' }) },
  strict,
);
export const RegionPatch = Type.Object(
  {
    window: Type.Optional(
      Type.Object(
        {
          start: Type.String({ description: 'HH:MM UTC' }),
          end: Type.String({ description: 'HH:MM UTC; before start when the window crosses midnight' }),
          days: Type.Optional(
            Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
              maxItems: 7,
              description: 'ISO weekdays it may start on (1 = Monday); every day by default',
            }),
          ),
        },
        strict,
      ),
    ),
    station: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'see GET /api/stations' })),
  },
  { ...strict, minProperties: 1 },
);

export const StationParams = Type.Object({ number: Type.Integer({ minimum: 0, maximum: 1000 }) }, strict);
export const StationPatch = Type.Object(
  {
    name: Type.Optional(Text()),
    // Bounded (0–336) by updateStation, not here: a schema refusal would stop before the use case
    // judges the other fields (a blank name), and a person should hear of every bad field at once.
    pauseHours: Type.Optional(Type.Integer({ description: 'wait after this station before the next, 0–336 hours' })),
  },
  { ...strict, minProperties: 1 },
);

export const ServiceBody = Type.Object({ id: Text('lower-case slug, e.g. power-pages', 100), name: Text() }, strict);
export const ServiceParams = Type.Object({ serviceId: Type.String({ maxLength: 100 }) }, strict);
export const FeatureBody = Type.Object(
  { id: Text('<serviceId>.<slug>, e.g. sales.copilot', 200), name: Text(), group: Type.Optional(Text()) },
  strict,
);

export const TokenBody = Type.Object(
  {
    name: Text('what the token is for'),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
    email: Type.Optional(Text('operators only: whose token it is (default: yours)', 320)),
  },
  strict,
);
export const TokensQuery = Type.Object(
  { email: Type.Optional(Text('operators only: whose tokens (default: yours)', 320)) },
  strict,
);

export const AuditLogQuery = Type.Object(
  {
    tenantId: Type.Optional(Type.String()),
    entityType: Type.Optional(Type.String({ description: 'tenant, environment, person, role_assignment, …' })),
    entityId: Type.Optional(Type.String()),
    action: Type.Optional(Type.String({ description: 'e.g. tenant.updated' })),
    from: Type.Optional(Type.String({ description: 'ISO 8601; entries at or after' })),
    to: Type.Optional(Type.String({ description: 'ISO 8601; entries before' })),
    ...PagingQuery,
  },
  strict,
);

export const FindAdminBody = Type.Object({ email: Text(undefined, 320) }, strict);
