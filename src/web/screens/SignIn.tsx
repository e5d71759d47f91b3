// Sign-in starts from the email address: Herald asks the server how that address signs in (home-
// realm discovery). An organisation with its own identity provider sends the browser there; a
// password is asked for only where no provider covers the address or its organisation allows it.
import { useState, type FormEvent } from 'react';
import { Logo } from '../components/Logo';
import { Field, ProblemNote, useAction, useDocumentTitle } from '../components/ui';
import { api } from '../lib/api';
import { useT } from '../lib/i18n';
import { useSession } from '../lib/session';

interface Discovery {
  method: 'oidc' | 'password';
  providerName?: string;
  redirectUrl?: string;
  passwordAllowed: boolean;
}

export function SignIn({ expired }: { expired: boolean }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [found, setFound] = useState<Discovery | null>(null);
  const discover = useAction(async (address: string) => {
    const answer = await api.post<Discovery>('/api/sign-in/discover', { email: address });
    setFound(answer);
  });
  const action = useAction(signIn);
  const t = useT();
  useDocumentTitle(t('console.account.signIn.title'));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!found) void discover.run(email);
    else if (found.method === 'password' || found.passwordAllowed) void action.run(email, password);
  };
  const askPassword = found !== null && (found.method === 'password' || found.passwordAllowed);

  return (
    <main className="sign-in" id="main">
      <form onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
        <div className="brand big" aria-hidden="true">
          <Logo /> Herald
        </div>
        <h1 id="sign-in-title">{t('console.account.signIn.title')}</h1>
        {expired ? <p className="note">{t('console.account.signIn.expired')}</p> : null}
        <Field label={t('console.account.signIn.email')} name="email" error={discover.error ?? action.error}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
                setFound(null);
              }}
            />
          )}
        </Field>
        {found?.method === 'oidc' ? (
          <a className="btn primary wide" href={found.redirectUrl}>
            {t('console.account.signIn.continueWith', { provider: found.providerName })}
          </a>
        ) : null}
        {askPassword ? (
          <Field label={t('console.account.signIn.password')} name="password" error={action.error}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <ProblemNote error={discover.error ?? action.error} />
        {!found ? (
          <button className="btn primary wide" type="submit" disabled={discover.busy}>
            {t(discover.busy ? 'console.account.signIn.lookingUp' : 'console.account.signIn.continue')}
          </button>
        ) : askPassword ? (
          <button
            className={found.method === 'oidc' ? 'btn wide' : 'btn primary wide'}
            type="submit"
            disabled={action.busy}
          >
            {t(action.busy ? 'console.account.signIn.signingIn' : 'console.account.signIn.withPassword')}
          </button>
        ) : null}
        <p className="hint">
          {t.rich('console.account.signIn.help', {
            find: (c) => <a href="/find-admin">{c}</a>,
            status: (c) => <a href="/status">{c}</a>,
          })}
        </p>
      </form>
    </main>
  );
}
