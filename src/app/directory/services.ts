// Services and their features: what incidents, maintenance and messages are about. Everyone may
// read them (the public status page lists them); operators add new ones.
import type { Kysely } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import { conflict, forbidden, notFound, words } from '../../errors.js';
import type { DB, FeatureTable, ServiceTable } from '../../store/schema.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from './check.js';

export interface ServiceView extends ServiceTable {
  features: FeatureTable[];
}

// The shape of the ids shipped in src/domain/services.ts: "power-apps", "power-apps.canvas-apps".
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function listServices(ctx: AppContext): Promise<ServiceView[]> {
  const db = ctx.database.db;
  const [services, features] = await Promise.all([
    db.selectFrom('service').selectAll().orderBy('sort').orderBy('id').execute(),
    db.selectFrom('feature').selectAll().orderBy('id').execute(),
  ]);
  return services.map((s) => ({ ...s, features: features.filter((f) => f.service_id === s.id) }));
}

/** The ids among `ids` that are not services; an empty list when all are known. */
export async function findUnknownServices(db: Kysely<DB>, ids: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return [];
  const known = new Set(
    (await db.selectFrom('service').select('id').where('id', 'in', wanted).execute()).map((r) => r.id),
  );
  return wanted.filter((id) => !known.has(id));
}

export async function createService(
  ctx: AppContext,
  actor: Actor,
  input: { id: string; name: string },
): Promise<ServiceView> {
  if (!isOperator(actor)) throw forbidden('problem.services.operatorsAdd');
  new InputCheck()
    .field('body.id', input.id, (v) => (SLUG.test(v) ? null : 'problem.services.slug'))
    .field('body.name', input.name, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .done();
  return runCommand(ctx, actor, async (s) => {
    const name = input.name.trim();
    const clash = await s.trx
      .selectFrom('service')
      .select(['id', 'name'])
      .where((eb) => eb.or([eb('id', '=', input.id), eb('name', '=', name)]))
      .executeTakeFirst();
    if (clash) {
      throw clash.id === input.id
        ? conflict(words('problem.services.idTaken', { id: input.id }), 'body.id')
        : conflict(words('problem.services.nameTaken', { name }), 'body.name');
    }
    const last = await s.trx
      .selectFrom('service')
      .select((eb) => eb.fn.max('sort').as('sort'))
      .executeTakeFirst();
    const row: ServiceTable = { id: input.id, name, sort: Number(last?.sort ?? -1) + 1 };
    await s.trx.insertInto('service').values(row).execute();
    await s.audit({ action: 'service.created', entityType: 'service', entityId: row.id, tenantId: null, after: row });
    s.changed({ tenantIds: null, topic: 'services' });
    return { ...row, features: [] };
  });
}

/** A feature's id is its service's id, a dot and its own slug, like the ones shipped. */
export async function createFeature(
  ctx: AppContext,
  actor: Actor,
  serviceId: string,
  input: { id: string; name: string; group?: string },
): Promise<FeatureTable> {
  if (!isOperator(actor)) throw forbidden('problem.services.operatorsAddFeatures');
  const prefix = `${serviceId}.`;
  new InputCheck()
    .field('body.id', input.id, (v) =>
      v.startsWith(prefix) && SLUG.test(v.slice(prefix.length))
        ? null
        : words('problem.services.featureSlug', { prefix }),
    )
    .field('body.name', input.name, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .done();
  return runCommand(ctx, actor, async (s) => {
    if (!(await s.trx.selectFrom('service').select('id').where('id', '=', serviceId).executeTakeFirst()))
      throw notFound('service', serviceId);
    if (await s.trx.selectFrom('feature').select('id').where('id', '=', input.id).executeTakeFirst()) {
      throw conflict(words('problem.services.featureIdTaken', { id: input.id }), 'body.id');
    }
    const row: FeatureTable = {
      id: input.id,
      service_id: serviceId,
      name: input.name.trim(),
      feature_group: input.group?.trim() || null,
    };
    await s.trx.insertInto('feature').values(row).execute();
    await s.audit({ action: 'feature.created', entityType: 'feature', entityId: row.id, tenantId: null, after: row });
    s.changed({ tenantIds: null, topic: 'services' });
    return row;
  });
}
