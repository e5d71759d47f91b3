// The public status, built once per change and served from memory. Why: the status page is what
// everybody opens during an incident, exactly when the database is busiest — so visitors never
// reach the database, and when it is unreachable the last snapshot keeps answering.
//
// When it rebuilds:
// - on a 'change' signal for public data (tenantIds null), at most once a second: from this
//   process, or on PostgreSQL from another node through LISTEN/NOTIFY (app/changeFeed.ts);
// - when the newest audit entry moved (every command writes one), checked every 2 s: the fallback
//   that shows another node's change within about 3 s if a notice was lost;
// - at least once a minute, because time alone moves things (maintenance starts, uptime bars roll).
// After each build whose content changed, the files are also written to config.staticSiteDir, the
// backup status site (every language: publicSite.ts).
//
// Languages: a build renders the provider's language (DEFAULT_LOCALE); another language's files are
// rendered from the same data on its first request and kept until the next build, so each
// language has its own bytes and ETag and a visitor never waits for more than one rendering.
import type { AppContext, ChangeNotice } from '../../app/context.js';
import { loadPublicStatus, type PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { translator, type Translator } from '../../i18n/translator.js';
import type { StatuspageView } from '../presenters/statuspage.js';
import {
  renderPublicSite,
  renderStaticSite,
  sourceIn,
  writeSite,
  type PublicSource,
  type SiteFile,
} from './publicSite.js';

const MIN_BUILD_INTERVAL_MS = 1_000;
const POLL_MS = 2_000;
const MAX_AGE_MS = 60_000;

export interface SnapshotOptions {
  /** Where build and write failures are reported; the last good snapshot stays in service. */
  onError?: (err: unknown, what: string) => void;
}

/** Files made on demand from one snapshot (a badge per region, a feed per component), kept until the next. */
const MAX_DERIVED = 2_000;

export class PublicSnapshot {
  private files = new Map<string, SiteFile>();
  /** Other languages' files, by catalogue locale, made on first request from `source`. */
  private languages = new Map<string, Map<string, SiteFile>>();
  private source: PublicSource | null = null;
  /** The source as read in each language asked for (incidents in their translation), until the next build. */
  private sources = new Map<string, PublicSource>();
  /** The incidents' translations the static site was last written with: a new one rewrites it. */
  private writtenTranslations: string | null = null;
  private derivedFiles = new Map<string, SiteFile>();
  private lastBuildStart = 0;
  private lastBuildEnd = 0;
  private seenChange: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private building: Promise<void> | null = null;
  private dirty = false;
  private poller: NodeJS.Timeout | null = null;
  private idleWaiters: (() => void)[] = [];
  private readonly onSignal = (notice: ChangeNotice) => {
    if (notice.tenantIds === null) this.schedule();
  };

  constructor(
    private readonly ctx: AppContext,
    private readonly options: SnapshotOptions = {},
  ) {}

  /** Builds the first snapshot and starts listening; resolves once there is something to serve. */
  async start(): Promise<void> {
    this.ctx.signals.on('change', this.onSignal);
    this.poller = setInterval(() => void this.poll(), POLL_MS);
    this.poller.unref();
    this.schedule();
    await this.settled();
  }

  stop(): void {
    this.ctx.signals.off('change', this.onSignal);
    if (this.poller) clearInterval(this.poller);
    if (this.timer) clearTimeout(this.timer);
    this.poller = this.timer = null;
    this.dirty = false;
    this.wakeIdle();
  }

  /** The provider's language, which a build renders first. */
  get defaultLocale(): string {
    return this.ctx.config.defaultLocale;
  }

  /**
   * A file by its path in the site ("index.html", "api/v2/summary.json"), in a catalogue locale
   * (from `matchLocale`, so there are only ever a handful); the provider's when none is given.
   */
  get(path: string, locale: string = this.defaultLocale): SiteFile | undefined {
    if (locale === this.defaultLocale) return this.files.get(path);
    let files = this.languages.get(locale);
    if (!files) {
      const source = this.source;
      if (!source) return undefined;
      files = new Map(
        renderPublicSite(source.data, translator(locale), undefined, source.view).files.map((f) => [f.path, f]),
      );
      this.languages.set(locale, files);
    }
    return files.get(path);
  }

  /**
   * A file made from this snapshot's data on first request and kept until the next build, by a
   * key that says what it is (e.g. "badge?region=eur"). `make` may throw (an unknown region: 404).
   */
  derived(
    key: string,
    make: (data: PublicStatus, view: StatuspageView, t: Translator) => SiteFile,
    locale: string = this.defaultLocale,
  ): SiteFile | undefined {
    const source = this.source;
    if (!source) return undefined;
    const id = `${locale}|${key}`;
    let file = this.derivedFiles.get(id);
    if (!file) {
      let local = this.sources.get(locale);
      if (!local) this.sources.set(locale, (local = sourceIn(source, translator(locale).locale)));
      file = make(local.data, local.view, translator(locale));
      // Keys come from query strings: a crawler trying many must not grow memory without end.
      if (this.derivedFiles.size < MAX_DERIVED) this.derivedFiles.set(id, file);
    }
    return file;
  }

  /** Resolves when no build is running or waiting. */
  settled(): Promise<void> {
    if (!this.building && !this.timer && !this.dirty) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Rebuilds now (tests, and `herald export-site` through the same path) and waits for it. */
  async refresh(): Promise<void> {
    await this.settled();
    this.lastBuildStart = 0;
    this.schedule();
    await this.settled();
  }

  private schedule(): void {
    if (this.building) {
      this.dirty = true;
      return;
    }
    if (this.timer) return;
    const wait = Math.max(0, this.lastBuildStart + MIN_BUILD_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.building = this.build().finally(() => {
        this.building = null;
        if (this.dirty) {
          this.dirty = false;
          this.schedule();
        } else if (!this.timer) this.wakeIdle();
      });
    }, wait);
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private async lastChange(): Promise<string | null> {
    const row = await this.ctx.database.db
      .selectFrom('audit_entry')
      .select((eb) => eb.fn.max('at').as('at'))
      .executeTakeFirst();
    return (row?.at as string | null | undefined) ?? null;
  }

  private async poll(): Promise<void> {
    if (this.building || this.timer) return;
    try {
      const change = await this.lastChange();
      if (change !== this.seenChange || Date.now() - this.lastBuildEnd >= MAX_AGE_MS) this.schedule();
    } catch {
      // The database is unreachable: keep serving what we have; the next poll tries again.
    }
  }

  private async build(): Promise<void> {
    this.lastBuildStart = Date.now();
    try {
      const change = await this.lastChange();
      const data = await loadPublicStatus(this.ctx.database.db, this.ctx.config, this.ctx.now());
      const { files, view } = renderPublicSite(data, translator(this.defaultLocale));
      // A translation changes only other languages' files, which are made later: compare it too.
      const translations = JSON.stringify(data.incidents.map((i) => [i.id, i.translations]));
      const changed =
        files.some((f) => this.files.get(f.path)?.etag !== f.etag) || translations !== this.writtenTranslations;
      this.files = new Map(files.map((f) => [f.path, f]));
      this.languages = new Map();
      this.source = { data, view };
      this.sources = new Map();
      this.derivedFiles = new Map();
      this.seenChange = change;
      this.lastBuildEnd = Date.now();
      if (changed && this.ctx.config.staticSiteDir) {
        await writeSite(this.ctx.config.staticSiteDir, renderStaticSite(data, this.defaultLocale, view)).then(
          () => {
            this.writtenTranslations = translations;
          },
          (err) => this.options.onError?.(err, 'writing the static status site'),
        );
      }
    } catch (err) {
      this.options.onError?.(err, 'building the public status snapshot');
    }
  }
}

const running = new WeakMap<AppContext, { snapshot: PublicSnapshot; users: number }>();

/** The snapshot serving this context's public pages: one per context, shared by its servers. */
export async function startPublicSnapshot(ctx: AppContext, options: SnapshotOptions = {}): Promise<PublicSnapshot> {
  let entry = running.get(ctx);
  if (!entry) {
    entry = { snapshot: new PublicSnapshot(ctx, options), users: 0 };
    running.set(ctx, entry);
    await entry.snapshot.start();
  }
  entry.users++;
  return entry.snapshot;
}

export const publicSnapshotOf = (ctx: AppContext): PublicSnapshot | undefined => running.get(ctx)?.snapshot;

/** A server using the snapshot is closing; the last one stops it. */
export function releasePublicSnapshot(ctx: AppContext): void {
  const entry = running.get(ctx);
  if (!entry || --entry.users > 0) return;
  entry.snapshot.stop();
  running.delete(ctx);
}
