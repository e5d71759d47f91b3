// Herald in other languages, as readers in them see it. First every console screen of every role
// in the pseudo-locale en-XA (every catalogue letter accented, every text about 40 % longer): a
// word still in plain English skipped the catalogue, and a box too narrow for German overflows.
// Then the tenant dashboard, the public page and an incident email in German, Japanese and
// Arabic (right to left), photographed for the README. Browser-only concerns: the SQLite run only.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { runCommand } from '../src/app/command.js';
import { DEMO_PASSWORD } from '../src/app/demo/index.js';
import { insertPerson, insertRole } from '../src/app/directory/people.js';
import { openIncident } from '../src/app/serviceHealth/incidents.js';
import { systemActor } from '../src/domain/actor.js';
import { PSEUDO_LOCALE } from '../src/i18n/locales.js';
import { translator } from '../src/i18n/translator.js';
import { everyMail } from '../test/support/mailFixture.js';
import { screenLoaded, screensByRole, visit } from './screens.js';
import { type Herald, screenshot, signInWithPassword, useHerald } from './support.js';

vi.setConfig({ testTimeout: 600_000 });

const onPostgres = (process.env.TEST_DATABASE_URL ?? '').startsWith('postgres');

const e2e = useHerald({ mail: true, when: !onPostgres });

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } } as const;

/** Every string value of an API answer: names, titles and ids people typed are not the catalogue's. */
function stringsOf(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.trim()) into.add(value.trim());
  } else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
}

// Words that read the same in every language (product and protocol names), and what Intl writes
// for the pseudo-locale's regional format (English month and weekday names, relative times).
const SAME_EVERYWHERE = new Set(
  'Herald SLA SCIM SSO OpenID Connect OIDC SAML Webhook Webhooks Slack Teams Microsoft Graph Statuspage Markdown HTTPS HTTP JSON CSV RSS Atom iCal API URL PDF HTML UTC GMT English Deutsch'.split(
    ' ',
  ),
);
const INTL_ENGLISH =
  /\b(and|or|America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian|Antarctica|Arctic|English|German|French|Spanish|Brazilian|Portuguese|Japanese|Arabic|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|AM|PM|at|ago|in|now|yesterday|today|tomorrow|last|next|this|seconds?|minutes?|hours?|days?|weeks?|months?|years?|sec|min|hr)\b/g;

/** The plain-English words of one piece of text, once people's data and Intl's words are taken out. */
function englishIn(text: string, dataWords: ReadonlySet<string>): string[] {
  // Addresses, a browser's user agent, links, time zone ids and codes (incident.opened) first;
  // then a word is English left over unless people typed it (it is a word of an API answer).
  const rest = text
    .replace(/\S+@\S+/g, ' ')
    .replace(/Mozilla\/.*$/g, ' ')
    .replace(/https?:\/\/\S+|\/[\w/.?=&-]+/g, ' ')
    .replace(/\b[A-Z][A-Za-z_]+\/[A-Za-z_/+-]+/g, ' ')
    .replace(/\b[a-z]+(?:[._][a-z_]+)+\b/g, ' ')
    .replace(/\{\w+\}/g, ' ') // a template's placeholders, {version}
    .replace(INTL_ENGLISH, ' ');
  return (rest.match(/(?<![\p{L}\d_-])[A-Za-z]{3,}(?![\p{L}\d_-])/gu) ?? []).filter(
    (w) => !SAME_EVERYWHERE.has(w) && !dataWords.has(w.toLowerCase()) && !/^[A-Z]{2,5}$/.test(w), // zone and region codes: EST, NAM
  );
}

/** Text nodes and the attributes people read (labels, titles, placeholders) of the current screen. */
const readableText = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script,style,noscript,code,pre,textarea,.markdown')) continue;
      // Options Intl names (time zones, regional formats, languages in their own words).
      if (parent.closest('select[name=timeZone],select[name=locale],select[name=language]')) continue;
      if (n.textContent.trim()) out.push(n.textContent.trim());
    }
    for (const e of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = e.getAttribute(a);
        if (v && v.trim()) out.push(v.trim());
      }
    return out;
  })()`);

/** Elements whose own text runs out of their box (a button, a badge, a cell), and the page's width. */
const overflowing = (page: Page) =>
  page.evaluate<{ page: string | null; boxes: string[] }>(`(() => {
    const boxes = [];
    for (const e of document.querySelectorAll('button, a, label, th, td, dt, dd, li, h1, h2, h3, p, summary, .badge, .card')) {
      const style = getComputedStyle(e);
      if (style.display.startsWith('inline') && style.display !== 'inline-block' && style.display !== 'inline-flex') continue;
      if (/auto|scroll/.test(style.overflowX) || e.clientWidth === 0) continue;
      if (!/\\p{L}/u.test(e.textContent || '')) continue; // a count in a badge is not a translation's problem
      if (e.scrollWidth > e.clientWidth + 2)
        boxes.push(e.tagName.toLowerCase() + ' "' + (e.textContent || '').trim().slice(0, 40) + '" needs ' + e.scrollWidth + 'px in ' + e.clientWidth + 'px');
    }
    const widest = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
      .slice(-2).map((e) => e.tagName.toLowerCase() + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 30) + '"').join(', ');
    const page = document.documentElement.scrollWidth > innerWidth ? document.documentElement.scrollWidth + 'px in ' + innerWidth + 'px (' + widest + ')' : null;
    return { page, boxes: boxes.slice(0, 5) };
  })()`);

describe.skipIf(onPostgres)('the console in the pseudo-locale (accented, 40 % longer)', () => {
  it('has no English left and nothing overflowing, on every screen of every role, at 390 and 1440 px', async () => {
    const screens = await screensByRole(e2e.herald);
    const found: string[] = [];
    // What any API answer said (names, titles people typed), whoever it was shown to.
    const data = new Set<string>(Object.keys(screens));
    for (const size of ['phone', 'desktop'] as const) {
      // Before signing in: the sign-in page, in the pseudo-locale from its first paint.
      const signedOut = await e2e.browser.newContext({ baseURL: e2e.herald.url, viewport: SIZES[size] });
      const first = await signedOut.newPage();
      await first.goto('/?lang=en-XA');
      await first.locator('form').first().waitFor();
      for (const w of new Set((await readableText(first)).flatMap((t) => englishIn(t, new Set()))))
        found.push(`${size} sign-in: "${w}"`);
      await signedOut.close();

      for (const [email, paths] of Object.entries(screens)) {
        const context = await e2e.browser.newContext({ baseURL: e2e.herald.url, viewport: SIZES[size] });
        context.setDefaultTimeout(15_000);
        const page = await context.newPage();
        const reading: Promise<void>[] = [];
        page.on('response', (r) => {
          if (!(r.headers()['content-type'] ?? '').includes('json')) return;
          reading.push(
            r.json().then(
              (body) => stringsOf(body, data),
              () => undefined,
            ),
          );
        });
        await page.goto('/');
        await signInWithPassword(page, email, DEMO_PASSWORD);
        await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' });
        // The tab reads the pseudo-locale from here on (the override lives in sessionStorage).
        await page.goto('/?lang=en-XA');
        await page.locator('nav').first().waitFor({ state: 'attached' });
        expect(await page.evaluate('document.documentElement.lang')).toBe('en');
        for (const path of paths) {
          try {
            await visit(page, path);
          } catch {
            found.push(`${email} ${size} ${path}: the screen did not finish loading`);
            continue;
          }
          await page.waitForLoadState('networkidle');
          await Promise.all(reading.splice(0));
          const dataWords = new Set([...data].flatMap((d) => d.toLowerCase().split(/[^\p{L}]+/u)));
          const english = new Set((await readableText(page)).flatMap((t) => englishIn(t, dataWords)));
          if (english.size) found.push(`${email} ${size} ${path}: English left: ${[...english].join(', ')}`);
          const o = await overflowing(page);
          if (o.page) found.push(`${email} ${size} ${path}: the page is ${o.page}`);
          for (const b of o.boxes) found.push(`${email} ${size} ${path}: ${b}`);
        }
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });
});

describe.skipIf(onPostgres)('mail in the pseudo-locale', () => {
  // The words are checked for English in test/delivery/pseudoLocale.test.ts; here every mail is
  // laid out as a mail client in a browser would, on a phone and on a desktop.
  it('fits every notice and subscriber mail at 390 and 1440 px', async () => {
    const found: string[] = [];
    for (const size of ['phone', 'desktop'] as const) {
      const context = await e2e.browser.newContext({ viewport: SIZES[size] });
      const page = await context.newPage();
      for (const mail of everyMail(PSEUDO_LOCALE)) {
        await page.setContent(mail.html);
        const o = await overflowing(page);
        if (o.page) found.push(`${size} ${mail.name}: the mail is ${o.page}`);
        for (const b of o.boxes) found.push(`${size} ${mail.name}: ${b}`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });
});

describe.skipIf(onPostgres)('German, Japanese and Arabic', () => {
  const LANGS = [
    { lang: 'de', dir: 'ltr', person: { email: 'greta@contoso.com', locale: 'de-DE' } },
    { lang: 'ja', dir: 'ltr', person: { email: 'haruto@contoso.com', locale: 'ja-JP' } },
    { lang: 'ar', dir: 'rtl', person: { email: 'layla@contoso.com', locale: 'ar-SA' } },
  ] as const;

  it('the tenant dashboard and the public page, laid out in each language', async () => {
    // One sign-in (the sign-in discovery is rate limited), then each language by its ?lang= link.
    const context = await e2e.browser.newContext({ baseURL: e2e.herald.url, viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    await page.goto('/');
    await signInWithPassword(page, 'alice@contoso.com', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' });
    for (const { lang, dir } of LANGS) {
      await page.goto(`/?lang=${lang}`);
      await screenLoaded(page);
      expect(await page.evaluate('document.documentElement.dir')).toBe(dir);
      expect(await page.evaluate('document.documentElement.lang')).toMatch(new RegExp(`^${lang}`));
      // The navigation is in the reader's words, not English.
      const nav = (await page.getByRole('navigation').first().textContent()) ?? '';
      expect(nav).not.toMatch(/Service health|Message Center|Preferences/);
      await screenshot(page, `tenant-dashboard-${lang}`);

      await page.goto(`/status?lang=${lang}`);
      expect(await page.evaluate('document.documentElement.dir')).toBe(dir);
      expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
      await screenshot(page, `public-status-${lang}`);
    }
    await context.close();
  });

  it('an incident email in each reader’s language, right to left in Arabic', async () => {
    const system = systemActor('e2e');
    const environmentId = e2e.herald.demo.tenants.contoso.environments['nam-prod']!;
    await runCommand(e2e.herald.ctx, system, async (s) => {
      for (const { person } of LANGS) {
        const p = await insertPerson(s, {
          email: person.email,
          name: person.email,
          locale: person.locale,
          timeZone: 'UTC',
        });
        await insertRole(s, { personId: p.id, role: 'system_admin', environmentId });
      }
    });
    const title = 'Sign-in failures for Sales users';
    await openIncident(e2e.herald.ctx, system, {
      title,
      classification: 'incident',
      services: ['sales'],
      scope: { environmentIds: [environmentId] },
      impactDescription: 'Users cannot sign in to Dynamics 365 Sales.',
    });
    const mailTo = (email: string) =>
      e2e.sink.mails.find(
        (m) => m.subject?.includes(title) && [m.to].flat().some((a) => a?.value.some((v) => v.address === email)),
      );
    await expect.poll(() => LANGS.every(({ person }) => mailTo(person.email)), { timeout: 30_000 }).toBe(true);

    const context = await e2e.browser.newContext({ viewport: { width: 760, height: 900 } });
    const page = await context.newPage();
    for (const { lang, dir, person } of LANGS) {
      const mail = mailTo(person.email)!;
      expect(mail.html).toBeTruthy();
      await page.setContent(String(mail.html));
      expect(await page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${lang}`));
      expect((await page.locator('html').getAttribute('dir')) ?? 'ltr').toBe(dir);
      // Not English: the fixed words of the notice are in the reader's language.
      // The fixed words of the notice are the reader's: the heading, and no English one left.
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body).toContain(translator(lang).t('notice.heading.incident', { classification: 'incident' }));
      expect(body).not.toMatch(/Service incident|Affected environment|Severity/);
      await screenshot(page, `incident-email-${lang}`);
    }
    await context.close();
  });
});
