// The console: sign in, then the screens of the person's role inside the shell, with live updates.
import { Suspense, useEffect, type ReactNode } from 'react';
import { Shell } from './components/Shell';
import { Announcer, Loading } from './components/ui';
import { LanguageProvider, useT } from './lib/i18n';
import { startLive, stopLive } from './lib/live';
import { useLocation } from './lib/router';
import { SessionProvider, useSession, type Me } from './lib/session';
import { TenantProvider } from './lib/tenant';
import { navFor, resolveScreen } from './routes';
import { FindAdminByEmail } from './screens/FindAdmin';
import { SetPassword } from './screens/SetPassword';
import { SignIn } from './screens/SignIn';

export function App() {
  return (
    <SessionProvider>
      <Language>
        <Announcer>
          <Gate />
        </Announcer>
      </Language>
    </SessionProvider>
  );
}

/** The signed-in person's language as the server resolves it (theirs, else their tenant's, else the provider's); before sign-in, the browser's. */
function Language({ children }: { children: ReactNode }) {
  const { state } = useSession();
  return (
    <LanguageProvider personLocale={state.status === 'signedIn' ? state.me.formatLocale : null}>
      {children}
    </LanguageProvider>
  );
}

function Gate() {
  const { state } = useSession();
  const { path } = useLocation();
  const t = useT();
  if (state.status === 'loading') return <Loading what={t('console.shell.opening')} />;
  // A one-time link (herald operator add) works whoever is signed in on this browser.
  if (path === '/set-password') return <SetPassword />;
  // "Who is my admin?" is for anyone, signed in or not.
  if (state.status === 'signedOut')
    return path === '/find-admin' ? <FindAdminByEmail /> : <SignIn expired={state.expired} />;
  return <SignedIn me={state.me} />;
}

function SignedIn({ me }: { me: Me }) {
  const { path } = useLocation();
  const t = useT();
  useEffect(() => {
    startLive();
    return stopLive;
  }, [me.id]);
  return (
    <TenantProvider>
      <Shell nav={navFor(me, t)}>
        {/* A fresh screen per path, so one screen's state never leaks into another's. */}
        <div key={path}>
          <Suspense fallback={<Loading />}>{resolveScreen(me, path)}</Suspense>
        </div>
      </Shell>
    </TenantProvider>
  );
}
