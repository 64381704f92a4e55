import { parsePlaybook } from '../schema/load-playbook';
import type { TalDb } from './database';
import { importAccounts } from './import-pipeline/import-accounts';
import { savePlaybookVersion } from './playbooks';

/** The shipped demo files' text (public/demo/playbook.json and accounts.csv); the caller reads them, so lib stays browser-free. */
export type DemoTexts = { playbookJson: string; accountsCsv: string };

/**
 * Loads the demo playbook (as a new version) and replaces the account cache with the demo accounts:
 * on first install and by "Reset demo data". The rep's answers and proposals are not touched.
 */
export async function seedDemoData(db: TalDb, texts: DemoTexts, now: () => Date = () => new Date()): Promise<{ accounts: number }> {
  const playbook = parsePlaybook(JSON.parse(texts.playbookJson));
  if (!playbook.ok) throw new Error(`demo playbook is invalid: ${playbook.errors.join('; ')}`);
  const { record } = await importAccounts(db, [texts.accountsCsv], { fileName: 'demo/accounts.csv', mode: 'replace', now });
  await savePlaybookVersion(db, playbook.playbook, 'demo', now());
  return { accounts: record.accounts };
}
