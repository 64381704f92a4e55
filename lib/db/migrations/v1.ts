import type { Migration } from './migration';

/**
 * Version 1: the account cache as generations of chunk, key-bucket and name-page records (bulk writes,
 * no per-account index), plus the manager's and rep's own data. Only primary keys and the indexes a
 * query needs are declared: every index costs time on each write.
 */
export const v1: Migration = {
  version: 1,
  stores: {
    meta: 'key',
    generations: 'generation',
    accountChunks: '[generation+chunk]',
    keyBuckets: '[generation+bucket]',
    namePages: '[generation+page]',
    imports: '++id',
    playbooks: '++version',
    answers: 'accountId',
    proposals: 'id, status, accountId',
    talOverrides: 'accountId',
  },
};
