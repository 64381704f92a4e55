import { useLiveQuery } from 'dexie-react-hooks';
import { listPlaybookVersions, listProposals, type TalDb } from '@/lib/db';

/** The playbook's versions (newest, the one in force, first) and the proposals for quota use; the health preview streams the cache itself (useCacheHealth). */
export function usePlaybookData(db: TalDb) {
  const versions = useLiveQuery(() => listPlaybookVersions(db), [db]);
  const proposals = useLiveQuery(() => listProposals(db), [db]);
  return { versions, proposals };
}
