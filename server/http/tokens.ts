import { createHash, randomBytes } from 'node:crypto';

/**
 * A new bearer token: `tal_` and 32 random bytes, base64url. Shown once, never stored. The prefix
 * lets secret scanners spot a leaked token, and a token never starts with `-`, which a command line
 * (`tal import --token …`) would take for an option.
 */
export function newToken(): string {
  return `tal_${randomBytes(32).toString('base64url')}`;
}

/** What is stored instead of a token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
