// Service health: incidents and advisories with their timeline, the environments they touch,
// followers, post-incident reports, support tickets and SLA credit claims.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incident')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('derived_severity', 'text', (c) => c.notNull())
    .addColumn('severity_reasons', 'text', (c) => c.notNull())
    .addColumn('severity_override', 'text')
    .addColumn('severity_override_reason', 'text')
    .addColumn('symptoms', 'text', (c) => c.notNull())
    .addColumn('significant_degradation', 'integer', (c) => c.notNull())
    .addColumn('upstream_degraded', 'integer', (c) => c.notNull())
    .addColumn('service_ids', 'text', (c) => c.notNull())
    .addColumn('feature', 'text')
    .addColumn('feature_group', 'text')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('region_codes', 'text', (c) => c.notNull())
    .addColumn('tenant_count', 'integer', (c) => c.notNull())
    .addColumn('impact_description', 'text', (c) => c.notNull())
    .addColumn('user_experience', 'text', (c) => c.notNull())
    .addColumn('workaround', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text')
    .addColumn('is_resolved', 'integer', (c) => c.notNull())
    .addColumn('last_post_at', 'text', (c) => c.notNull())
    .addColumn('pir_due_at', 'text')
    .addColumn('maintenance_id', 'text')
    .addColumn('opened_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_resolved_start').on('incident').columns(['is_resolved', 'start_at']).execute();
  await db.schema
    .createIndex('incident_public')
    .on('incident')
    .columns(['severity', 'is_public', 'start_at'])
    .execute();

  await db.schema
    .createTable('incident_post')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('post_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_post_incident')
    .on('incident_post')
    .columns(['incident_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('incident_environment')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('environment_id', 'text', (c) => c.notNull().references('environment.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_environment_pk', ['incident_id', 'environment_id'])
    .execute();
  await db.schema
    .createIndex('incident_environment_tenant')
    .on('incident_environment')
    .columns(['tenant_id', 'incident_id'])
    .execute();

  await db.schema
    .createTable('incident_follower')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_follower_pk', ['incident_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('incident_report')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incident.id').onDelete('cascade'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('user_experience', 'text', (c) => c.notNull())
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('resolution_at', 'text', (c) => c.notNull())
    .addColumn('root_cause', 'text', (c) => c.notNull())
    .addColumn('next_steps', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('written_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('support_ticket')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('environment_id', 'text', (c) => c.references('environment.id').onDelete('set null'))
    .addColumn('service_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.references('incident.id').onDelete('set null'))
    .addColumn('maintenance_id', 'text')
    .addColumn('linked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('support_ticket_tenant')
    .on('support_ticket')
    .columns(['tenant_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('sla_claim')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('uptime_percent', 'double precision', (c) => c.notNull())
    .addColumn('downtime_minutes', 'double precision', (c) => c.notNull())
    .addColumn('degraded_minutes', 'double precision', (c) => c.notNull())
    .addColumn('incident_ids', 'text', (c) => c.notNull())
    .addColumn('credit_percent', 'double precision', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision_reason', 'text')
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sla_claim_once', ['tenant_id', 'service_id', 'month'])
    .execute();
}
