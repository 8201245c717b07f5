import { useEffect, useState } from 'react';

/** The current time, renewed every `everyMillis` so countdowns move. */
export function useNow(everyMillis = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), everyMillis);
    return () => window.clearInterval(id);
  }, [everyMillis]);
  return now;
}
