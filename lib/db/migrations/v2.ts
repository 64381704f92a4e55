import type { Migration } from './migration';

/**
 * Version 2: the team sync's local state in one table keyed by kind and key (the outbox of proposals
 * waiting for the server, which team the database mirrors, the account delta cursor, and solo rows set
 * aside while in team mode). A database of version 1 was in solo mode; the upgrade records that, which
 * reads the same as a fresh database with no link row.
 */
export const v2: Migration = {
  version: 2,
  stores: { teamSync: '[kind+key]' },
  upgrade: async (transaction) => {
    await transaction.table('teamSync').put({ kind: 'link', key: 'current', link: null });
  },
};
