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
import { HeraldError, words } from '../../errors.js';
import type { Translator } from '../../i18n/translator.js';
import { operatorTranslator } from '../language.js';

export interface RunImportOptions {
  /** Where progress and the summary are written; the console by default. */
  log?: (line: string) => void;
  onProgress?: (progress: ImportProgress) => void;
  /** The operator's language (HERALD_LANG, LANG, …) by default. */
  tr?: Translator;
}

function readSource(file: string, tr: Translator): ImportBatch {
  const name = path.basename(file);
  const text = fs.readFileSync(file, 'utf8');
  if (/\.json$/i.test(name)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error(tr.t('cli.import.notJson', { file: name, reason: (e as Error).message }));
    }
    return batchFromJson(data, name);
  }
  const kind = IMPORT_KINDS.find((k) => name.toLowerCase().startsWith(k));
  if (!/\.csv$/i.test(name) || !kind) {
    throw new Error(tr.t('cli.import.badName', { file: name, names: IMPORT_KINDS.map((k) => `${k}.csv`).join(', ') }));
  }
  return batchFromCsv(kind as ImportKind, text, name);
}

/** One line per written chunk and per finished check, so a long import shows it is moving. */
const progressPrinter =
  (log: (line: string) => void, tr: Translator) =>
  (p: ImportProgress): void =>
    log(
      tr.t('cli.import.progress', {
        step: p.step,
        what: p.what === 'environment services' ? 'services' : p.what,
        done: p.done,
        total: p.total,
      }),
    );

export async function runImport(
  ctx: AppContext,
  files: string[],
  options: RunImportOptions = {},
): Promise<ImportSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const tr = options.tr ?? operatorTranslator();
  const batch = mergeBatches(files.map((f) => readSource(f, tr)));
  log(
    tr.t('cli.import.starting', {
      tenants: batch.tenants.length,
      environments: batch.environments.length,
      people: batch.people.length,
      sources: batch.sources.join(', '),
    }),
  );
  try {
    const summary = await importDirectory(ctx, systemActor('cli'), batch, {
      onProgress: options.onProgress ?? progressPrinter(log, tr),
    });
    log(
      tr.t('cli.import.done', {
        tenants: summary.tenants,
        environments: summary.environments,
        people: summary.people,
        roles: summary.roles,
        seconds: summary.durationMs / 1000,
      }),
    );
    return summary;
  } catch (e) {
    if (!(e instanceof HeraldError) || !e.problems.length) throw e;
    for (const p of e.problems) log(`  ${p.field}: ${tr.words(p.message)}`);
    throw new Error(tr.t('cli.import.failed', { count: e.problems.length }));
  }
}
