// Single sign-on (OpenID Connect) and SCIM provisioning. Numbered with a gap after the features
// before it so that migrations written at the same time elsewhere keep their order.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A deactivated person keeps their history but signs in to nothing and is told nothing.
  await db.schema.alterTable('person').addColumn('deactivated_at', 'text').execute();

  await db.schema
    .createTable('identity_provider')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret_sealed', 'text', (c) => c.notNull())
    .addColumn('allowed_domains', 'text', (c) => c.notNull())
    .addColumn('groups_claim', 'text', (c) => c.notNull())
    .addColumn('join_policy', 'text', (c) => c.notNull())
    .addColumn('password_fallback', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('identity_provider_tenant').on('identity_provider').column('tenant_id').execute();

  await db.schema
    .createTable('group_role_rule')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('environment_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('group_role_rule_unique', ['tenant_id', 'group_name', 'role', 'environment_id'])
    .execute();

  await db.schema
    .createTable('tenant_member')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('groups', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tenant_member_pk', ['tenant_id', 'person_id'])
    .execute();
  await db.schema.createIndex('tenant_member_person').on('tenant_member').column('person_id').execute();

  await db.schema
    .createTable('managed_role')
    .addColumn('role_assignment_id', 'text', (c) => c.primaryKey().references('role_assignment.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('managed_role_person').on('managed_role').columns(['person_id', 'tenant_id']).execute();

  await db.schema
    .createTable('scim_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('scim_group')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('scim_group_name', ['tenant_id', 'display_name'])
    .execute();

  await db.schema
    .createTable('scim_group_member')
    .addColumn('group_id', 'text', (c) => c.notNull().references('scim_group.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('scim_group_member_pk', ['group_id', 'person_id'])
    .execute();
  await db.schema.createIndex('scim_group_member_person').on('scim_group_member').column('person_id').execute();

  await db.schema
    .createTable('oidc_login')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('provider_key', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('oidc_session')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('session.id').onDelete('cascade'))
    .addColumn('provider_key', 'text', (c) => c.notNull())
    .addColumn('sid', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_session_sid').on('oidc_session').columns(['provider_key', 'sid']).execute();
  await db.schema.createIndex('oidc_session_subject').on('oidc_session').columns(['provider_key', 'subject']).execute();
}
