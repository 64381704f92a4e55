import { createTalDb, openAccountCache, prepareWorkerImport } from '@/lib/db';
import { sendMessage } from '@/lib/messaging/protocol';
import { currentTranslator } from '@/lib/services/current-translator';
import { savePlaybookFor } from '@/lib/services/save-playbook';
import { createModeTalService } from '@/lib/services/tal/choose-tal-service';
import { uploadAccountFile } from '@/lib/services/upload-file';
import { readTeamServer } from '@/lib/settings/team';
import { checkConnection } from '@/lib/sync/check-connection';
import { browserFetch, teamClient } from '@/lib/sync/team-client';
import { saveFile } from './data/download';
import type { OptionsServices } from './services';

/** How long one request of an upload may take (a commit of 100,000 accounts included). */
const UPLOAD_TIMEOUT_MS = 120_000;

/**
 * The options page's services in the extension. Solo mode: one person is rep and manager, writes go
 * to the local database. Team mode (a server set in the Team section): the server's member acts,
 * writes go to the server; each call follows the setting as it is then.
 */
export function createExtensionOptionsServices(): OptionsServices {
  const db = createTalDb();
  const accounts = openAccountCache(db);
  const syncNow = () => sendMessage('syncNow');
  return {
    db,
    accounts,
    tal: createModeTalService({ db, accounts, askSync: syncNow }),
    clock: Date.now,
    savePlaybook: async (playbook) => savePlaybookFor(await readTeamServer(), playbook, { db, translate: currentTranslator }),
    save: saveFile,
    prepareImport: prepareWorkerImport,
    checkConnection: (url, token, options) => checkConnection(url, token, undefined, options),
    membersClient: (server) => teamClient(server),
    // The commit applies a whole upload in one transaction: a large one may take longer than an ordinary request.
    uploadAccounts: (server, file, options) => uploadAccountFile(teamClient(server, browserFetch, UPLOAD_TIMEOUT_MS), file, options),
    syncNow,
  };
}
