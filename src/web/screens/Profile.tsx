// The signed-in person: their name, the language and formats, the time zone every time is shown
// in, and their personal API tokens for scripts and integrations.
import { useState } from 'react';
import { Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../components/ui';
import { api } from '../lib/api';
import { ROLE_LABEL } from '../lib/labels';
import { useMe, useSession } from '../lib/session';
import { useTime } from '../lib/time';
import type { ApiToken, Person, SessionInfo } from '../lib/types';
import { useApi } from '../lib/useApi';

const ZONES = Intl.supportedValuesOf('timeZone');

export function Profile() {
  const me = useMe();
  const { reload } = useSession();
  const person = useApi<Person>('/api/me', ['roles', 'directory']);
  const form = useFields({ name: me.name, locale: me.locale, timeZone: me.timeZone });
  const save = useAction(async () => {
    await api.patch(`/api/people/${me.id}`, form.values);
    await reload();
  }, 'Profile saved');
  const time = useTime();
  const submit = save.submit;

  return (
    <Page title="Profile">
      <div className="two-cols">
        <form noValidate className="card" onSubmit={submit} aria-labelledby="profile-form">
          <h2 id="profile-form">You</h2>
          <p className="muted">{me.email}</p>
          <Field label="Name" name="name" error={save.error}>
            {(p) => <input {...p} value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />}
          </Field>
          <Field
            label="Time zone"
            name="timeZone"
            error={save.error}
            hint={`Every time in Herald is shown in it; now ${time.time(new Date().toISOString())} there.`}
          >
            {(p) => (
              <select {...p} value={form.values.timeZone} onChange={(e) => form.set('timeZone')(e.target.value)}>
                {(ZONES.includes(form.values.timeZone) ? ZONES : [form.values.timeZone, ...ZONES]).map((z) => (
                  <option key={z}>{z}</option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Language and formats"
            name="locale"
            error={save.error}
            hint="A language tag such as en-US, en-GB, fr-FR or ja-JP: dates and numbers follow it."
          >
            {(p) => <input {...p} value={form.values.locale} onChange={(e) => form.set('locale')(e.target.value)} />}
          </Field>
          <ProblemNote error={save.error} />
          <button className="btn primary" type="submit" disabled={save.busy}>
            Save
          </button>
        </form>
        <section className="card" aria-labelledby="roles-title">
          <h2 id="roles-title">Your roles</h2>
          <Loaded state={person}>
            {(p) => (
              <ul className="list">
                {p.roles.map((r) => (
                  <li key={r.id}>{ROLE_LABEL[r.role] ?? r.role}</li>
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
  const end = useAction(async (id: string) => {
    await api.delete(`/api/me/sessions/${id}`);
    sessions.reload();
  }, 'Session ended');
  const endOthers = useAction(async () => {
    await api.delete('/api/me/sessions');
    sessions.reload();
  }, 'Other sessions ended');
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you are signed in</h2>
      <p className="intro">
        Sessions last 12 hours. End any you do not recognise; changing your password ends all but this one.
      </p>
      <ProblemNote error={end.error ?? endOthers.error} />
      <Loaded state={sessions}>
        {(list) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Browser</th>
                    <th scope="col">Address</th>
                    <th scope="col">Signed in</th>
                    <th scope="col">Last seen</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.id}>
                      <td>{s.userAgent ?? 'unknown'}</td>
                      <td>{s.ip ?? 'unknown'}</td>
                      <td>{time.relative(s.createdAt)}</td>
                      <td>{time.relative(s.lastSeenAt)}</td>
                      <td>
                        {s.current ? (
                          <span className="muted">this browser</span>
                        ) : (
                          <button
                            className="btn small danger"
                            type="button"
                            onClick={() => void end.run(s.id)}
                            aria-label={`End the session from ${s.userAgent ?? 'an unknown browser'}`}
                          >
                            End
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
                End all other sessions
              </button>
            ) : null}
          </>
        )}
      </Loaded>
    </section>
  );
}

/** Personal API tokens: the secret is shown once, right after it is made. */
function Tokens() {
  const tokens = useApi<ApiToken[]>('/api/tokens');
  const time = useTime();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const create = useAction(async () => {
    const made = await api.post<{ token: string }>('/api/tokens', { name, expiresInDays: 90 });
    setSecret(made.token);
    setName('');
    tokens.reload();
  });
  const revoke = useAction(async (id: string) => {
    await api.delete(`/api/tokens/${id}`);
    tokens.reload();
  }, 'Token revoked');
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="intro">
        For scripts and integrations: send it as <code>Authorization: Bearer …</code>. It acts as you, with your rights.
        See the <a href="/docs">API documentation</a>.
      </p>
      <form
        noValidate
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void create.run();
        }}
      >
        <Field label="Token name" name="name" error={create.error}>
          {(p) => (
            <input {...p} value={name} placeholder="e.g. monitoring script" onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <button className="btn" type="submit" disabled={create.busy || !name.trim()}>
          Create token (90 days)
        </button>
      </form>
      {secret ? (
        <div className="note" role="status">
          Copy it now; it is not shown again: <code>{secret}</code>
        </div>
      ) : null}
      <ProblemNote error={revoke.error} />
      <Loaded state={tokens}>
        {(list) =>
          list.filter((t) => !t.revokedAt).length === 0 ? (
            <Empty>No tokens.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Last used</th>
                    <th scope="col">Expires</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list
                    .filter((t) => !t.revokedAt)
                    .map((t) => (
                      <tr key={t.id}>
                        <td>{t.name}</td>
                        <td>{t.lastUsedAt ? time.relative(t.lastUsedAt) : 'never'}</td>
                        <td>{t.expiresAt ? time.date(t.expiresAt) : 'never'}</td>
                        <td>
                          <button
                            className="btn small danger"
                            type="button"
                            onClick={() => void revoke.run(t.id)}
                            aria-label={`Revoke ${t.name}`}
                          >
                            Revoke
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
