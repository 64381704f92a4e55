import type { ReactElement } from 'react';
import { type OptionsServices, OptionsServicesProvider } from '@/entrypoints/options/services';
import { openAccountCache, prepareInProcessImport, savePlaybookVersion, type TalDb } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import type { TalService } from '@/lib/services/tal/tal-service';
import { renderIn } from '../components/render';

/** A service a test did not give: any call is a test that reaches further than it set up. */
function notGiven(name: string) {
  return () => {
    throw new Error(`the test gave no ${name}`);
  };
}

/**
 * The options page's services over a test database: the account cache on it, imports in process,
 * playbooks saved locally, the clock at `now`; what a test needs beyond that (the TAL service as
 * someone, a download spy, a team server check) it passes in.
 */
export function testOptionsServices(db: TalDb, now: number, given: Partial<OptionsServices> = {}): OptionsServices {
  return {
    db,
    accounts: openAccountCache(db),
    tal: new Proxy({} as TalService, { get: (_, method) => notGiven(`TAL service (${String(method)})`) }),
    clock: () => now,
    savePlaybook: (playbook) => savePlaybookVersion(db, playbook, 'editor', new Date(now)),
    save: notGiven('file saving'),
    prepareImport: prepareInProcessImport,
    checkConnection: notGiven('connection check'),
    syncNow: notGiven('sync'),
    membersClient: notGiven('team members'),
    uploadAccounts: notGiven('account upload'),
    ...given,
  };
}

/** Renders an options page section in a locale with these services. */
export function renderSection(ui: ReactElement, services: OptionsServices, locale: Locale = 'en') {
  return renderIn(<OptionsServicesProvider services={services}>{ui}</OptionsServicesProvider>, locale);
}
