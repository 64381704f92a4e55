import type { AccountCache } from '../../db/account-cache';
import type { TalDb } from '../../db/database';
import type { Translate } from '../../i18n';
import type { Playbook } from '../../schema/playbook';
import { readTeamServer, type TeamServer } from '../../settings/team';
import type { FetchLike } from '../../sync/client';
import { teamClient } from '../../sync/team-client';
import { currentTranslator } from '../current-translator';
import { createRemoteTalService } from './remote-tal-service';
import { soloActor } from './solo-actor';
import { createSoloTalService } from './solo-tal-service';
import { type Actor, forwardingTalService, type TalService } from './tal-service';
import { teamActor } from './team-actor';

export type TalServiceChoiceDeps = {
  db: TalDb;
  accounts: Pick<AccountCache, 'getAccount'>;
  /** Asks the background to sync now (`syncNow`). */
  askSync(): Promise<unknown>;
  fetch?: FetchLike;
  translate?: () => Promise<Translate>;
  now?: () => Date;
};

/** The one choice of mode: the remote service for a configured team server, else solo mode's local one. */
export function chooseTalService(server: TeamServer | null, deps: TalServiceChoiceDeps): TalService {
  if (!server) return createSoloTalService(deps.db, deps.accounts, deps.now);
  return createRemoteTalService({
    db: deps.db,
    server,
    client: teamClient(server, deps.fetch),
    accounts: deps.accounts,
    askSync: deps.askSync,
    translate: deps.translate ?? (() => currentTranslator()),
    ...(deps.now ? { now: deps.now } : {}),
  });
}

/** Who acts in a mode: the server's member in team mode, else the solo user of the playbook in force. */
export function chooseActor(server: TeamServer | null, playbook: Pick<Playbook, 'tal'> | undefined): Actor {
  return server ? teamActor(server.member) : soloActor(playbook);
}

/**
 * A TalService for the panel and the options page that follows the team server setting at each
 * call: connecting or disconnecting switches mode without reopening the page.
 */
export function createModeTalService(deps: TalServiceChoiceDeps & { readServer?: () => Promise<TeamServer | null> }): TalService {
  return forwardingTalService(async () => chooseTalService(await (deps.readServer ?? readTeamServer)(), deps));
}
