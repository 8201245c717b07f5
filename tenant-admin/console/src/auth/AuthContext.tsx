import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { readClaims, type TokenClaims } from './jwt';
import { endSessionUrl, refresh, refreshDelay, type Discovery, type OidcSettings } from './pkce';

/** How this server signs people in (`/console/config.json`). */
export interface ConsoleConfig {
  devSignIn: boolean;
  oidc: OidcSettings | null;
}

export interface Session extends TokenClaims {
  token: string;
}

/** What an OpenID Connect sign-in keeps to renew its access token and to end the session at the issuer. */
export interface Renewal {
  discovery: Discovery;
  refreshToken?: string;
  idToken?: string;
}

interface AuthState {
  config: ConsoleConfig | undefined;
  session: Session | undefined;
  /** The session ended (expired or refused) while screens were open: they stay, a sign-in dialog covers them. */
  expired: boolean;
  signIn(token: string, renewal?: Renewal): void;
  signOut(): void;
  markExpired(): void;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

/**
 * Keeps the tokens in memory only (never in storage): a reload asks to sign in again (at an OpenID Connect issuer that
 * still has a session, without a password). With a refresh token the access token is renewed before it expires;
 * a refused renewal ends the session.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<ConsoleConfig>();
  const [session, setSession] = useState<Session>();
  const [expired, setExpired] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const renewal = useRef<Renewal | undefined>(undefined);
  const oidc = config?.oidc;

  useEffect(() => {
    fetch('/console/config.json')
      .then((r) => (r.ok ? r.json() : { devSignIn: false, oidc: null }))
      .then(setConfig)
      .catch(() => setConfig({ devSignIn: false, oidc: null }));
  }, []);

  const markExpired = useCallback(() => setExpired(true), []);

  const signIn = useCallback((token: string, renewWith?: Renewal) => {
    const claims = readClaims(token);
    setSession({ ...claims, token });
    setExpired(false);
    renewal.current = renewWith;
    window.clearTimeout(timer.current);
    const left = claims.expiresAt - Date.now();
    if (left >= 2 ** 31) return;
    if (renewWith?.refreshToken && oidc) {
      timer.current = window.setTimeout(() => {
        refresh(renewWith.discovery, oidc, renewWith.refreshToken!)
          .then((next) => signIn(next.access_token, {
            discovery: renewWith.discovery,
            refreshToken: next.refresh_token ?? renewWith.refreshToken,
            idToken: next.id_token ?? renewWith.idToken,
          }))
          .catch(() => setExpired(true));
      }, refreshDelay(left, 0));
    } else {
      timer.current = window.setTimeout(() => setExpired(true), Math.max(0, left));
    }
  }, [oidc]);

  const signOut = useCallback(() => {
    window.clearTimeout(timer.current);
    const ending = renewal.current;
    renewal.current = undefined;
    setSession(undefined);
    setExpired(false);
    if (ending?.idToken && ending.discovery.end_session_endpoint && oidc) {
      location.assign(endSessionUrl(ending.discovery, oidc.clientId, ending.idToken, `${location.origin}/console/`));
    }
  }, [oidc]);

  const value = useMemo(() => ({ config, session, expired, signIn, signOut, markExpired }),
    [config, session, expired, signIn, signOut, markExpired]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
