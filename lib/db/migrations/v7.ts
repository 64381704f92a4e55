import type { Migration } from './migration';

/**
 * Version 7: the account overlay (`accountOverlay`, lib/db/account-overlay.ts): a few accounts
 * changed or deleted since the active generation was written (a team sync's delta, a new account
 * from the panel), keyed by generation and id, with multi-entry indexes of their lookup keys and
 * folded names, each prefixed by the generation. It starts empty; no other table changes.
 */
export const v7: Migration = {
  version: 7,
  stores: { accountOverlay: '[generation+id], *keys, *names' },
};
