import { useEffect, useState } from 'react';

/** The time now, refreshed every `everyMs`, so "2 minutes ago" keeps counting while the page is open. */
export function useNow(clock: () => number, everyMs = 30_000): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    setNow(clock());
    const timer = setInterval(() => setNow(clock()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}
