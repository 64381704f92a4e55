import { createMiddleware } from 'hono/factory';
import { unsafeTextProblem } from '../../lib/schema/json-safety';
import { HttpError } from './errors';

/**
 * Refuses with 400 a request whose path or query holds text that cannot be stored or compared
 * (a NUL character, bytes that are not UTF-8): a route would otherwise pass it to PostgreSQL,
 * which fails on it.
 */
export function refuseUnsafeUrl() {
  return createMiddleware(async (c, next) => {
    const url = new URL(c.req.url);
    let decoded: string;
    try {
      decoded = decodeURIComponent(url.pathname);
      for (const [key, value] of url.searchParams) {
        const problem = unsafeTextProblem(key) ?? unsafeTextProblem(value);
        if (problem) throw new HttpError(400, 'invalid-query', `the query parameter "${key}" ${problem}`);
      }
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'invalid-path', 'the path is not valid UTF-8');
    }
    const problem = unsafeTextProblem(decoded);
    if (problem) throw new HttpError(400, 'invalid-path', `the path ${problem}`);
    await next();
  });
}
