// Email out: a pooled SMTP transport (nodemailer) when SMTP_URL is set, with DKIM when a key is
// configured; otherwise the mail is kept in the database and shown at GET /api/sent-mail, so a
// new installation shows what it would have sent instead of failing.
import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { HeraldConfig } from '../../config.js';
import type { DB } from '../../store/schema.js';
import { newId, toJson } from '../../store/values.js';
import { PermanentFailure } from './failures.js';

export interface OutgoingMail {
  deliveryId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<…@host>`, made from the delivery id: a resend carries the same one. */
  messageId: string;
  headers: Record<string, string>;
}

export interface Mailer {
  send(mail: OutgoingMail, now: string): Promise<void>;
  /** Resolves when the SMTP server answers a new connection (the circuit's probe). */
  verify(): Promise<void>;
  close(): void;
}

export { PermanentFailure } from './failures.js';

/** The domain of MAIL_FROM ("Herald <herald@example.com>" → example.com), for Message-IDs. */
export function mailDomain(mailFrom: string): string {
  return /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'localhost';
}

export function createMailer(config: HeraldConfig, db: Kysely<DB>, options: { maxConnections: number }): Mailer {
  if (!config.smtpUrl) return keptMail(db);
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: options.maxConnections,
    maxMessages: Infinity,
    ...(config.dkim ? { dkim: config.dkim } : {}),
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
          // The MIME boundaries' unique part. Without it nodemailer draws random bytes for each
          // part of each message (a twentieth of a send's CPU); the delivery id is as random and
          // already unique per message.
          baseBoundary: mail.deliveryId,
        });
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        // 5xx is the server's final word ("no such mailbox"); 4xx and lost connections are worth retrying.
        if (code !== undefined && code >= 500 && code < 600) throw new PermanentFailure((err as Error).message);
        throw err;
      }
    },
    verify: async () => void (await transport.verify()),
    close: () => transport.close(),
  };
}

function keptMail(db: Kysely<DB>): Mailer {
  return {
    async send(mail, now) {
      await db
        .insertInto('sent_mail')
        .values({
          id: newId(),
          delivery_id: mail.deliveryId,
          message_id: mail.messageId,
          mail_from: mail.from,
          mail_to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: toJson(mail.headers),
          created_at: now,
        })
        // A retry after a crash keeps the first copy, as a receiving server would show both.
        .onConflict((oc) => oc.column('delivery_id').doNothing())
        .execute();
    },
    verify: async () => {},
    close: () => {},
  };
}
