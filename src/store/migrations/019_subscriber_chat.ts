// Slack and Microsoft Teams for public subscribers (issue 13): a webhook subscriber's payload
// format, as for tenants' webhook endpoints (014_incident_templates). Existing ones keep Standard Webhooks.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('subscriber')
    .addColumn('format', 'text', (c) => c.notNull().defaultTo('standard'))
    .execute();
}
