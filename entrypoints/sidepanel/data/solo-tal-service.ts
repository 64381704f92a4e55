import { getActivePlaybook, type TalDb } from '@/lib/db';
import type { AccountCache } from '@/lib/db/account-cache';
import { createLocalTalService } from '@/lib/services/local-tal-service';
import { soloActor } from '@/lib/services/solo-actor';
import type { TalService } from '@/lib/services/tal-service';

/**
 * Solo mode's TAL service, acting as the solo user of the playbook in force at each call, so a playbook
 * loaded while the panel is open (the demo data on first install) gives the rep a team at once.
 */
export function createSoloTalService(db: TalDb, accounts: Pick<AccountCache, 'getAccount'>): TalService {
  const service = async () =>
    createLocalTalService({ db, now: () => new Date(), actor: soloActor((await getActivePlaybook(db))?.playbook), accounts });
  return {
    me: async () => (await service()).me(),
    propose: async (input, evidence) => (await service()).propose(input, evidence),
    withdraw: async (id) => (await service()).withdraw(id),
    decide: async (id, decision) => (await service()).decide(id, decision),
    quota: async (team) => (await service()).quota(team),
  };
}
