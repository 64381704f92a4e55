import { useLiveQuery } from 'dexie-react-hooks';
import { listPlaybookVersions, listProposals } from '@/lib/db';
import { useOptionsServices } from '../services';

/** The playbook's versions (newest, the one in force, first) and the proposals for quota use; the health preview streams the cache itself (useCacheHealth). */
export function usePlaybookData() {
  const { db } = useOptionsServices();
  const versions = useLiveQuery(() => listPlaybookVersions(db), [db]);
  const proposals = useLiveQuery(() => listProposals(db), [db]);
  return { versions, proposals };
}
