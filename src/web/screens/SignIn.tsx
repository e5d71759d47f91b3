// Sign-in with email and password; the server sets the session cookie.
import { useState, type FormEvent } from 'react';
import { Logo } from '../components/Logo';
import { Field, ProblemNote, useAction } from '../components/ui';
import { useSession } from '../lib/session';

export function SignIn({ expired }: { expired: boolean }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction(signIn);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(email, password);
  };

  return (
    <main className="sign-in" id="main">
      <form onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
        <div className="brand big" aria-hidden="true">
          <Logo /> Herald
        </div>
        <h1 id="sign-in-title">Sign in</h1>
        {expired ? <p className="note">Your session ended; sign in again to continue.</p> : null}
        <Field label="Email" name="email" error={action.error}>
          {(p) => <input {...p} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label="Password" name="password" error={action.error}>
          {(p) => <input {...p} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <ProblemNote error={action.error} />
        <button className="btn primary wide" type="submit" disabled={action.busy}>
          {action.busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="hint">
          Not an administrator? <a href="/find-admin">Find yours</a>. Looking for the state of the service? See the <a href="/status">public status page</a>.
        </p>
      </form>
    </main>
  );
}
