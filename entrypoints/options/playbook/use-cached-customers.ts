import { useEffect, useState } from 'react';
import type { Account } from '@/lib/schema/account';
import { cachedCustomers } from '@/lib/services/cached-customers';
import { useOptionsServices } from '../services';

/** The cached customers (one walk of the cache per page), for Learn from customers and proof of fit; null while read. */
export function useCachedCustomers(): Account[] | null {
  const { db } = useOptionsServices();
  const [customers, setCustomers] = useState<Account[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    cachedCustomers(db, controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setCustomers(found);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [db]);
  return customers;
}
