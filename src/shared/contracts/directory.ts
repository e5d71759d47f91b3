// The directory's API: tenants, environments, people, roles, regions, stations, services, tokens,
// the audit log and the bulk import. Every request object refuses fields it does not know, so a
// typo is a 400 naming it rather than silently ignored; values are judged again by the use cases.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type, type TSchema } from 'typebox';
import { DEFAULT_PAGE, MAX_OFFSET, MAX_PAGE } from '../paging.js';
import { ENVIRONMENT_TYPES, IMPORT_KINDS, NOTIFICATION_CATEGORIES, ROLES } from '../directory.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Instant = (description?: string) => Type.String({ format: 'date-time', ...(description ? { description } : {}) });

/** `{ items, total }`: one page of a list and how many there are in all. */
export const pageSchema = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer({ minimum: 0 }) });

export const TenantSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  domain: Type.String(),
  purchaseDate: Type.String({ format: 'date', description: 'starts the first year of lifecycle email' }),
  supportPlan: Type.String(),
  locale: Type.Union([Type.String(), Type.Null()], {
    description: 'its people’s language when they chose none; null: the provider’s',
  }),
  createdAt: Instant(),
  updatedAt: Instant(),
});

export const EnvironmentTypeSchema = Type.Enum(ENVIRONMENT_TYPES);

export const EnvironmentSchema = Type.Object({
  id: Type.String(),
  tenantId: Type.String(),
  name: Type.String(),
  region: Type.String({ description: 'region code, e.g. EUR' }),
  type: EnvironmentTypeSchema,
  url: Type.String(),
  version: Type.String({ description: 'service part, then database/background part, e.g. 9.2.25104.166' }),
  earlyAccess: Type.Boolean(),
  firstRelease: Type.Boolean({ description: 'deployed in station 1, "First Release"' }),
  services: Type.Array(Type.String()),
  createdAt: Instant(),
  updatedAt: Instant(),
});

export const AboutSchema = Type.Object({
  environmentId: Type.String(),
  name: Type.String(),
  url: Type.String(),
  type: EnvironmentTypeSchema,
  region: Type.String(),
  regionName: Type.String(),
  version: Type.String({
    description: 'changes in two steps: the service part, then the database part 24 hours later',
  }),
  versionText: Type.String({
    description: 'as the About page shows it, e.g. "9.2.25111.10 (background update pending)"',
  }),
  backgroundUpdatePending: Type.Boolean(),
  updatedAt: Instant(),
});

export const RoleNameSchema = Type.Enum(ROLES);
export const CategorySchema = Type.Enum(NOTIFICATION_CATEGORIES);

export const RoleAssignmentSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  role: RoleNameSchema,
  tenantId: Nullable(Type.String()),
  environmentId: Nullable(Type.String()),
  categories: Type.Array(CategorySchema, { description: 'what an additional recipient receives' }),
});

export const PersonSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  locale: Nullable(
    Type.String({
      description: 'their own language and regional format (BCP 47); null: their organization’s language',
    }),
  ),
  timeZone: Type.String({ description: 'IANA time zone; times are shown to this person in it' }),
  roles: Type.Array(RoleAssignmentSchema, { description: 'the roles you may see' }),
  createdAt: Instant(),
  updatedAt: Instant(),
});

export const RecipientSchema = Type.Object({
  id: Type.String({ description: 'the role assignment; DELETE it to stop the email' }),
  personId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  categories: Type.Array(CategorySchema),
  createdAt: Instant(),
});

export const WindowSchema = Type.Object({
  start: Type.String({ description: 'HH:MM UTC' }),
  end: Type.String({ description: 'HH:MM UTC; before start when the window crosses midnight' }),
  days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
    description: 'ISO weekdays on which a window may start (1 = Monday)',
  }),
});

export const RegionSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  serviceUrl: Type.String(),
  window: WindowSchema,
  databaseUpdateOffsetHours: Type.Integer({ description: 'database updates run this long after the service update' }),
  holidayCountry: Type.String({ description: 'whose public holidays are not business days' }),
  station: Type.Integer(),
});

export const StationSchema = Type.Object({
  number: Type.Integer(),
  name: Type.String(),
  pauseHours: Type.Integer({ description: 'wait after this station before the next one starts' }),
  regions: Type.Array(Type.String()),
});

export const FeatureSchema = Type.Object({
  id: Type.String(),
  serviceId: Type.String(),
  name: Type.String(),
  group: Nullable(Type.String()),
});

export const ServiceSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  features: Type.Array(FeatureSchema),
});

export const AuditEntrySchema = Type.Object({
  id: Type.String(),
  at: Instant(),
  actorId: Nullable(Type.String()),
  actorLabel: Type.String({ description: 'email of the person, or system:<job>' }),
  tenantId: Nullable(Type.String()),
  action: Type.String({ description: 'e.g. tenant.updated' }),
  entityType: Type.String(),
  entityId: Type.String(),
  entityName: Nullable(Type.String({ description: 'the name or title of what it is about, while it exists' })),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  name: Type.String(),
  createdAt: Instant(),
  lastUsedAt: Nullable(Instant('to the minute')),
  expiresAt: Nullable(Instant()),
  revokedAt: Nullable(Instant()),
});

export const CreatedTokenSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  name: Type.String(),
  token: Type.String({ description: 'shown this once; send it as "Authorization: Bearer <token>"' }),
  expiresAt: Nullable(Instant()),
});

const ContactSchema = Type.Object({ name: Type.String(), email: Type.String() });

export const EnvironmentAdminsSchema = Type.Object({
  environmentId: Type.String(),
  environmentName: Type.String(),
  url: Type.String(),
  region: Type.String(),
  tenantName: Type.String(),
  orgAdmins: Type.Array(ContactSchema),
  systemAdmins: Type.Array(ContactSchema),
});

export const ImportSummarySchema = Type.Object({
  tenants: Type.Integer(),
  environments: Type.Integer(),
  people: Type.Integer(),
  roles: Type.Integer(),
  durationMs: Type.Integer(),
});

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
  locale: Type.Optional(
    Type.Union(
      [Text('BCP 47, e.g. de-AT: their language, and their regional format when of that language', 35), Type.Null()],
      { description: 'absent or null: none chosen, they read their tenant’s language (else the provider’s)' },
    ),
  ),
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

// The records are described for the documentation only: the import judges every value itself,
// so that a JSON document, a CSV file and the CLI get the same messages ("people[3], field email").
const field = (description: string) => Type.Optional(Type.Unknown({ description }));
const record = (properties: Record<string, ReturnType<typeof field>>) =>
  Type.Object(properties, { additionalProperties: true });

export const ImportDocument = Type.Object(
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
          locale: field('BCP 47; none: their tenant’s language'),
          timeZone: field('IANA, default UTC'),
          roles: field('list of { role, tenant (domain), environment (URL), categories }'),
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const ImportQuery = Type.Object(
  { kind: Type.Optional(Type.Enum(IMPORT_KINDS, { description: 'what a text/csv body holds' })) },
  { additionalProperties: false },
);

export const MemberEnvironmentSchema = Type.Object({
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
export const MemberSettingsSchema = Type.Object({ membersSeeHealth: Type.Boolean() }, { additionalProperties: false });
