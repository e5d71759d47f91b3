// Releases, rollouts, maintenance and calendar feeds (see tables/updates.ts for what each holds).
import type { Kysely } from 'kysely';

// Plain `any`: a migration describes the database as it was at that point, not today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('release')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('database_version', 'text', (c) => c.notNull())
    .addColumn('release_notes_url', 'text', (c) => c.notNull())
    .addColumn('wave', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('release_created').on('release').column('created_at').execute();

  await db.schema
    .createTable('release_feature')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('release.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.references('service.id'))
    .addColumn('disruptive', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('release_feature_release').on('release_feature').column('release_id').execute();

  await db.schema
    .createTable('environment_release_feature')
    .addColumn('environment_id', 'text', (c) => c.notNull().references('environment.id').onDelete('cascade'))
    .addColumn('feature_id', 'text', (c) => c.notNull().references('release_feature.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('environment_release_feature_pk', ['environment_id', 'feature_id'])
    .execute();

  await db.schema
    .createTable('rollout')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().unique().references('release.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('pause_hours', 'integer', (c) => c.notNull())
    .addColumn('regions', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rollout_state').on('rollout').column('state').execute();

  await db.schema
    .createTable('rollout_target')
    .addColumn('rollout_id', 'text', (c) => c.notNull().references('rollout.id').onDelete('cascade'))
    .addColumn('station', 'integer', (c) => c.notNull())
    .addColumn('station_name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('first_release', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('service_starts_at', 'text', (c) => c.notNull())
    .addColumn('service_ends_at', 'text', (c) => c.notNull())
    .addColumn('database_starts_at', 'text', (c) => c.notNull())
    .addColumn('database_ends_at', 'text', (c) => c.notNull())
    .addColumn('service_done_at', 'text')
    .addColumn('finished_at', 'text')
    .addPrimaryKeyConstraint('rollout_target_pk', ['rollout_id', 'station', 'region_code'])
    .execute();
  await db.schema
    .createIndex('rollout_target_open')
    .on('rollout_target')
    .columns(['state', 'service_starts_at'])
    .execute();

  await db.schema
    .createTable('rollout_environment')
    .addColumn('rollout_id', 'text', (c) => c.notNull().references('rollout.id').onDelete('cascade'))
    .addColumn('environment_id', 'text', (c) => c.notNull().references('environment.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('station', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('previous_version', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('service_done_at', 'text')
    .addColumn('database_done_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('overran_at', 'text')
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollout_environment_pk', ['rollout_id', 'environment_id'])
    .execute();
  await db.schema
    .createIndex('rollout_environment_target')
    .on('rollout_environment')
    .columns(['rollout_id', 'station', 'region_code', 'state'])
    .execute();
  await db.schema
    .createIndex('rollout_environment_environment')
    .on('rollout_environment')
    .column('environment_id')
    .execute();

  await db.schema
    .createTable('maintenance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('environment_filter', 'text', (c) => c.notNull())
    .addColumn('notice_due_at', 'text')
    .addColumn('notice_sent_at', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('maintenance_notice_due')
    .on('maintenance')
    .columns(['notice_sent_at', 'notice_due_at'])
    .execute();

  await db.schema
    .createTable('maintenance_window')
    .addColumn('maintenance_id', 'text', (c) => c.notNull().references('maintenance.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addPrimaryKeyConstraint('maintenance_window_pk', ['maintenance_id', 'region_code'])
    .execute();
  await db.schema
    .createIndex('maintenance_window_due')
    .on('maintenance_window')
    .columns(['state', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('maintenance_window_ends')
    .on('maintenance_window')
    .columns(['state', 'ends_at'])
    .execute();

  await db.schema
    .createTable('maintenance_environment')
    .addColumn('maintenance_id', 'text', (c) => c.notNull().references('maintenance.id').onDelete('cascade'))
    .addColumn('environment_id', 'text', (c) => c.notNull().references('environment.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('maintenance_environment_pk', ['maintenance_id', 'environment_id'])
    .execute();
  await db.schema
    .createIndex('maintenance_environment_environment')
    .on('maintenance_environment')
    .column('environment_id')
    .execute();
  await db.schema
    .createIndex('maintenance_environment_tenant')
    .on('maintenance_environment')
    .columns(['tenant_id', 'maintenance_id'])
    .execute();

  await db.schema
    .createTable('maintenance_update')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('maintenance_id', 'text', (c) => c.notNull().references('maintenance.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('maintenance_update_maintenance')
    .on('maintenance_update')
    .columns(['maintenance_id', 'at'])
    .execute();

  await db.schema
    .createTable('calendar_feed')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenant.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
