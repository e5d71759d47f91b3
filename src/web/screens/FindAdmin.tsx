// "Find your administrator or support person": signed in, the org admins and system admins of each
// of the person's environments, and nothing about anyone else's; signed out, the list by email.
import { useState } from 'react';
import { Logo } from '../components/Logo';
import { Empty, Field, Loaded, Page, ProblemNote, useAction, useDocumentTitle } from '../components/ui';
import { api } from '../lib/api';
import { useT } from '../lib/i18n';
import type { EnvironmentAdmins } from '../lib/types';
import { useApi } from '../lib/useApi';

export function FindAdminScreen() {
  const admins = useApi<EnvironmentAdmins[]>('/api/me/admins', ['roles', 'directory', 'environment']);
  const t = useT();
  return (
    <Page title={t('console.account.findAdmin.title')} intro={t('console.account.findAdmin.intro')}>
      <Loaded state={admins}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('console.account.findAdmin.none')}</Empty>
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
                  <Contacts title={t('console.account.findAdmin.systemAdmins')} people={e.systemAdmins} />
                  <Contacts title={t('console.account.findAdmin.orgAdmins')} people={e.orgAdmins} />
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
  const t = useT();
  return (
    <>
      <h3>{title}</h3>
      {people.length === 0 ? (
        <p className="muted">{t('console.account.findAdmin.nobody')}</p>
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
  const t = useT();
  useDocumentTitle(t('console.account.findAdmin.title'));
  return (
    <main className="sign-in" id="main">
      <form onSubmit={submit} aria-labelledby="find-admin-title" noValidate>
        <div className="brand big" aria-hidden="true">
          <Logo /> Herald
        </div>
        <h1 id="find-admin-title">{t('console.account.findAdmin.title')}</h1>
        <p className="muted">{t('console.account.findAdmin.byEmailIntro')}</p>
        <Field label={t('console.account.findAdmin.workEmail')} name="email" error={ask.error}>
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
          {t('console.account.findAdmin.send')}
        </button>
        <p className="hint">{t.rich('console.account.findAdmin.signInHelp', { signin: (c) => <a href="/">{c}</a> })}</p>
      </form>
    </main>
  );
}
