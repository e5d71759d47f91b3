// The save-time half of "public means public" (src/domain/publicity.ts): text that will be on the
// public status page, its backup site and feeds may not name a tenant, an environment or a person
// of the directory. A provider's directory holds millions of names, so a check does not read them
// all: it reads the names whose key (their first words, `privateNameKey`) is a run of the text's
// words, by index, and matches those in memory as whole words, ignoring case. The refusal names the
// field and the word.
import type { Kysely } from 'kysely';
import { privateNameKeysIn, privateNamesIn } from '../domain/publicity.js';
import { type FieldProblem, privateName, words } from '../errors.js';
import { isAnyOf } from '../store/chunks.js';
import type { DB } from '../store/schema.js';

export interface PublicField {
  /** Where the text came from, e.g. "body.title". */
  field: string;
  text: string | null | undefined;
}

/** The directory's names that `texts` could contain, and those stored without a key (migration 027). */
async function candidateNames(db: Kysely<DB>, texts: readonly string[]): Promise<string[]> {
  const keys = [...new Set(texts.flatMap(privateNameKeysIn))];
  const names: string[] = [];
  for (const table of ['tenant', 'environment', 'person'] as const) {
    const rows = await db
      .selectFrom(table)
      .select('name')
      .where((eb) => eb.or([isAnyOf(db, 'name_key', keys), eb('name_key', 'is', null)]))
      .execute();
    for (const r of rows) names.push(r.name.trim());
  }
  return [...new Set(names)];
}

/** Throws 422 HERALD_PRIVATE_NAME naming every field and word at fault; nothing when all are clean. */
export async function checkPublicText(db: Kysely<DB>, fields: readonly PublicField[]): Promise<void> {
  const present = fields.filter(
    (f): f is { field: string; text: string } => typeof f.text === 'string' && f.text.trim() !== '',
  );
  if (!present.length) return;
  const names = await candidateNames(
    db,
    present.map((f) => f.text),
  );
  const problems: FieldProblem[] = [];
  for (const f of present) {
    const found = privateNamesIn(f.text, names);
    if (found.length) {
      problems.push({
        field: f.field,
        message: words('problem.publicText.names', { names: found.map((n) => `"${n}"`).join(', ') }),
      });
    }
  }
  if (problems.length) throw privateName(problems);
}
