// Releases: a weekly minor service update, a major wave or a security update, with its version,
// release notes and features. Operators publish them; every signed-in person may read them (they
// are the provider's, not a tenant's). Deployment is a separate step: rollouts.ts.
import { isOperator, type Actor } from '../../domain/actor.js';
import { checkUrl } from '../../domain/directory.js';
import { checkDatabaseVersion, checkReleaseVersion, RELEASE_KINDS, type ReleaseKind } from '../../domain/releases.js';
import { conflict, forbidden, notFound, unauthenticated, words } from '../../errors.js';
import type { ReleaseFeatureTable, ReleaseTable, RolloutTable } from '../../store/schema.js';
import { flag, newId } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { pageOf, type Page, type PageRequest } from '../directory/paging.js';
import { findUnknownServices } from '../directory/services.js';

export interface ReleaseFeatureInput {
  name: string;
  description?: string;
  serviceId?: string;
  disruptive?: boolean;
}

export interface ReleaseInput {
  kind: ReleaseKind;
  version: string;
  /** The version after the database (background) part; the service version when left out. */
  databaseVersion?: string;
  title?: string;
  releaseNotesUrl: string;
  features?: ReleaseFeatureInput[];
}

export interface ReleaseView {
  release: ReleaseTable;
  features: ReleaseFeatureTable[];
  rollout: Pick<RolloutTable, 'id' | 'state' | 'starts_at'> | null;
}

const KIND_TITLES: Record<ReleaseKind, string> = {
  weekly: 'Service update',
  wave: 'Release wave update',
  security: 'Security update',
};

function checkRelease(input: ReleaseInput): void {
  const check = new InputCheck()
    .field('body.kind', input.kind, (v) =>
      (RELEASE_KINDS as readonly string[]).includes(v)
        ? null
        : words('problem.schema.oneOf', { choices: RELEASE_KINDS.join(', ') }),
    )
    .field('body.version', input.version, checkReleaseVersion)
    .field('body.releaseNotesUrl', input.releaseNotesUrl, checkUrl)
    .field('body.title', input.title, (v) => (v.trim() ? null : 'problem.notEmpty'));
  if (input.databaseVersion !== undefined && !checkReleaseVersion(input.version)) {
    check.field('body.databaseVersion', input.databaseVersion, (v) => checkDatabaseVersion(input.version, v));
  }
  const names = new Set<string>();
  (input.features ?? []).forEach((f, i) => {
    const key = f.name.trim().toLowerCase();
    check.field(`body.features[${i}].name`, f.name, (v) =>
      !v.trim() ? 'problem.notEmpty' : names.has(key) ? 'problem.listedTwice' : null,
    );
    names.add(key);
  });
  check.done();
}

export async function createRelease(ctx: AppContext, actor: Actor, input: ReleaseInput): Promise<ReleaseView> {
  if (!isOperator(actor)) throw forbidden('problem.releases.operatorsOnly');
  return runCommand(ctx, actor, (s) => insertRelease(s, input));
}

/** Checks and writes a release inside a command (the release train plans its week's in one transaction). */
export async function insertRelease(s: CommandScope, input: ReleaseInput): Promise<ReleaseView> {
  checkRelease(input);
  const unknown = await findUnknownServices(
    s.trx,
    (input.features ?? []).flatMap((f) => (f.serviceId ? [f.serviceId] : [])),
  );
  if (unknown.length)
    new InputCheck()
      .add('body.features', words('problem.releases.unknownServices', { unknown: unknown.join(', ') }))
      .done();
  if (await s.trx.selectFrom('release').select('id').where('version', '=', input.version).executeTakeFirst()) {
    throw conflict(words('problem.releases.exists', { version: input.version }), 'body.version');
  }
  const release: ReleaseTable = {
    id: newId(),
    kind: input.kind,
    title: input.title?.trim() || `${KIND_TITLES[input.kind]} ${input.version}`,
    version: input.version,
    database_version: input.databaseVersion ?? input.version,
    release_notes_url: input.releaseNotesUrl,
    wave: null,
    created_at: s.nowIso,
    updated_at: s.nowIso,
  };
  await s.trx.insertInto('release').values(release).execute();
  const features: ReleaseFeatureTable[] = (input.features ?? []).map((f) => ({
    id: newId(),
    release_id: release.id,
    name: f.name.trim(),
    description: f.description?.trim() ?? '',
    service_id: f.serviceId ?? null,
    disruptive: flag(f.disruptive ?? false),
    created_at: s.nowIso,
  }));
  if (features.length) await s.trx.insertInto('release_feature').values(features).execute();
  await s.audit({
    action: 'release.created',
    entityType: 'release',
    entityId: release.id,
    tenantId: null,
    after: { ...release, features },
  });
  return { release, features, rollout: null };
}

function assertSignedIn(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
}

async function viewsOf(ctx: AppContext, releases: ReleaseTable[]): Promise<ReleaseView[]> {
  if (!releases.length) return [];
  const ids = releases.map((r) => r.id);
  const db = ctx.database.db;
  const [features, rollouts] = await Promise.all([
    db
      .selectFrom('release_feature')
      .selectAll()
      .where('release_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('rollout')
      .select(['id', 'release_id', 'state', 'starts_at'])
      .where('release_id', 'in', ids)
      .execute(),
  ]);
  return releases.map((release) => {
    const rollout = rollouts.find((r) => r.release_id === release.id);
    return {
      release,
      features: features.filter((f) => f.release_id === release.id),
      rollout: rollout ? { id: rollout.id, state: rollout.state, starts_at: rollout.starts_at } : null,
    };
  });
}

export async function getRelease(ctx: AppContext, actor: Actor, id: string): Promise<ReleaseView> {
  assertSignedIn(actor);
  const row = await ctx.database.db.selectFrom('release').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('release', id);
  return (await viewsOf(ctx, [row]))[0]!;
}

export async function listReleases(
  ctx: AppContext,
  actor: Actor,
  filter: PageRequest & { kind?: ReleaseKind },
): Promise<Page<ReleaseView>> {
  assertSignedIn(actor);
  let query = ctx.database.db.selectFrom('release').selectAll();
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const page = await pageOf(query.orderBy('created_at', 'desc').orderBy('id'), filter);
  return { items: await viewsOf(ctx, page.items), total: page.total };
}
