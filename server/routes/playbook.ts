import { Hono } from 'hono';
import { parsePlaybook } from '../../lib/schema/load-playbook';
import type { Playbook } from '../../lib/schema/playbook';
import type { Member } from '../../lib/tal/member';
import { currentPlaybook, currentTalSettings, insertPlaybook } from '../db/playbooks';
import type { AppDeps } from '../deps';
import { requireRole } from '../http/auth';
import { limitBody, MAX_BODY, readJson } from '../http/body';
import type { AppEnv } from '../http/env';
import { forbidden, HttpError, notFound } from '../http/errors';

/** `GET /api/playbook` (any member) and `PUT /api/playbook` (admin or manager); every version is kept. */
export function playbookRoutes({ db, clock }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const current = await currentPlaybook(db);
      if (current === undefined) throw notFound('no-playbook', 'no playbook has been put yet');
      c.header('X-Playbook-Version', String(current.version));
      return c.json(current.document as object);
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
        if (member.role === 'manager')
          checkManagerTeams(member, (await currentTalSettings(tx))?.tal.teams ?? [], result.playbook.tal.teams);
        return insertPlaybook(tx, document, result.playbook, member.id, clock());
      });
      c.header('X-Playbook-Version', String(version));
      return c.json({ ok: true, version });
    });
}

/** A manager may reshape the playbook but not another team's quota, scope or name, nor drop that team. */
function checkManagerTeams(manager: Member, before: Playbook['tal']['teams'], after: Playbook['tal']['teams']) {
  for (const old of before) {
    if (old.id === manager.team) continue;
    const now = after.find((t) => t.id === old.id);
    if (now === undefined || now.addQuota !== old.addQuota || now.scope !== old.scope || now.name !== old.name) {
      throw forbidden(`a manager of team "${manager.team}" may not change or remove team "${old.id}" in tal.teams`);
    }
  }
}
