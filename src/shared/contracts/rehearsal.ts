// What a rehearsal answers (POST /api/rehearsals): at each simulated moment who would be told what,
// by which channel and rule, and what the tenants' dashboards and the public page would show.
import { Type } from 'typebox';

export const ShownIssueSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: Type.String(),
  severity: Type.String(),
});
export const RehearsalShowsSchema = Type.Object({
  dashboards: Type.Array(Type.Object({ tenant: Type.String(), activeIssues: Type.Array(ShownIssueSchema) }), {
    description: 'the dashboards that show an active issue',
  }),
  quietDashboards: Type.Integer({ description: 'how many other tenants’ dashboards show none' }),
  publicPage: Type.Object({
    status: Type.String(),
    incidents: Type.Array(ShownIssueSchema),
    maintenance: Type.Array(
      Type.Object({
        id: Type.String(),
        title: Type.String(),
        status: Type.String(),
        scheduledFor: Type.String(),
      }),
    ),
  }),
});

export const RehearsalTimelineSchema = Type.Object({
  scenario: Type.String(),
  start: Type.String(),
  end: Type.String(),
  directory: Type.Union([Type.Literal('scenario'), Type.Literal('snapshot')]),
  entries: Type.Array(
    Type.Object({
      at: Type.String(),
      cause: Type.Union([
        Type.Object({ entry: Type.String(), kind: Type.String() }),
        Type.Object({ job: Type.String() }),
      ]),
      event: Type.Object({
        type: Type.String(),
        subject: Type.String(),
        title: Type.Union([Type.String(), Type.Null()]),
      }),
      rule: Type.String(),
      silence: Type.Union([Type.String(), Type.Null()]),
      told: Type.Array(
        Type.Object({
          channel: Type.String(),
          recipient: Type.String(),
          tenant: Type.Union([Type.String(), Type.Null()]),
          reason: Type.String(),
        }),
      ),
      shows: RehearsalShowsSchema,
    }),
  ),
});
