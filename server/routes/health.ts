import { Hono } from 'hono';
import type { AppDeps } from '../deps';

/** `GET /api/health`: no token needed; 200 when the database answers, else 503. */
export function healthRoutes({ db }: AppDeps) {
  return new Hono().get('/', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ ok: true });
    } catch {
      return c.json({ error: 'unavailable', message: 'the database does not answer' }, 503);
    }
  });
}
