/** Socket errors of a PostgreSQL server that cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);
/** SQLSTATEs of a server that is shutting down, starting, out of connections, or dropped the connection. */
const SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|PGlite is closed|Client has encountered a connection error/i;

/**
 * Whether an error means the database cannot be reached right now (so the request may be retried:
 * 503), as opposed to a fault in this request or this server (500).
 */
export function databaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (MESSAGES.test(e.message)) return true;
    if (e instanceof AggregateError && e.errors.some(databaseUnavailable)) return true;
  }
  return false;
}
