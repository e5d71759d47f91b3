// Support tickets as conversations: a status, a severity and a contact on the ticket, the replies
// of both sides, and the files attached to them.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Tickets filed before this migration were waiting for an operator: they start "open".
  await db.schema
    .alterTable('support_ticket')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .execute();
  await db.schema
    .alterTable('support_ticket')
    .addColumn('severity', 'text', (c) => c.notNull().defaultTo('C'))
    .execute();
  await db.schema.alterTable('support_ticket').addColumn('contact_name', 'text').execute();
  await db.schema.alterTable('support_ticket').addColumn('contact_email', 'text').execute();
  await db.schema.alterTable('support_ticket').addColumn('contact_phone', 'text').execute();
  // Duplicate detection reads a tenant's tickets that are still open.
  await db.schema
    .createIndex('support_ticket_tenant_status')
    .on('support_ticket')
    .columns(['tenant_id', 'status'])
    .execute();

  await db.schema
    .createTable('ticket_reply')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('support_ticket.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The reply's place in the conversation (1, 2, …), given under the ticket's row lock: replies in
    // the same millisecond keep the order they were written in.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addUniqueConstraint('ticket_reply_seq', ['ticket_id', 'seq'])
    .execute();

  await db.schema
    .createTable('ticket_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('support_ticket.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    // Base64 text: one column type that both databases store the same way (at most 5 MB a file).
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ticket_attachment_ticket')
    .on('ticket_attachment')
    .columns(['ticket_id', 'created_at'])
    .execute();
}
