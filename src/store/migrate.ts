// Forward-only, numbered migrations. They run at start-up (`herald serve`) and with
// `herald migrate`. A new migration is a new file in ./migrations, added to the list below.
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import * as m001 from './migrations/001_foundation.js';
import * as m002 from './migrations/002_notifications.js';
import * as m003 from './migrations/003_service_health.js';
import * as m004 from './migrations/004_updates.js';
import * as m005 from './migrations/005_messages.js';
import * as m006 from './migrations/006_periodic_jobs.js';
import * as m007 from './migrations/007_rate_limits.js';
import * as m008 from './migrations/008_sign_in_links.js';
import * as m009 from './migrations/009_plan_requests.js';
import * as m010 from './migrations/010_identity.js';
import * as m011 from './migrations/011_ticket_conversations.js';
import * as m012 from './migrations/012_subscribers.js';
import * as m013 from './migrations/013_branding.js';
import * as m014 from './migrations/014_incident_templates.js';
import * as m015 from './migrations/015_release_train.js';
import * as m016 from './migrations/016_hidden_services.js';
import * as m017 from './migrations/017_members.js';
import * as m018 from './migrations/018_product_teams.js';
import * as m019 from './migrations/019_subscriber_chat.js';
import * as m020 from './migrations/020_scheduled_messages.js';
import * as m021 from './migrations/021_tenant_locale.js';
import * as m022 from './migrations/022_post_translations.js';
import * as m023 from './migrations/023_subscriber_locale.js';
import * as m024 from './migrations/024_person_locale_optional.js';
import * as m025 from './migrations/025_person_deactivated.js';
import * as m026 from './migrations/026_role_assignment_person_order.js';
import * as m027 from './migrations/027_private_name_key.js';
import * as m028 from './migrations/028_environment_service_region.js';

const migrations: Record<string, Migration> = {
  '001_foundation': m001,
  '002_notifications': m002,
  '003_service_health': m003,
  '004_updates': m004,
  '005_messages': m005,
  '006_periodic_jobs': m006,
  '007_rate_limits': m007,
  '008_sign_in_links': m008,
  '009_plan_requests': m009,
  '010_identity': m010,
  '011_ticket_conversations': m011,
  '012_subscribers': m012,
  '013_branding': m013,
  '014_incident_templates': m014,
  '015_release_train': m015,
  '016_hidden_services': m016,
  '017_members': m017,
  '018_product_teams': m018,
  '019_subscriber_chat': m019,
  '020_scheduled_messages': m020,
  '021_tenant_locale': m021,
  '022_post_translations': m022,
  '023_subscriber_locale': m023,
  '024_person_locale_optional': m024,
  '025_person_deactivated': m025,
  '026_role_assignment_person_order': m026,
  '027_private_name_key': m027,
  '028_environment_service_region': m028,
};

class ListedMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  const migrator = new Migrator({ db: database.db, provider: new ListedMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Migrates up to and including `name` and no further: for testing a later migration on old data. */
export async function migrateTo(database: Database, name: string): Promise<void> {
  if (!(name in migrations)) throw new Error(`no migration ${name}`);
  const migrator = new Migrator({ db: database.db, provider: new ListedMigrations() });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}
