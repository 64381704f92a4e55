import type { Db } from './db/types';
import type { Logger } from './logger';

/** What the app is built from; tests pass an in-memory database, a settable clock and a quiet logger. */
export interface AppDeps {
  db: Db;
  clock: () => Date;
  logger: Logger;
  /** Origin patterns allowed by CORS (`*` matches any run of characters but `/`). */
  corsOrigins?: readonly string[];
  /** New ids for members and proposals. */
  newId?: () => string;
}
