// How maintenance goes, region by region: reported by operators (started, completed, failed) or
// moved by the periodic job (started when a window opens, overran at its end). Work completed
// inside its window sends nothing; work that fails or overruns raises the highest-priority
// incident for exactly the environments of the regions concerned.
import { isOperator, systemActor, type Actor } from '../../domain/actor.js';
import {
  isFinished,
  parseUtc,
  windowStateAfterReport,
  windowStateDueAt,
  type MaintenanceReport,
  type MaintenanceState,
} from '../../domain/maintenance.js';
import { forbidden, illegalTransition, invalid, words } from '../../errors.js';
import type { MaintenanceWindowTable } from '../../store/schema.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import {
  addTimeline,
  getMaintenance,
  loadRecord,
  noticeChange,
  settleState,
  type MaintenanceView,
} from './maintenance.js';
import { checkPublicText } from '../publicText.js';
import { isPublicMaintenance } from './maintenanceLookup.js';
import { sendNotice, sendProgress, type MaintenanceRecord } from './maintenanceNotices.js';
import { raiseMaintenanceIncident } from './raiseIncidents.js';

const TIMELINE: Partial<Record<MaintenanceState, string>> = {
  in_progress: 'Work has started',
  completed: 'Completed inside the window',
  overran: 'Ran past the end of the window',
  failed: 'Failed',
};

async function moveWindows(
  s: CommandScope,
  rec: MaintenanceRecord,
  moves: { window: MaintenanceWindowTable; state: MaintenanceState; at: string }[],
  note?: string,
): Promise<void> {
  for (const { window, state, at } of moves) {
    const change = {
      state,
      // Work reported done (or overrun) without a start report started when its window opened.
      started_at: window.started_at ?? (state === 'in_progress' ? at : state === 'failed' ? null : window.starts_at),
      finished_at: isFinished(state) ? at : null,
    };
    await s.trx
      .updateTable('maintenance_window')
      .set(change)
      .where('maintenance_id', '=', window.maintenance_id)
      .where('region_code', '=', window.region_code)
      .execute();
    Object.assign(window, change);
  }
  for (const state of ['in_progress', 'completed', 'overran', 'failed'] as const) {
    const regions = moves.filter((m) => m.state === state).map((m) => m.window.region_code);
    if (regions.length)
      await addTimeline(
        s,
        rec.maintenance.id,
        state,
        `${TIMELINE[state]} in ${regions.join(', ')}.${note ? ` ${note}` : ''}`,
      );
    if (regions.length && (state === 'in_progress' || state === 'completed')) {
      await sendProgress(s, rec, state === 'in_progress' ? 'maintenance.started' : 'maintenance.completed', regions);
    }
  }
  for (const reason of ['overran', 'failed'] as const) {
    const windows = moves.filter((m) => m.state === reason).map((m) => m.window);
    if (windows.length) await raiseMaintenanceIncident(s, rec, windows, reason);
  }
  await settleState(s, rec);
  await noticeChange(s, rec);
}

export interface MaintenanceReportInput {
  status: MaintenanceReport;
  /** Regions the report is about; every region still open when left out. */
  regions?: string[];
  /** When it happened (ISO UTC, not in the future); now when left out. */
  at?: string;
  note?: string;
}

export async function reportMaintenance(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: MaintenanceReportInput,
): Promise<MaintenanceView> {
  if (!isOperator(actor)) throw forbidden('problem.maintenance.operatorsReport');
  const now = ctx.now();
  const at = input.at === undefined ? now : parseUtc(input.at);
  if (!at) throw invalid('body.at', 'problem.utc.invalid');
  if (at.getTime() > now.getTime()) throw invalid('body.at', 'problem.reportPast');
  await runCommand(ctx, actor, async (s) => {
    const rec = await loadRecord(s, id);
    if (rec.maintenance.state === 'cancelled') throw illegalTransition('problem.maintenance.cancelled', 'body.status');
    const unknown = (input.regions ?? []).filter((r) => !rec.windows.some((w) => w.region_code === r));
    if (unknown.length)
      throw invalid('body.regions', words('problem.maintenance.regionsWithoutWindow', { regions: unknown.join(', ') }));
    const chosen = input.regions
      ? rec.windows.filter((w) => input.regions!.includes(w.region_code))
      : rec.windows.filter((w) => !isFinished(w.state));
    if (!chosen.length) throw illegalTransition('problem.maintenance.allEnded', 'body.status');
    // The note goes into the timeline the public page shows.
    if (isPublicMaintenance(rec.maintenance)) await checkPublicText(s.trx, [{ field: 'body.note', text: input.note }]);
    const moves = chosen.map((window) => {
      const state = windowStateAfterReport(
        { state: window.state, start: new Date(window.starts_at), end: new Date(window.ends_at) },
        input.status,
        at,
      );
      if (!state)
        throw illegalTransition(
          words('problem.maintenance.windowMove', {
            region: window.region_code,
            state: window.state.replace('_', ' '),
            to: input.status.replace('_', ' '),
          }),
          'body.status',
        );
      return { window, state, at: at.toISOString() };
    });
    await moveWindows(s, rec, moves, input.note?.trim());
    await s.audit({
      action: `maintenance.reported.${input.status}`,
      entityType: 'maintenance',
      entityId: id,
      tenantId: null,
      after: { regions: moves.map((m) => [m.window.region_code, m.state]), at: at.toISOString(), note: input.note },
    });
  });
  return getMaintenance(ctx, actor, id);
}

const jobActor = systemActor('maintenance-job');

/**
 * The maintenance side of the periodic job: send notices whose lead time is reached, start
 * windows that have opened and call an overrun on windows that ended unfinished.
 */
export async function advanceMaintenance(ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  const nowIso = ctx.now().toISOString();
  const notices = await db
    .selectFrom('maintenance')
    .select('id')
    .where('notice_sent_at', 'is', null)
    .where('notice_due_at', '<=', nowIso)
    .where('state', 'in', ['scheduled', 'in_progress'])
    .execute();
  for (const { id } of notices) {
    await runCommand(ctx, jobActor, async (s) => {
      const rec = await loadRecord(s, id);
      // Another worker may have sent it meanwhile; the event keys would keep it single anyway.
      if (!rec.maintenance.notice_sent_at) await sendNotice(s, rec);
    });
  }
  const due = await db
    .selectFrom('maintenance_window')
    .select('maintenance_id')
    .distinct()
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'scheduled'), eb('starts_at', '<=', nowIso)]),
        eb.and([eb('state', 'in', ['scheduled', 'in_progress']), eb('ends_at', '<=', nowIso)]),
      ]),
    )
    .execute();
  for (const { maintenance_id } of due) {
    await runCommand(ctx, jobActor, async (s) => {
      const rec = await loadRecord(s, maintenance_id);
      const moves = rec.windows.flatMap((window) => {
        const state = windowStateDueAt(
          { state: window.state, start: new Date(window.starts_at), end: new Date(window.ends_at) },
          s.now,
        );
        // An overrun is dated at the window's end, when it became one.
        return state ? [{ window, state, at: state === 'overran' ? window.ends_at : window.starts_at }] : [];
      });
      if (moves.length) await moveWindows(s, rec, moves);
    });
  }
}
