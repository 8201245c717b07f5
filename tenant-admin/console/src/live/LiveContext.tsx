import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/AuthContext';
import { followLiveStream, type LiveChange } from './liveStream';

interface LiveState {
  connected: boolean;
  /** The last change seen, from any screen or node. */
  last: LiveChange | undefined;
}

const LiveContext = createContext<LiveState>({ connected: false, last: undefined });

/**
 * Keeps the screens current: every change to a case the reader may see marks the lists, the queue counts and that
 * case's page as stale, so they fetch again at once; a `reset` (too much missed) refetches everything.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { session, markExpired } = useAuth();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>({ connected: false, last: undefined });
  // a refreshed token is used at the next reconnect: the open stream stays (and keeps its place)
  const token = useRef(session?.token);
  token.current = session?.token;
  const signedIn = Boolean(session?.token);

  useEffect(() => {
    if (!signedIn) return undefined;
    return followLiveStream({
      url: '/api/v1/events',
      token: () => token.current,
      onChange: (change) => {
        setState((s) => ({ ...s, last: change }));
        void queryClient.invalidateQueries({ queryKey: ['complaints'] });
        void queryClient.invalidateQueries({ queryKey: ['queues'] });
        void queryClient.invalidateQueries({ queryKey: ['complaint', change.complaintId] });
      },
      onReset: () => void queryClient.invalidateQueries(),
      onStatus: (connected) => setState((s) => ({ ...s, connected })),
      onUnauthorized: markExpired,
    });
  }, [signedIn, queryClient, markExpired]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveState {
  return useContext(LiveContext);
}
