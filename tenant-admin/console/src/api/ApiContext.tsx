import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createApi, type Api } from './client';
import { useAuth } from '../auth/AuthContext';

const ApiContext = createContext<Api | undefined>(undefined);

/** The typed API client with the signed-in reader's token and language. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const { session, markExpired } = useAuth();
  const { i18n } = useTranslation();
  const token = useRef(session?.token);
  token.current = session?.token;
  const language = useRef(i18n.language);
  language.current = i18n.language;
  const api = useMemo(() => createApi({
    token: () => token.current,
    language: () => language.current,
    onUnauthorized: markExpired,
  }), [markExpired]);
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
