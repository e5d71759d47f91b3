// A real SMTP server for browser tests: Herald sends to it over SMTP (SMTP_URL), it keeps every
// message, parsed, so a test can wait for the one a person should receive.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SinkMessage {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface MailSink {
  url: string;
  messages: SinkMessage[];
  /** The messages to one address so far. */
  to(address: string): SinkMessage[];
  close(): Promise<void>;
}

const addresses = (mail: ParsedMail): string[] =>
  [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

export async function startMailSink(): Promise<MailSink> {
  const messages: SinkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          // The envelope says who it was really delivered to (Bcc included).
          const envelope = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          messages.push({ to: envelope.length ? envelope : addresses(mail), subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => messages.filter((m) => m.to.includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
