/** Where the server reports what it does; the CLI writes JSON lines to stderr, tests keep them. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One JSON line per event on the given stream. */
export function jsonLogger(write: (line: string) => void, clock: () => Date = () => new Date()): Logger {
  const log =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      write(`${JSON.stringify({ time: clock().toISOString(), level, message, ...fields })}\n`);
  return { info: log('info'), error: log('error') };
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = { info: () => {}, error: () => {} };
