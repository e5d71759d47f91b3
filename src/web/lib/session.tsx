// Who is signed in. The session is an HttpOnly cookie the console never sees; GET /api/session
// says who it belongs to and hands out the CSRF token that every change must carry.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, onSessionExpired, setCsrfToken } from './api';
import type { Me, SessionResponse } from './types';
export type { Me };

export type SessionState =
  { status: 'loading' } | { status: 'signedOut'; expired: boolean } | { status: 'signedIn'; me: Me };

interface SessionValue {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  /** A one-time link from `herald operator add`: sets the password and signs in. */
  signInWithLink(token: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Re-reads the person (after they change their own profile or roles). */
  reload(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const accept = useCallback((s: SessionResponse) => {
    setCsrfToken(s.csrfToken);
    setState({ status: 'signedIn', me: s.person });
  }, []);

  const reload = useCallback(async () => {
    try {
      accept(await api.get<SessionResponse>('/api/session'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setState({ status: 'signedOut', expired: false });
      else throw error;
    }
  }, [accept]);

  useEffect(() => {
    onSessionExpired(() => setState({ status: 'signedOut', expired: true }));
    reload().catch(() => setState({ status: 'signedOut', expired: false }));
  }, [reload]);

  const value = useMemo<SessionValue>(
    () => ({
      state,
      reload,
      async signIn(email, password) {
        accept(await api.post<SessionResponse>('/api/session', { email, password }));
      },
      async signInWithLink(token, password) {
        accept(await api.post<SessionResponse>('/api/session/link', { token, password }));
      },
      async signOut() {
        await api.delete('/api/session').catch(() => undefined);
        setCsrfToken('');
        setState({ status: 'signedOut', expired: false });
      },
    }),
    [state, reload, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person; only for screens behind the sign-in gate. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe before sign-in');
  return state.me;
}

/** Tenants the person administers or has an environment in, in a stable order. */
/** A member of environments and nothing else: the small view (their environments, who their admin is). */
export function isMemberOnly(me: Me): boolean {
  return !me.isOperator && me.orgAdminOf.length === 0 && me.systemAdminOf.length === 0;
}

export function tenantIdsOf(me: Me): string[] {
  return [...new Set([...me.orgAdminOf, ...me.systemAdminOf.map((s) => s.tenantId)])];
}
