// The page a one-time sign-in link opens (/set-password#<secret>, from `herald operator add`): the
// person chooses a password and is signed in. The secret is in the fragment, so it never reaches
// a server log or a Referer header; the link works once.
import { useState, type FormEvent } from 'react';
import { Logo } from '../components/Logo';
import { Field, ProblemNote, useAction } from '../components/ui';
import { navigate } from '../lib/router';
import { useSession } from '../lib/session';

export function SetPassword() {
  const { signInWithLink } = useSession();
  const [token] = useState(() => window.location.hash.slice(1));
  const [password, setPassword] = useState('');
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
        <h1 id="set-password-title">Choose your password</h1>
        {token ? null : (
          <p className="note">This page needs the whole link you were sent; open it again from the message.</p>
        )}
        <Field
          label="New password"
          name="password"
          error={action.error}
          hint="At least 12 characters. This link works once."
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
          {action.busy ? 'Signing in…' : 'Set password and sign in'}
        </button>
      </form>
    </main>
  );
}
