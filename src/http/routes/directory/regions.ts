// Regions, their weekly maintenance windows and the deployment stations. Everyone may read them
// (they are the policy's published table); operators change a window, a station or a pause.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { getRegion, listRegions, listStations, updateRegion, updateStation } from '../../../app/directory/regions.js';
import { presentRegion, presentStation } from '../../presenters/directory.js';
import {
  RegionSchema,
  StationSchema,
  RegionParams,
  RegionPatch,
  StationParams,
  StationPatch,
} from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

const tags = ['directory'];

export function registerRegionRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/regions',
    {
      schema: {
        tags,
        summary: 'Regions with their service URL and weekly maintenance window (UTC)',
        response: { 200: Type.Array(RegionSchema) },
      },
    },
    async () => (await listRegions(ctx)).map(presentRegion),
  );

  app.get(
    '/api/regions/:code',
    { schema: { tags, summary: 'One region', params: RegionParams, response: { 200: RegionSchema } } },
    async (request) => presentRegion(await getRegion(ctx, request.params.code)),
  );

  app.patch(
    '/api/regions/:code',
    {
      schema: {
        tags,
        summary: 'Move a region’s maintenance window or station (operators)',
        params: RegionParams,
        body: RegionPatch,
        response: { 200: RegionSchema },
      },
    },
    async (request) => presentRegion(await updateRegion(ctx, request.actor, request.params.code, request.body)),
  );

  app.get(
    '/api/stations',
    {
      schema: {
        tags,
        summary: 'Safe-deployment stations in order; station 1 is First Release',
        response: { 200: Type.Array(StationSchema) },
      },
    },
    async () => (await listStations(ctx)).map(presentStation),
  );

  app.patch(
    '/api/stations/:number',
    {
      schema: {
        tags,
        summary: 'Rename a station or change its pause (operators)',
        params: StationParams,
        body: StationPatch,
        response: { 200: StationSchema },
      },
    },
    async (request) => presentStation(await updateStation(ctx, request.actor, request.params.number, request.body)),
  );
}
