import { useLiveQuery } from 'dexie-react-hooks';
import { listPlaybookVersions, listProposals, type TalDb } from '@/lib/db';
import { cachedAccounts } from '@/lib/services/cached-accounts';

/** The playbook's versions (newest, the one in force, first), the cached accounts for the health preview, and the proposals for quota use. */
export function usePlaybookData(db: TalDb) {
  const versions = useLiveQuery(() => listPlaybookVersions(db), [db]);
  const proposals = useLiveQuery(() => listProposals(db), [db]);
  // Read apart from the rest: a large cache takes a moment, and the editor need not wait for it.
  const accounts = useLiveQuery(() => cachedAccounts(db), [db]);
  return { versions, proposals, accounts };
}
