// Rehearsal from the console (operators): the sample scenario, and running a scenario's text on a
// simulated clock over a copy of the directory. Sends nothing and writes nothing live.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { rehearseScenario } from '../../../app/rehearsal/fromConsole.js';
import { SAMPLE_SCENARIO_TEXT } from '../../../app/rehearsal/sample.js';
import { forbidden } from '../../../errors.js';
import { isOperator } from '../../../domain/actor.js';
import type { HeraldServer } from '../../types.js';
import { RehearsalTimelineSchema } from '../../../shared/contracts/rehearsal.js';

const tags = ['rehearsal'];
/** A week of a busy policy is a few hundred lines; this leaves room for a directory of its own. */
const MAX_SCENARIO_CHARS = 512 * 1024;

export function registerRehearsalRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/rehearsals/sample',
    {
      schema: {
        tags,
        summary: 'A sample scenario to start from (operators)',
        response: { 200: Type.Object({ scenario: Type.String() }) },
      },
    },
    async (request) => {
      if (!isOperator(request.actor)) throw forbidden('problem.rehearsal.operatorsOnly');
      return { scenario: SAMPLE_SCENARIO_TEXT };
    },
  );
  app.post(
    '/api/rehearsals',
    {
      bodyLimit: MAX_SCENARIO_CHARS * 2,
      schema: {
        tags,
        summary:
          'Rehearse a scenario: who would be told what, and what the pages would show (operators; sends nothing)',
        description:
          'The scenario is the JSON `herald rehearse` reads, as text, so that a problem can name its line. It runs on a simulated clock over a private copy of the directory (the scenario’s own, or a snapshot of the live one); nothing is sent and nothing live is written. A bad scenario runs nothing: the problem names the entry, its line and the field.',
        body: Type.Object(
          { scenario: Type.String({ minLength: 1, maxLength: MAX_SCENARIO_CHARS }) },
          { additionalProperties: false },
        ),
        response: { 200: RehearsalTimelineSchema },
      },
    },
    async (request) => rehearseScenario(ctx, request.actor, request.body.scenario),
  );
}
