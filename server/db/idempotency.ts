import { createHash } from 'node:crypto';

/** A fingerprint of a request body, to tell a true retry from a key reused for something else. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}
