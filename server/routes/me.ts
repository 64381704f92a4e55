import { Hono } from 'hono';
import type { AppEnv } from '../http/env';

/** `GET /api/me` (an extension of spec §6): who the token belongs to, with role and team. */
export function meRoutes() {
  return new Hono<AppEnv>().get('/', (c) => c.json(c.get('member')));
}
