import { createContext, type ReactNode, useContext, useState } from 'react';
import type { AccountCache, ImportPreparer, TalDb } from '@/lib/db';
import type { ImportReport } from '@/lib/import';
import type { Playbook } from '@/lib/schema/playbook';
import type { TalService } from '@/lib/services/tal/tal-service';
import type { FileUploadOptions } from '@/lib/services/upload-file';
import type { SyncStatus } from '@/lib/settings/team';
import type { ConnectionCheck } from '@/lib/sync/check-connection';
import type { UploadTotals } from '@/lib/sync/upload';
import type { SaveFile } from './data/download';
import type { MembersClient } from './team/TeamMembers';

/**
 * Everything the options page depends on, injected once at the top as the panel's are
 * (entrypoints/sidepanel/services.tsx); sections take from it what they need, and tests provide
 * their own (test/unit/options/options-services.tsx).
 */
export type OptionsServices = {
  /** The local database: proposals, playbook versions, the TAL, the account cache's generations. */
  db: TalDb;
  accounts: AccountCache;
  /** Proposals and decisions, in solo or team mode (whichever the setting says at the time). */
  tal: TalService;
  /** The time now, in ms (rules are evaluated at the time a section opened: `useOpenedAt`). */
  clock(): number;
  /** Saves an edited playbook where it is in force (the team server first in team mode); resolves with its version. */
  savePlaybook(playbook: Playbook): Promise<number>;
  /** Offers a file to the user. */
  save: SaveFile;
  /** Starts reading a picked account file (in workers in the extension). */
  prepareImport: ImportPreparer;
  /** Uploads a picked account file to the team server as its admin, read as an import reads it (lib/services/upload-file). */
  uploadAccounts(
    server: { url: string; token: string },
    file: File,
    options: FileUploadOptions,
  ): Promise<{ report: ImportReport; totals: UploadTotals }>;
  /** Checks a team server's address and token (GET /api/me). */
  checkConnection(url: string, token: string, options?: { allowInsecure?: boolean }): Promise<ConnectionCheck>;
  /** Asks the background to sync now; resolves with the status after it. */
  syncNow(): Promise<SyncStatus>;
  /** The team server's member administration, as the signed-in member (`GET/POST/DELETE /api/members`). */
  membersClient(server: { url: string; token: string }): MembersClient;
};

const ServicesContext = createContext<OptionsServices | null>(null);

/** Provides the options page's services to its sections. */
export function OptionsServicesProvider({ services, children }: { services: OptionsServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The options page's services; throws outside an OptionsServicesProvider, which is a wiring bug. */
export function useOptionsServices(): OptionsServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useOptionsServices() outside <OptionsServicesProvider>');
  return services;
}

/** The time the calling section opened, in ms: its rules are evaluated at it, so results hold still while it is read. */
export function useOpenedAt(): number {
  const { clock } = useOptionsServices();
  const [openedAt] = useState(clock);
  return openedAt;
}
