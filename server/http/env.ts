import type { Member } from '../../lib/schema/member';

/** What route handlers find on the context once the caller is authenticated. */
export type AppEnv = { Variables: { member: Member } };
