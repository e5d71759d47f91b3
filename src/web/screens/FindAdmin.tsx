// "Find your administrator or support person": signed in, the org admins and system admins of each
// of the person's environments, and nothing about anyone else's; signed out, the list by email.
import { useState } from 'react';
import { Logo } from '../components/Logo';
import { Empty, Field, Loaded, Page, ProblemNote, useAction } from '../components/ui';
import { api } from '../lib/api';
import type { EnvironmentAdmins } from '../lib/types';
import { useApi } from '../lib/useApi';

export function FindAdminScreen() {
  const admins = useApi<EnvironmentAdmins[]>('/api/me/admins', ['roles', 'directory', 'environment']);
  return (
    <Page
      title="Find your administrator"
      intro="Who to ask about each of your environments: its system admins first, then your organization’s admins."
    >
      <Loaded state={admins}>
        {(list) =>
          list.length === 0 ? (
            <Empty>You have no environments, so there is no administrator to show.</Empty>
          ) : (
            <div className="grid">
              {list.map((e) => (
                <article className="card" key={e.environmentId} aria-labelledby={`admins-${e.environmentId}`}>
                  <h2 id={`admins-${e.environmentId}`}>{e.environmentName}</h2>
                  <p className="meta">
                    <span>{e.tenantName}</span>
                    <span>{e.region}</span>
                    <span>{e.url.replace(/^https?:\/\//, '')}</span>
                  </p>
                  <Contacts title="System admins" people={e.systemAdmins} />
                  <Contacts title="Org admins" people={e.orgAdmins} />
                </article>
              ))}
            </div>
          )
        }
      </Loaded>
    </Page>
  );
}

function Contacts({ title, people }: { title: string; people: { name: string; email: string }[] }) {
  return (
    <>
      <h3>{title}</h3>
      {people.length === 0 ? (
        <p className="muted">None</p>
      ) : (
        <ul className="list">
          {people.map((p) => (
            <li key={p.email}>
              {p.name} · <a href={`mailto:${p.email}`}>{p.email}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Signed out: anyone may ask for the list by email. It is mailed to the address (when Herald
 * knows it), and the answer here is the same either way, so it reveals nobody.
 */
export function FindAdminByEmail() {
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);
  const ask = useAction(async () =>
    setAnswer((await api.post<{ message: string }>('/api/find-admin', { email })).message),
  );
  const submit = ask.submit;
  return (
    <main className="sign-in" id="main">
      <form onSubmit={submit} aria-labelledby="find-admin-title" noValidate>
        <div className="brand big" aria-hidden="true">
          <Logo /> Herald
        </div>
        <h1 id="find-admin-title">Find your administrator</h1>
        <p className="muted">Enter your work email: we send you who administers your environments.</p>
        <Field label="Work email" name="email" error={ask.error}>
          {(p) => (
            <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <ProblemNote error={ask.error} />
        {answer ? (
          <p className="note" role="status">
            {answer}
          </p>
        ) : null}
        <button className="btn primary wide" type="submit" disabled={ask.busy}>
          Send me the list
        </button>
        <p className="hint">
          <a href="/">Sign in</a> if you are an administrator.
        </p>
      </form>
    </main>
  );
}
