// Configuration comes from the environment only, read once at start-up, so that a process is
// described completely by its environment (twelve-factor) and tests can build any variant.
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CREDIT_TIERS, parseCreditTiers, type CreditTier } from './domain/sla.js';
import { DEFAULT_DATABASE_SETTINGS, type DatabaseSettings } from './store/database.js';
import { FALLBACK_LOCALE, LANGUAGES, matchLocale } from './i18n/locales.js';
import { translator } from './i18n/translator.js';
import { words, type Words } from './shared/i18n/words.js';

/** A setting Herald cannot start with: `message` in English (logs), `words` for the operator's language. */
export class ConfigError extends Error {
  constructor(readonly words: Words) {
    super(translator('en').words(words));
    this.name = 'ConfigError';
  }
}

export interface HeraldConfig {
  host: string;
  port: number;
  /** Where people reach Herald; used in links inside emails, feeds and webhooks. */
  publicUrl: string;
  /** `sqlite:<path>` (embedded default) or `postgres://…`. */
  databaseUrl: string;
  /** Pool size and timeouts of the database's connections. */
  database: DatabaseSettings;
  /** `smtp://…` / `smtps://…`; without it mail is kept in the database ("sent mail" view). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Signs cookies and unsubscribe links (HERALD_SECRET); a fixed development value only on a loopback, non-production start. */
  secret: string;
  /** The secret before a rotation (HERALD_SECRET_PREVIOUS): still accepted when verifying, never used to sign. */
  secretPrevious: string | null;
  /** Whose X-Forwarded-For counts (TRUST_PROXY): false (default), a hop count, or proxy addresses/CIDRs. */
  trustProxy: boolean | number | string[];
  /** Load the demo data into an empty database at start (HERALD_DEMO=on, or `herald serve --demo`). */
  demo: boolean;
  /** Folder the static backup status site is written to on every change. */
  staticSiteDir: string | null;
  /** Run the delivery workers inside `herald serve` (default) or only in `herald worker`. */
  inProcessWorker: boolean;
  /** Allow webhooks to loopback/private addresses (tests and closed networks). */
  allowPrivateWebhookTargets: boolean;
  logLevel: string;
  /** Sign-in attempts per minute for one address and email before 429. */
  signInAttemptsPerMinute: number;
  /** "Find your administrator" requests per minute from one address before 429. */
  findAdminRequestsPerMinute: number;
  /** The public subscribe form's limit per client address (src/http/routes/subscribers/). */
  subscribeRequestsPerMinute: number;
  /** Largest body `POST /api/import` accepts, in bytes (every other route: 1 MiB). */
  importBodyLimitBytes: number;
  /** Days before planned maintenance with impact that its notice goes out (policy default: 7). */
  maintenanceNoticeLeadDays: number;
  /** Share of a degraded minute that counts as lost in the SLA uptime (downtime counts in full). */
  slaDegradationWeight: number;
  /** Service-credit tiers: uptime below a threshold earns its credit (SLA_CREDIT_TIERS="99.9:25,99:50,95:100"). */
  slaCreditTiers: CreditTier[];
  /** Days after a month's end during which a tenant may claim a credit for it. */
  slaClaimWindowDays: number;
  /** The public status page's name (Statuspage `page.name`) until operators set a branding. */
  statusPageName: string;
  /** The provider's language (DEFAULT_LOCALE, default en): for readers with no locale of their own or their tenant's. */
  defaultLocale: string;
  /** Who may frame /embed (EMBED_FRAME_ANCESTORS, CSP frame-ancestors sources; default `*`). */
  embedFrameAncestors: string;
  /** DKIM signing of outgoing mail, when DKIM_PRIVATE_KEY, DKIM_SELECTOR and DKIM_DOMAIN are all set. */
  dkim: { domainName: string; keySelector: string; privateKey: string } | null;
  /** Web Push (VAPID) keys; unset: generated once and kept in the database. */
  vapid: { publicKey: string; privateKey: string; subject: string } | null;
  /** Days after a Message Center post's end date when it leaves the lists (still readable by id). */
  messageExpiryDays: number;
  /** Days an expired post stays readable by id before the expiry job deletes it. */
  messageRetentionDays: number;
  /** JSON file with the first-year lifecycle mail schedule; unset: the default in src/domain/lifecycle.ts. */
  lifecycleScheduleFile: string | null;
  /** The built web console (`npm run build:web`), served at `/`. */
  webDir: string;
  /** Seconds between heartbeats on /api/live, so proxies keep an idle stream open. */
  liveHeartbeatSeconds: number;
  /** Bearer token for GET /metrics on the public port; unset: no /metrics there. */
  metricsToken: string | null;
  /** A port of its own for GET /metrics (no token), for `herald serve` and `herald worker`; unset: none. */
  metricsPort: number | null;
  /** The address the metrics port listens on (default 127.0.0.1). */
  metricsHost: string;
  /** How long a worker's claim on a delivery lasts without renewal (renewed every third of it while held). */
  workerLeaseMs: number;
  /** How often a channel target that stopped answering (SMTP server, webhook host) is probed. */
  channelProbeMs: number;
  /**
   * Events reaching more people than this are planned in committed chunks after the publishing
   * transaction (the first, small chunk inside it), so the first message goes out at once.
   */
  planInlinePeople: number;
  /** The operators' OpenID Connect provider (OPERATOR_OIDC_*); unset: operators use passwords. */
  operatorOidc: OperatorOidcConfig | null;
}

export interface OperatorOidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Email domains whose verified people become operators through this provider. */
  domains: string[];
  /** Whether people of these domains may still sign in with a password. */
  passwordFallback: boolean;
}

function operatorOidc(env: NodeJS.ProcessEnv): OperatorOidcConfig | null {
  if (!env.OPERATOR_OIDC_ISSUER) return null;
  const missing = ['OPERATOR_OIDC_CLIENT_ID', 'OPERATOR_OIDC_CLIENT_SECRET', 'OPERATOR_OIDC_DOMAINS'].filter(
    (n) => !env[n],
  );
  if (missing.length) throw new ConfigError(words('cli.config.oidcMissing', { missing: missing.join(', ') }));
  return {
    issuer: env.OPERATOR_OIDC_ISSUER,
    clientId: env.OPERATOR_OIDC_CLIENT_ID!,
    clientSecret: env.OPERATOR_OIDC_CLIENT_SECRET!,
    domains: env
      .OPERATOR_OIDC_DOMAINS!.split(',')
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
    passwordFallback: env.OPERATOR_OIDC_PASSWORD_FALLBACK === 'true',
  };
}

/** A numeric setting, or a clear error naming it: a typo must not become NaN deep inside Herald. */
function numberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new ConfigError(words('cli.config.notNumber', { name, value: raw }));
  return value;
}

function metricsPortOf(env: NodeJS.ProcessEnv): number | null {
  if (!env.METRICS_PORT) return null;
  const port = numberSetting(env, 'METRICS_PORT', 0);
  if (!Number.isInteger(port) || port > 65535)
    throw new ConfigError(words('cli.config.port', { name: 'METRICS_PORT', value: env.METRICS_PORT }));
  return port;
}

/** DEFAULT_LOCALE as one of the catalogue's locales ("de-DE" → de); an unknown one is refused at start. */
function defaultLocaleOf(env: NodeJS.ProcessEnv): string {
  if (!env.DEFAULT_LOCALE) return FALLBACK_LOCALE;
  const locale = matchLocale(env.DEFAULT_LOCALE);
  if (!locale)
    throw new ConfigError(
      words('cli.config.defaultLocale', { choices: LANGUAGES.join(', '), value: env.DEFAULT_LOCALE }),
    );
  return locale;
}

/** Shortest HERALD_SECRET accepted where a default would be dangerous: 32 bytes, as for an HMAC-SHA-256 key. */
export const MIN_SECRET_BYTES = 32;
const DEVELOPMENT_SECRET = 'herald-development-secret-change-me';

function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    throw new ConfigError(words('cli.config.publicUrl', { value: url }));
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  return host === '::1';
}

/**
 * HERALD_SECRET signs session cookies and unsubscribe links. Where real people can reach Herald
 * (production, or a PUBLIC_URL that is not this machine), the public development default would
 * let anyone forge them, so there is no default there.
 */
function secretSetting(env: NodeJS.ProcessEnv, publicUrl: string): string {
  const secret = env.HERALD_SECRET;
  const exposed = env.NODE_ENV === 'production' || !isLoopbackUrl(publicUrl);
  if (exposed && (!secret || Buffer.byteLength(secret) < MIN_SECRET_BYTES)) {
    const why = env.NODE_ENV === 'production' ? 'production' : 'publicUrl';
    const values = { min: MIN_SECRET_BYTES, why, url: publicUrl };
    throw new ConfigError(
      secret
        ? words('cli.config.secretShort', { ...values, bytes: Buffer.byteLength(secret) })
        : words('cli.config.secret', values),
    );
  }
  return secret || DEVELOPMENT_SECRET;
}

/** Secrets a signature may have been made with: the current one, then the one before a rotation. */
export const verificationSecrets = (config: Pick<HeraldConfig, 'secret' | 'secretPrevious'>): string[] =>
  config.secretPrevious ? [config.secret, config.secretPrevious] : [config.secret];

/** TRUST_PROXY: off, a number of proxy hops, or a comma-separated list of proxy addresses and CIDRs. */
export function trustProxySetting(raw: string | undefined): boolean | number | string[] {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'off' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const version = net.isIP(address ?? '');
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 6 ? 128 : 32));
    if (!version || !bitsOk || extra !== undefined) {
      throw new ConfigError(words('cli.config.trustProxy', { entry }));
    }
  }
  return entries;
}

/**
 * CSP frame-ancestors sources, space-separated ('self', 'none', *, https://site.example, *.example):
 * anything that could end the directive or add another (";", ",", quotes other than the keywords) is refused.
 */
function frameAncestorsSetting(value: string | undefined): string {
  const sources = (value ?? '*').trim().split(/\s+/).filter(Boolean);
  const bad = sources.find(
    (src) =>
      !/^('self'|'none'|\*|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*:)?(\/\/)?[a-z0-9*.-]+(:(\d+|\*))?(\/[^\s;,'"]*)?)$/i.test(
        src,
      ),
  );
  if (!sources.length || bad !== undefined) {
    throw new ConfigError(words('cli.config.frameAncestors', { value: String(value) }));
  }
  return sources.join(' ');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HeraldConfig {
  const port = numberSetting(env, 'PORT', 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(words('cli.config.port', { name: 'PORT', value: String(env.PORT) }));
  }
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = (env.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/$/, '');
  return {
    host,
    port,
    publicUrl,
    databaseUrl: env.DATABASE_URL ?? `sqlite:${path.join('data', 'herald.db')}`,
    database: {
      poolSize: numberSetting(env, 'PG_POOL_SIZE', DEFAULT_DATABASE_SETTINGS.poolSize),
      connectTimeoutMs: numberSetting(env, 'DB_CONNECT_TIMEOUT_MS', DEFAULT_DATABASE_SETTINGS.connectTimeoutMs),
      statementTimeoutMs: numberSetting(env, 'DB_STATEMENT_TIMEOUT_MS', DEFAULT_DATABASE_SETTINGS.statementTimeoutMs),
      idleInTransactionTimeoutMs: numberSetting(
        env,
        'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
        DEFAULT_DATABASE_SETTINGS.idleInTransactionTimeoutMs,
      ),
      probeTimeoutMs: numberSetting(env, 'DB_PROBE_TIMEOUT_MS', DEFAULT_DATABASE_SETTINGS.probeTimeoutMs),
      busyTimeoutMs: numberSetting(env, 'DB_BUSY_TIMEOUT_MS', DEFAULT_DATABASE_SETTINGS.busyTimeoutMs),
    },
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Herald <herald@localhost>',
    secret: secretSetting(env, publicUrl),
    secretPrevious: env.HERALD_SECRET_PREVIOUS || null,
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    demo: env.HERALD_DEMO === 'on' || env.HERALD_DEMO === 'true',
    staticSiteDir: env.STATIC_SITE_DIR ?? path.join('data', 'static-site'),
    inProcessWorker: env.HERALD_WORKER !== 'off',
    allowPrivateWebhookTargets: env.ALLOW_PRIVATE_WEBHOOK_TARGETS === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    signInAttemptsPerMinute: numberSetting(env, 'SIGN_IN_ATTEMPTS_PER_MINUTE', 10),
    findAdminRequestsPerMinute: numberSetting(env, 'FIND_ADMIN_REQUESTS_PER_MINUTE', 5),
    subscribeRequestsPerMinute: numberSetting(env, 'SUBSCRIBE_REQUESTS_PER_MINUTE', 10),
    importBodyLimitBytes: numberSetting(env, 'IMPORT_BODY_LIMIT_MB', 256) * 1024 * 1024,
    maintenanceNoticeLeadDays: numberSetting(env, 'MAINTENANCE_NOTICE_LEAD_DAYS', 7),
    slaDegradationWeight: numberSetting(env, 'SLA_DEGRADATION_WEIGHT', 0.5),
    slaCreditTiers: env.SLA_CREDIT_TIERS ? parseCreditTiers(env.SLA_CREDIT_TIERS) : [...DEFAULT_CREDIT_TIERS],
    slaClaimWindowDays: numberSetting(env, 'SLA_CLAIM_WINDOW_DAYS', 60),
    statusPageName: env.STATUS_PAGE_NAME ?? 'Herald status',
    defaultLocale: defaultLocaleOf(env),
    embedFrameAncestors: frameAncestorsSetting(env.EMBED_FRAME_ANCESTORS),
    dkim:
      env.DKIM_PRIVATE_KEY && env.DKIM_SELECTOR && env.DKIM_DOMAIN
        ? {
            domainName: env.DKIM_DOMAIN,
            keySelector: env.DKIM_SELECTOR,
            privateKey: env.DKIM_PRIVATE_KEY.replace(/\\n/g, '\n'),
          }
        : null,
    vapid:
      env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
        ? {
            publicKey: env.VAPID_PUBLIC_KEY,
            privateKey: env.VAPID_PRIVATE_KEY,
            subject: env.VAPID_SUBJECT ?? 'mailto:herald@localhost',
          }
        : null,
    messageExpiryDays: numberSetting(env, 'MESSAGE_EXPIRY_DAYS', 30),
    messageRetentionDays: numberSetting(env, 'MESSAGE_RETENTION_DAYS', 90),
    lifecycleScheduleFile: env.LIFECYCLE_SCHEDULE_FILE || null,
    webDir: env.WEB_DIR ?? fileURLToPath(new URL('../dist/web', import.meta.url)),
    liveHeartbeatSeconds: numberSetting(env, 'LIVE_HEARTBEAT_SECONDS', 20),
    metricsToken: env.METRICS_TOKEN || null,
    metricsPort: metricsPortOf(env),
    metricsHost: env.METRICS_HOST || '127.0.0.1',
    workerLeaseMs: numberSetting(env, 'WORKER_LEASE_SECONDS', 60) * 1000,
    channelProbeMs: numberSetting(env, 'CHANNEL_PROBE_SECONDS', 10) * 1000,
    planInlinePeople: numberSetting(env, 'PLAN_INLINE_PEOPLE', 2000),
    operatorOidc: operatorOidc(env),
  };
}
