// The console's rehearsal (operators): the scenario's text as pasted, parsed in the same two passes
// as `herald rehearse` and run by the same `rehearse`, which works on a private in-memory SQLite
// database: the live directory is only read (copied into it) when the scenario brings none, so the
// live tables and outbox — SQLite or PostgreSQL — are never written, and nothing is sent.
import { isOperator, type Actor } from '../../domain/actor.js';
import { conflict, forbidden, invalid, invalidMany, messageOf, words } from '../../errors.js';
import type { AppContext } from '../context.js';
import { rehearse, ScenarioRefused, type Timeline } from './rehearse.js';
import { parseScenario, ScenarioError } from './scenario.js';

/** A rehearsal runs every periodic job every few simulated minutes: a month is the most one request may ask. */
export const MAX_REHEARSAL_DAYS = 31;
const DAY_MS = 86_400_000;
const FILE = 'scenario';

/** One rehearsal at a time per process: each holds a database of its own and a share of the CPU. */
const running = new WeakSet<AppContext>();

/** Each problem names its entry, line and field ("events[3] (line 27), field at") in its message. */
const problemsOf = (e: ScenarioError) =>
  invalidMany(
    e.problems.map((p) => ({
      field: FILE,
      message: words('problem.fieldIs', { field: messageOf(p.where), message: messageOf(p.message) }),
    })),
  );

export async function rehearseScenario(ctx: AppContext, actor: Actor, text: string): Promise<Timeline> {
  if (!isOperator(actor)) throw forbidden('problem.rehearsal.operatorsOnly');
  let scenario;
  try {
    scenario = parseScenario(text, FILE);
  } catch (e) {
    if (e instanceof ScenarioError) throw problemsOf(e);
    throw e;
  }
  if (scenario.end.getTime() - scenario.start.getTime() > MAX_REHEARSAL_DAYS * DAY_MS)
    throw invalid('scenario', words('problem.rehearsal.tooLong', { days: MAX_REHEARSAL_DAYS }));
  if (running.has(ctx)) throw conflict('problem.rehearsal.running');
  running.add(ctx);
  try {
    return await rehearse(scenario, {
      config: ctx.config,
      live: scenario.directory ? undefined : ctx.database,
      file: FILE,
    });
  } catch (e) {
    if (e instanceof ScenarioError) throw problemsOf(e);
    if (e instanceof ScenarioRefused)
      throw invalid(FILE, words('problem.fieldIs', { field: messageOf(e.where), message: messageOf(e.reason) }));
    throw e;
  } finally {
    running.delete(ctx);
  }
}
