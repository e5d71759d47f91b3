// `herald import <files...>`: one JSON document, or CSV files named by what they hold (tenants.csv,
// environments.csv, people.csv — a name may go on, as in people-emea.csv). All the files are one
// import: checked together, written in one transaction, or not at all.
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../app/context.js';
import { importDirectory, type ImportProgress, type ImportSummary } from '../../app/directory/import.js';
import {
  batchFromCsv,
  batchFromJson,
  IMPORT_KINDS,
  mergeBatches,
  type ImportBatch,
  type ImportKind,
} from '../../app/directory/importSources.js';
import { systemActor } from '../../domain/actor.js';
import { HeraldError } from '../../errors.js';

export interface RunImportOptions {
  /** Where progress and the summary are written; the console by default. */
  log?: (line: string) => void;
  onProgress?: (progress: ImportProgress) => void;
}

function readSource(file: string): ImportBatch {
  const name = path.basename(file);
  const text = fs.readFileSync(file, 'utf8');
  if (/\.json$/i.test(name)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error(`${name} is not valid JSON: ${(e as Error).message}`);
    }
    return batchFromJson(data, name);
  }
  const kind = IMPORT_KINDS.find((k) => name.toLowerCase().startsWith(k));
  if (!/\.csv$/i.test(name) || !kind) {
    throw new Error(
      `${name}: give a .json file, or .csv files whose names start with what they hold: ${IMPORT_KINDS.map((k) => `${k}.csv`).join(', ')}`,
    );
  }
  return batchFromCsv(kind as ImportKind, text, name);
}

/** One line per written chunk and per finished check, so a long import shows it is moving. */
const progressPrinter =
  (log: (line: string) => void) =>
  (p: ImportProgress): void =>
    log(
      `${p.step === 'checking' ? 'checked' : 'wrote'} ${p.what}: ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')}`,
    );

export async function runImport(
  ctx: AppContext,
  files: string[],
  options: RunImportOptions = {},
): Promise<ImportSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const batch = mergeBatches(files.map(readSource));
  log(
    `Importing ${batch.tenants.length} tenants, ${batch.environments.length} environments and ${batch.people.length} people from ${batch.sources.join(', ')}…`,
  );
  try {
    const summary = await importDirectory(ctx, systemActor('cli'), batch, {
      onProgress: options.onProgress ?? progressPrinter(log),
    });
    log(
      `Imported ${summary.tenants} tenants, ${summary.environments} environments, ${summary.people} people and ${summary.roles} roles in ${(summary.durationMs / 1000).toFixed(1)} s.`,
    );
    return summary;
  } catch (e) {
    if (!(e instanceof HeraldError) || !e.problems.length) throw e;
    for (const p of e.problems) log(`  ${p.field}: ${p.message}`);
    throw new Error(
      `nothing was imported; fix the ${e.problems.length === 1 ? 'problem' : 'problems'} above and run it again`,
    );
  }
}
