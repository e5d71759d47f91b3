// The regions' windows and the stations as operators have set them (src/app/directory/regions.ts
// changes them), read inside a command's transaction so a plan sees one consistent table.
import type { Transaction } from 'kysely';
import type { RegionCode, StationDefinition } from '../../domain/regions.js';
import type { RolloutRegion } from '../../domain/rollout.js';
import type { DB } from '../../store/schema.js';
import { windowOf } from '../directory/regions.js';

export async function loadRegions(trx: Transaction<DB>): Promise<(RolloutRegion & { name: string })[]> {
  const rows = await trx.selectFrom('region').selectAll().orderBy('sort').execute();
  return rows.map((r) => ({ code: r.code as RegionCode, name: r.name, station: r.station, window: windowOf(r) }));
}

export async function loadStations(trx: Transaction<DB>): Promise<(StationDefinition & { pauseHours: number })[]> {
  const rows = await trx.selectFrom('station').selectAll().orderBy('number').execute();
  return rows.map((s) => ({ number: s.number, name: s.name, pauseHours: s.pause_hours }));
}
