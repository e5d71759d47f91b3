// Regions and the safe-deployment stations. They start from the policy's table (src/domain/regions.ts)
// and operators may move a region's weekly window or its station; everyone may read them.
import { isOperator, type Actor } from '../../domain/actor.js';
import { parseWindowRule, WindowRuleError, type ServiceWindowRule } from '../../domain/regions.js';
import { forbidden, invalid, notFound, words } from '../../errors.js';
import type { RegionTable, StationTable } from '../../store/schema.js';
import { fromJson, toJson } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from './check.js';

export interface StationView extends StationTable {
  /** Codes of the regions deployed in this station, in the policy's order. */
  regions: string[];
}

export const windowOf = (r: RegionTable): ServiceWindowRule => ({
  start: r.window_start,
  end: r.window_end,
  days: fromJson<number[]>(r.window_days, []),
});

export async function listRegions(ctx: AppContext): Promise<RegionTable[]> {
  return ctx.database.db.selectFrom('region').selectAll().orderBy('sort').execute();
}

export async function getRegion(ctx: AppContext, code: string): Promise<RegionTable> {
  const row = await ctx.database.db.selectFrom('region').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound('region', code);
  return row;
}

export interface RegionPatch {
  window?: { start: string; end: string; days?: number[] };
  station?: number;
}

/**
 * A window's problem names the part that is wrong; this makes it the field.
 * A window that ends before it starts is fine: it crosses midnight (EUR 18:00–03:00).
 */
function checkWindow(window: NonNullable<RegionPatch['window']>): ServiceWindowRule {
  try {
    return parseWindowRule(window.start, window.end, window.days);
  } catch (e) {
    if (e instanceof WindowRuleError) throw invalid(`body.window.${e.problem.part}`, e.problem.message);
    throw e;
  }
}

export async function updateRegion(
  ctx: AppContext,
  actor: Actor,
  code: string,
  patch: RegionPatch,
): Promise<RegionTable> {
  if (!isOperator(actor)) throw forbidden('problem.regions.operatorsOnly');
  const window = patch.window ? checkWindow(patch.window) : undefined;
  return runCommand(ctx, actor, async (s) => {
    const before = await s.trx.selectFrom('region').selectAll().where('code', '=', code).executeTakeFirst();
    if (!before) throw notFound('region', code);
    if (
      patch.station !== undefined &&
      !(await s.trx.selectFrom('station').select('number').where('number', '=', patch.station).executeTakeFirst())
    ) {
      const numbers = (await s.trx.selectFrom('station').select('number').orderBy('number').execute()).map(
        (r) => r.number,
      );
      throw invalid('body.station', words('problem.regions.unknownStation', { choices: numbers.join(', ') }));
    }
    const after: RegionTable = {
      ...before,
      ...(window ? { window_start: window.start, window_end: window.end, window_days: toJson(window.days) } : {}),
      station: patch.station ?? before.station,
    };
    await s.trx.updateTable('region').set(after).where('code', '=', code).execute();
    await s.audit({ action: 'region.updated', entityType: 'region', entityId: code, tenantId: null, before, after });
    s.changed({ tenantIds: null, topic: 'regions' });
    return after;
  });
}

export async function listStations(ctx: AppContext): Promise<StationView[]> {
  const [stations, regions] = await Promise.all([
    ctx.database.db.selectFrom('station').selectAll().orderBy('number').execute(),
    listRegions(ctx),
  ]);
  return stations.map((st) => ({ ...st, regions: regions.filter((r) => r.station === st.number).map((r) => r.code) }));
}

export async function updateStation(
  ctx: AppContext,
  actor: Actor,
  number: number,
  patch: { name?: string; pauseHours?: number },
): Promise<StationView> {
  if (!isOperator(actor)) throw forbidden('problem.regions.operatorsStations');
  new InputCheck()
    .field('body.name', patch.name, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .field('body.pauseHours', patch.pauseHours, (v) =>
      Number.isInteger(v) && v >= 0 && v <= 24 * 14 ? null : 'problem.regions.pauseHours',
    )
    .done();
  await runCommand(ctx, actor, async (s) => {
    const before = await s.trx.selectFrom('station').selectAll().where('number', '=', number).executeTakeFirst();
    if (!before) throw notFound('station', String(number));
    const after: StationTable = {
      ...before,
      name: patch.name?.trim() ?? before.name,
      pause_hours: patch.pauseHours ?? before.pause_hours,
    };
    await s.trx.updateTable('station').set(after).where('number', '=', number).execute();
    await s.audit({
      action: 'station.updated',
      entityType: 'station',
      entityId: String(number),
      tenantId: null,
      before,
      after,
    });
    s.changed({ tenantIds: null, topic: 'regions' });
  });
  return (await listStations(ctx)).find((st) => st.number === number)!;
}
