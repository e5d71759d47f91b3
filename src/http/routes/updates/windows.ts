// GET /api/regions/:code/windows: a region's service-update windows and the database updates 24 h
// later, in UTC and, for a signed-in reader, in their own time zone.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { listRegionWindows, MAX_WINDOW_RANGE_DAYS } from '../../../app/updates/windows.js';
import type { HeraldServer } from '../../types.js';
import { RegionWindowsSchema, UtcTime } from '../../../shared/contracts/updates.js';

export function registerWindowRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/regions/:code/windows',
    {
      schema: {
        tags: ['updates'],
        summary: 'A region’s maintenance windows: service updates, and database updates 24 hours later',
        description: `Windows overlapping [from, to); by default the next 14 days, at most ${MAX_WINDOW_RANGE_DAYS}. Anyone may read them; a signed-in reader also gets each window in their own time zone.`,
        params: Type.Object({ code: Type.String({ maxLength: 20, description: 'Region code, e.g. EUR or GCC High' }) }),
        querystring: Type.Object(
          { from: Type.Optional(UtcTime('From')), to: Type.Optional(UtcTime('Until')) },
          { additionalProperties: false },
        ),
        response: { 200: RegionWindowsSchema },
      },
    },
    async (request) => listRegionWindows(ctx, request.actor, request.params.code, request.query),
  );
}
