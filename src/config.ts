// Configuration comes from the environment only, read once at start-up, so that a process is
// described completely by its environment (twelve-factor) and tests can build any variant.
import path from 'node:path';

export interface HeraldConfig {
  host: string;
  port: number;
  /** Where people reach Herald; used in links inside emails, feeds and webhooks. */
  publicUrl: string;
  /** `sqlite:<path>` (embedded default) or `postgres://…`. */
  databaseUrl: string;
  /** `smtp://…` / `smtps://…`; without it mail is kept in the database ("sent mail" view). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Secret for signing unsubscribe tokens and similar; generated per data folder when unset. */
  secret: string;
  /** Folder the static backup status site is written to on every change. */
  staticSiteDir: string | null;
  /** Run the delivery workers inside `herald serve` (default) or only in `herald worker`. */
  inProcessWorker: boolean;
  /** Allow webhooks to loopback/private addresses (tests and closed networks). */
  allowPrivateWebhookTargets: boolean;
  logLevel: string;
  /** Sign-in attempts per minute for one address and email before 429. */
  signInAttemptsPerMinute: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HeraldConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env.PORT}"`);
  }
  const host = env.HOST ?? '127.0.0.1';
  return {
    host,
    port,
    publicUrl: (env.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL ?? `sqlite:${path.join('data', 'herald.db')}`,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Herald <herald@localhost>',
    secret: env.HERALD_SECRET ?? 'herald-development-secret-change-me',
    staticSiteDir: env.STATIC_SITE_DIR ?? path.join('data', 'static-site'),
    inProcessWorker: env.HERALD_WORKER !== 'off',
    allowPrivateWebhookTargets: env.ALLOW_PRIVATE_WEBHOOK_TARGETS === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    signInAttemptsPerMinute: Number(env.SIGN_IN_ATTEMPTS_PER_MINUTE ?? 10),
  };
}
