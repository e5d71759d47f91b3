// Sign-in starts from the email address: Herald asks the server how that address signs in (home-
// realm discovery). An organisation with its own identity provider sends the browser there; a
// password is asked for only where no provider covers the address or its organisation allows it.
import { useState, type FormEvent } from 'react';
import { Logo } from '../components/Logo';
import { Field, ProblemNote, useAction } from '../components/ui';
import { api } from '../lib/api';
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
        <h1 id="sign-in-title">Sign in</h1>
        {expired ? <p className="note">Your session ended; sign in again to continue.</p> : null}
        <Field label="Email" name="email" error={discover.error ?? action.error}>
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
            Continue with {found.providerName}
          </a>
        ) : null}
        {askPassword ? (
          <Field label="Password" name="password" error={action.error}>
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
            {discover.busy ? 'Looking up…' : 'Continue'}
          </button>
        ) : askPassword ? (
          <button
            className={found.method === 'oidc' ? 'btn wide' : 'btn primary wide'}
            type="submit"
            disabled={action.busy}
          >
            {action.busy ? 'Signing in…' : 'Sign in with password'}
          </button>
        ) : null}
        <p className="hint">
          Not an administrator? <a href="/find-admin">Find yours</a>. Looking for the state of the service? See the{' '}
          <a href="/status">public status page</a>.
        </p>
      </form>
    </main>
  );
}
