// Tables of support-ticket conversations: the replies of both sides and the attached files. The
// ticket itself is support_ticket (serviceHealth.ts). Conventions as in foundation.ts.

/** One message in a ticket's conversation; the ticket's description is its first message. */
export interface TicketReplyTable {
  id: string;
  ticket_id: string;
  author_id: string;
  /** Who wrote it: someone of the tenant, or an operator of the provider. */
  side: 'tenant' | 'operator';
  body: string;
  created_at: string;
  /** Its place in the conversation, 1, 2, …; given under the ticket's row lock. */
  seq: number;
}

/** A file attached to a ticket (png, jpeg, pdf, text or log; at most 5 MB), checked by its first bytes. */
export interface TicketAttachmentTable {
  id: string;
  ticket_id: string;
  file_name: string;
  /** What the first bytes say it is, never what the uploader claimed. */
  content_type: string;
  size: number;
  /** Base64 of the file. */
  content: string;
  uploaded_by: string;
  created_at: string;
}

export interface TicketConversationTables {
  ticket_reply: TicketReplyTable;
  ticket_attachment: TicketAttachmentTable;
}
