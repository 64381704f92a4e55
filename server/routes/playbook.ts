import { Hono } from 'hono';
import { parsePlaybook } from '../../lib/schema/load-playbook';
import { managerPlaybookRefusal } from '../../lib/tal/playbook-edit';
import { currentPlaybook, currentTalSettings, insertPlaybook, playbookInForce } from '../db/playbooks';
import type { AppDeps } from '../deps';
import { requireRole } from '../http/auth';
import { limitBody, MAX_BODY, readJson } from '../http/body';
import type { AppEnv } from '../http/env';
import { forbidden, HttpError, notFound } from '../http/errors';

/**
 * `GET /api/playbook` (any member), `GET /api/playbook/current` (the same with its version, when and by
 * whom it was saved) and `PUT /api/playbook` (admin or manager); every version is kept.
 */
export function playbookRoutes({ db, clock }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const current = await currentPlaybook(db);
      if (current === undefined) throw notFound('no-playbook', 'no playbook has been put yet');
      c.header('X-Playbook-Version', String(current.version));
      return c.json(current.document as object);
    })
    .get('/current', async (c) => {
      const current = await playbookInForce(db);
      if (current === undefined) throw notFound('no-playbook', 'no playbook has been put yet');
      c.header('X-Playbook-Version', String(current.version));
      return c.json(current);
    })
    .put('/', limitBody(MAX_BODY), async (c) => {
      const member = c.get('member');
      requireRole(member, ['admin', 'manager'], 'change the playbook');
      const document = await readJson(c);
      const result = parsePlaybook(document);
      if (!result.ok) {
        throw new HttpError(400, 'invalid-playbook', `the playbook was refused (${result.errors.length} errors)`, {
          errors: result.errors,
        });
      }
      const version = await db.transaction(async (tx) => {
        const refusal = managerPlaybookRefusal(member, (await currentTalSettings(tx))?.tal, result.playbook.tal);
        if (refusal !== undefined) throw forbidden(refusal);
        return insertPlaybook(tx, document, result.playbook, member.id, clock());
      });
      c.header('X-Playbook-Version', String(version));
      return c.json({ ok: true, version });
    });
}
