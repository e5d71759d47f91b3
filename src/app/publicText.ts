// The save-time half of "public means public" (src/domain/publicity.ts): text that will be on the
// public status page, its backup site and feeds may not name a tenant, an environment or a person
// of the directory. The names are read once per check (three narrow selects) and matched in memory
// as whole words, ignoring case; the refusal names the field and the word.
import type { Kysely } from 'kysely';
import { MIN_PRIVATE_NAME_LENGTH, privateNamesIn } from '../domain/publicity.js';
import { type FieldProblem, privateName, words } from '../errors.js';
import type { DB } from '../store/schema.js';

export interface PublicField {
  /** Where the text came from, e.g. "body.title". */
  field: string;
  text: string | null | undefined;
}

async function directoryNames(db: Kysely<DB>): Promise<string[]> {
  const [tenants, environments, people] = await Promise.all([
    db.selectFrom('tenant').select('name').execute(),
    db.selectFrom('environment').select('name').execute(),
    db.selectFrom('person').select('name').execute(),
  ]);
  return [...new Set([...tenants, ...environments, ...people].map((r) => r.name.trim()))].filter(
    (n) => n.length >= MIN_PRIVATE_NAME_LENGTH,
  );
}

/** Throws 422 HERALD_PRIVATE_NAME naming every field and word at fault; nothing when all are clean. */
export async function checkPublicText(db: Kysely<DB>, fields: readonly PublicField[]): Promise<void> {
  const present = fields.filter(
    (f): f is { field: string; text: string } => typeof f.text === 'string' && f.text.trim() !== '',
  );
  if (!present.length) return;
  const names = await directoryNames(db);
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
