// The signed-in person: their name, the language and formats, the time zone every time is shown
// in, and their personal API tokens for scripts and integrations.
import { useEffect, useState } from 'react';
import { FALLBACK_LOCALE, LANGUAGES, matchLocale, PSEUDO_LOCALE, type Language } from '../../shared/i18n/languages';
import { Empty, Field, Loaded, Page, ProblemNote, useAction, useAnnounce, useFields } from '../components/ui';
import { api } from '../lib/api';
import { clearTabLanguage, useT, type Translate } from '../lib/i18n';
import { useLabels } from '../lib/labels';
import { useMe, useSession } from '../lib/session';
import { useTime } from '../lib/time';
import type { ApiToken, Person, SessionInfo } from '../lib/types';
import { useApi } from '../lib/useApi';

const ZONES = Intl.supportedValuesOf('timeZone');

/**
 * The regional formats offered per language (dates, times and numbers), the first the language's
 * default. A person's own tag of the same language (say en-ZW, set through the API) is offered too.
 */
const FORMATS: Record<Language, readonly string[]> = {
  en: ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-IN', 'en-NZ', 'en-ZA'],
  fr: ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-LU'],
  de: ['de-DE', 'de-AT', 'de-CH', 'de-LU'],
  es: ['es-ES', 'es-MX', 'es-AR', 'es-CL', 'es-CO', 'es-US'],
  'pt-BR': ['pt-BR', 'pt-PT'],
  ja: ['ja-JP'],
  ar: ['ar-SA', 'ar-AE', 'ar-EG', 'ar-MA'],
};

/** The language Herald speaks to someone with this tag ("de-AT" → de); the pseudo-locale reads English. */
function languageOf(tag: string): Language {
  const matched = matchLocale(tag);
  return matched && matched !== PSEUDO_LOCALE ? (matched as Language) : FALLBACK_LOCALE;
}

/** A language in its own words ("Deutsch", "日本語"), so anyone finds theirs whatever the console speaks. */
function ownName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** A regional format in the reader's words: "English (United Kingdom)". */
function formatName(t: Translate, tag: string): string {
  try {
    return new Intl.DisplayNames([t.formatLocale], { type: 'language', languageDisplay: 'standard' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function Profile() {
  const me = useMe();
  const { reload } = useSession();
  const t = useT();
  const labels = useLabels();
  const person = useApi<Person>('/api/me', ['roles', 'directory']);
  // An empty locale: none chosen, the person reads their organization's language (sent as null).
  const form = useFields({ name: me.name, locale: me.locale ?? '', timeZone: me.timeZone });
  const say = useAnnounce();
  // Saving reloads the session: its new locale switches the console's language, no reload needed.
  // "Saved" is said in the new language, once its words have arrived (their language's name
  // differs from the one the form was saved in).
  const [announce, setAnnounce] = useState<{ wordsOf: string | null } | null>(null);
  const save = useAction(async () => {
    await api.patch(`/api/people/${me.id}`, { ...form.values, locale: form.values.locale || null });
    clearTabLanguage();
    await reload();
    const switching = me.language !== languageOf(form.values.locale || me.language);
    setAnnounce({ wordsOf: switching ? t('language.name') : null });
  });
  useEffect(() => {
    if (!announce || t('language.name') === announce.wordsOf) return;
    say(t('console.account.profile.saved'));
    setAnnounce(null);
  }, [announce, t, say]);
  const time = useTime();
  const submit = save.submit;
  const language = form.values.locale ? languageOf(form.values.locale) : null;
  const formats = language
    ? [...new Set([...(me.locale && languageOf(me.locale) === language ? [me.locale] : []), ...FORMATS[language]])]
    : [];
  const formatLocale = form.values.locale || me.formatLocale;
  const now = new Date();
  const example = (() => {
    try {
      return t('console.account.profile.formatExample', {
        date: new Intl.DateTimeFormat(formatLocale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: form.values.timeZone,
        }).format(now),
        number: new Intl.NumberFormat(formatLocale).format(1234567.89),
      });
    } catch {
      return undefined; // a tag or zone Intl does not know: no example rather than a broken page
    }
  })();

  return (
    <Page title={t('console.account.profile.title')}>
      <div className="two-cols">
        <form noValidate className="card" onSubmit={submit} aria-labelledby="profile-form">
          <h2 id="profile-form">{t('console.account.profile.you')}</h2>
          <p className="muted">{me.email}</p>
          <Field label={t('console.account.profile.name')} name="name" error={save.error}>
            {(p) => <input {...p} value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />}
          </Field>
          <Field label={t('console.account.profile.language')} name="language">
            {(p) => (
              <select
                {...p}
                value={language ?? ''}
                onChange={(e) => {
                  const chosen = e.target.value as Language | '';
                  if (!chosen) return form.set('locale')('');
                  form.set('locale')(me.locale && languageOf(me.locale) === chosen ? me.locale : FORMATS[chosen][0]!);
                }}
              >
                <option value="">
                  {t('console.account.profile.organizationLanguage', { language: ownName(me.language) })}
                </option>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {ownName(l)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {language ? (
            <Field label={t('console.account.profile.regionalFormat')} name="locale" error={save.error} hint={example}>
              {(p) => (
                <select {...p} value={form.values.locale} onChange={(e) => form.set('locale')(e.target.value)}>
                  {formats.map((f) => (
                    <option key={f} value={f}>
                      {formatName(t, f)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field
            label={t('console.account.profile.timeZone')}
            name="timeZone"
            error={save.error}
            hint={t('console.account.profile.timeZoneHint', { time: time.time(now.toISOString()) })}
          >
            {(p) => (
              <select {...p} value={form.values.timeZone} onChange={(e) => form.set('timeZone')(e.target.value)}>
                {(ZONES.includes(form.values.timeZone) ? ZONES : [form.values.timeZone, ...ZONES]).map((z) => (
                  <option key={z}>{z}</option>
                ))}
              </select>
            )}
          </Field>
          <ProblemNote error={save.error} />
          <button className="btn primary" type="submit" disabled={save.busy}>
            {t('console.account.profile.save')}
          </button>
        </form>
        <section className="card" aria-labelledby="roles-title">
          <h2 id="roles-title">{t('console.account.profile.roles')}</h2>
          <Loaded state={person}>
            {(p) => (
              <ul className="list">
                {p.roles.map((r) => (
                  <li key={r.id}>{labels.role(r.role)}</li>
                ))}
              </ul>
            )}
          </Loaded>
        </section>
      </div>
      <Sessions />
      <Tokens />
    </Page>
  );
}

/** Where the person is signed in; ending a session signs that browser out. */
function Sessions() {
  const sessions = useApi<SessionInfo[]>('/api/me/sessions');
  const time = useTime();
  const t = useT();
  const end = useAction(async (id: string) => {
    await api.delete(`/api/me/sessions/${id}`);
    sessions.reload();
  }, t('console.account.sessions.ended'));
  const endOthers = useAction(async () => {
    await api.delete('/api/me/sessions');
    sessions.reload();
  }, t('console.account.sessions.othersEnded'));
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('console.account.sessions.title')}</h2>
      <p className="intro">{t('console.account.sessions.intro', { hours: 12 })}</p>
      <ProblemNote error={end.error ?? endOthers.error} />
      <Loaded state={sessions}>
        {(list) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('console.account.sessions.browser')}</th>
                    <th scope="col">{t('console.account.sessions.address')}</th>
                    <th scope="col">{t('console.account.sessions.signedIn')}</th>
                    <th scope="col">{t('console.account.sessions.lastSeen')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('console.account.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.id}>
                      {/* Isolated: a browser's name reads left to right inside Arabic. */}
                      <td>
                        <bdi>{s.userAgent ?? t('console.account.sessions.unknown')}</bdi>
                      </td>
                      <td>
                        <bdi>{s.ip ?? t('console.account.sessions.unknown')}</bdi>
                      </td>
                      <td>{time.relative(s.createdAt)}</td>
                      <td>{time.relative(s.lastSeenAt)}</td>
                      <td>
                        {s.current ? (
                          <span className="muted">{t('console.account.sessions.thisBrowser')}</span>
                        ) : (
                          <button
                            className="btn small danger"
                            type="button"
                            onClick={() => void end.run(s.id)}
                            aria-label={
                              s.userAgent
                                ? t('console.account.sessions.endFrom', { browser: s.userAgent })
                                : t('console.account.sessions.endUnknown')
                            }
                          >
                            {t('console.account.sessions.end')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.some((s) => !s.current) ? (
              <button className="btn" type="button" onClick={() => void endOthers.run()} disabled={endOthers.busy}>
                {t('console.account.sessions.endOthers')}
              </button>
            ) : null}
          </>
        )}
      </Loaded>
    </section>
  );
}

/** How long a token made here lasts. */
const TOKEN_DAYS = 90;

/** Personal API tokens: the secret is shown once, right after it is made. */
function Tokens() {
  const tokens = useApi<ApiToken[]>('/api/tokens');
  const time = useTime();
  const t = useT();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const create = useAction(async () => {
    const made = await api.post<{ token: string }>('/api/tokens', { name, expiresInDays: TOKEN_DAYS });
    setSecret(made.token);
    setName('');
    tokens.reload();
  });
  const revoke = useAction(async (id: string) => {
    await api.delete(`/api/tokens/${id}`);
    tokens.reload();
  }, t('console.account.tokens.revoked'));
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('console.account.tokens.title')}</h2>
      <p className="intro">
        {t.rich('console.account.tokens.intro', {
          header: 'Authorization: Bearer …',
          code: (c) => <code>{c}</code>,
          docs: (c) => <a href="/docs">{c}</a>,
        })}
      </p>
      <form
        noValidate
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void create.run();
        }}
      >
        <Field label={t('console.account.tokens.name')} name="name" error={create.error}>
          {(p) => (
            <input
              {...p}
              value={name}
              placeholder={t('console.account.tokens.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <button className="btn" type="submit" disabled={create.busy || !name.trim()}>
          {t('console.account.tokens.create', { days: TOKEN_DAYS })}
        </button>
      </form>
      {secret ? (
        <div className="note" role="status">
          {t.rich('console.account.tokens.copyNow', { secret, code: (c) => <code>{c}</code> })}
        </div>
      ) : null}
      <ProblemNote error={revoke.error} />
      <Loaded state={tokens}>
        {(list) =>
          list.filter((token) => !token.revokedAt).length === 0 ? (
            <Empty>{t('console.account.tokens.none')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('console.account.tokens.name')}</th>
                    <th scope="col">{t('console.account.tokens.lastUsed')}</th>
                    <th scope="col">{t('console.account.tokens.expires')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('console.account.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list
                    .filter((token) => !token.revokedAt)
                    .map((token) => (
                      <tr key={token.id}>
                        <td>{token.name}</td>
                        <td>
                          {token.lastUsedAt ? time.relative(token.lastUsedAt) : t('console.account.tokens.never')}
                        </td>
                        <td>{token.expiresAt ? time.date(token.expiresAt) : t('console.account.tokens.never')}</td>
                        <td>
                          <button
                            className="btn small danger"
                            type="button"
                            onClick={() => void revoke.run(token.id)}
                            aria-label={t('console.account.tokens.revokeNamed', { name: token.name })}
                          >
                            {t('console.account.tokens.revoke')}
                          </button>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}
