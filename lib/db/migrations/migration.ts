import type { Transaction } from 'dexie';

/** One Dexie schema version: its stores and, from version 2 on, the upgrade that rewrites older rows. */
export type Migration = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
};
