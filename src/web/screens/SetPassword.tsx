// The page a one-time sign-in link opens (/set-password#<secret>, from `herald operator add`): the
// person chooses a password and is signed in. The secret is in the fragment, so it never reaches
// a server log or a Referer header; the link works once.
import { useState, type FormEvent } from 'react';
import { Logo } from '../components/Logo';
import { Field, ProblemNote, useAction, useDocumentTitle } from '../components/ui';
import { useT } from '../lib/i18n';
import { navigate } from '../lib/router';
import { useSession } from '../lib/session';

export function SetPassword() {
  const { signInWithLink } = useSession();
  const [token] = useState(() => window.location.hash.slice(1));
  const [password, setPassword] = useState('');
  const t = useT();
  useDocumentTitle(t('console.account.setPassword.title'));
  const action = useAction(async () => {
    await signInWithLink(token, password);
    navigate('/', { replace: true });
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };

  return (
    <main className="sign-in" id="main">
      <form onSubmit={submit} aria-labelledby="set-password-title" noValidate>
        <div className="brand big" aria-hidden="true">
          <Logo /> Herald
        </div>
        <h1 id="set-password-title">{t('console.account.setPassword.title')}</h1>
        {token ? null : <p className="note">{t('console.account.setPassword.noToken')}</p>}
        <Field
          label={t('console.account.setPassword.password')}
          name="password"
          error={action.error}
          hint={t('console.account.setPassword.hint')}
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <ProblemNote error={action.error} />
        <button className="btn primary wide" type="submit" disabled={action.busy || !token}>
          {t(action.busy ? 'console.account.signIn.signingIn' : 'console.account.setPassword.submit')}
        </button>
      </form>
    </main>
  );
}
