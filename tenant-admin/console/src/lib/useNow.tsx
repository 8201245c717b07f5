import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const NowContext = createContext<number | null>(null);

/** One clock for every countdown below it: a list of fifty due clocks re-renders on one timer, not fifty. */
export function NowProvider({ everyMillis = 30_000, children }: { everyMillis?: number; children: ReactNode }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), everyMillis);
    return () => window.clearInterval(id);
  }, [everyMillis]);
  return <NowContext.Provider value={now}>{children}</NowContext.Provider>;
}

/** The current time, from the nearest NowProvider (renewed every 30 s there); without one, the time of this render. */
export function useNow(): number {
  return useContext(NowContext) ?? Date.now();
}
