import type { Migration } from './migration';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v8 } from './v8';
import { v9 } from './v9';

export type { Migration } from './migration';

/**
 * Every schema version in order. Adding a version means a file here, a fixture of the database at that
 * version in test/unit/db/fixtures/, and nothing else: the migration test checks that migrating the
 * previous fixture gives exactly the new one.
 */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9];
