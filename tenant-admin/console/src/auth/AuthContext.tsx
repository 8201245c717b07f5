import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { readClaims, type TokenClaims } from './jwt';
import type { OidcSettings } from './pkce';

/** How this server signs people in (`/console/config.json`). */
export interface ConsoleConfig {
  devSignIn: boolean;
  oidc: OidcSettings | null;
}

export interface Session extends TokenClaims {
  token: string;
}

interface AuthState {
  config: ConsoleConfig | undefined;
  session: Session | undefined;
  /** The session ended (expired or refused) while screens were open: they stay, a sign-in dialog covers them. */
  expired: boolean;
  signIn(token: string): void;
  signOut(): void;
  markExpired(): void;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

/** Keeps the access token in memory only (never in storage): a reload asks to sign in again. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<ConsoleConfig>();
  const [session, setSession] = useState<Session>();
  const [expired, setExpired] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    fetch('/console/config.json')
      .then((r) => (r.ok ? r.json() : { devSignIn: false, oidc: null }))
      .then(setConfig)
      .catch(() => setConfig({ devSignIn: false, oidc: null }));
  }, []);

  const markExpired = useCallback(() => setExpired(true), []);

  const signIn = useCallback((token: string) => {
    const claims = readClaims(token);
    setSession({ ...claims, token });
    setExpired(false);
    window.clearTimeout(timer.current);
    const left = claims.expiresAt - Date.now();
    if (left < 2 ** 31) timer.current = window.setTimeout(() => setExpired(true), Math.max(0, left));
  }, []);

  const signOut = useCallback(() => {
    window.clearTimeout(timer.current);
    setSession(undefined);
    setExpired(false);
  }, []);

  const value = useMemo(() => ({ config, session, expired, signIn, signOut, markExpired }),
    [config, session, expired, signIn, signOut, markExpired]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
