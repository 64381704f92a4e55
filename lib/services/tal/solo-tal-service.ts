import type { AccountCache } from '../../db/account-cache';
import type { TalDb } from '../../db/database';
import { getActivePlaybook } from '../../db/playbooks';
import { createLocalTalService } from './local-tal-service';
import { soloActor } from './solo-actor';
import { forwardingTalService, type TalService } from './tal-service';

/**
 * Solo mode's TAL service for any extension page: it acts as the solo user of the playbook in force
 * at each call, so a playbook loaded or edited while the page is open gives the user its team at once.
 */
export function createSoloTalService(
  db: TalDb,
  accounts: Pick<AccountCache, 'getAccount'>,
  now: () => Date = () => new Date(),
): TalService {
  return forwardingTalService(async () =>
    createLocalTalService({ db, now, accounts, actor: soloActor((await getActivePlaybook(db))?.playbook) }),
  );
}
