// `herald rehearse scenario.json`: replays a scenario on a simulated clock over a copy of the
// directory and writes the timeline (JSON, text and HTML). Sends nothing; a bad scenario is
// refused before anything runs, naming the entry and its line.
import fs from 'node:fs';
import path from 'node:path';
import type { HeraldConfig } from '../../config.js';
import { parseScenario, ScenarioError } from '../../app/rehearsal/scenario.js';
import { rehearse, ScenarioRefused } from '../../app/rehearsal/rehearse.js';
import { timelineHtml, timelineText } from '../../app/rehearsal/report.js';
import type { Database } from '../../store/database.js';
import type { Translator } from '../../i18n/translator.js';

export interface RehearseCliOptions {
  out?: string;
  /** The operator's language. */
  tr: Translator;
  /** Opens the live database, only when the scenario brings no directory of its own. */
  openLive: () => Promise<Database>;
}

export async function runRehearse(config: HeraldConfig, file: string, opts: RehearseCliOptions): Promise<void> {
  try {
    await rehearseFile(config, file, opts);
  } catch (e) {
    // A refused scenario in the operator's language (the errors' own message is the English).
    if (e instanceof ScenarioError || e instanceof ScenarioRefused)
      throw new Error(e.linesIn(opts.tr).join('\n'), { cause: e });
    throw e;
  }
}

async function rehearseFile(config: HeraldConfig, file: string, opts: RehearseCliOptions): Promise<void> {
  const text = fs.readFileSync(file, 'utf8');
  const scenario = parseScenario(text, path.basename(file));
  const live = scenario.directory ? undefined : await opts.openLive();
  try {
    const timeline = await rehearse(scenario, { config, live, file: path.basename(file) });
    const out = opts.out ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.timeline`);
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'timeline.json'), JSON.stringify(timeline, null, 2) + '\n');
    const text = timelineText(timeline);
    fs.writeFileSync(path.join(out, 'timeline.txt'), text);
    fs.writeFileSync(path.join(out, 'timeline.html'), timelineHtml(timeline));
    process.stdout.write(text);
    console.log(opts.tr.t('cli.rehearse.written', { dir: out }));
  } finally {
    await live?.close();
  }
}
