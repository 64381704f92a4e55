import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { type Account, AccountSchema } from '@/lib/schema/account';
import { ACCOUNT_FIELD_TABLE } from '@/lib/schema/account-fields';
import { parsePlaybook } from '@/lib/schema/load-playbook';

export const EXAMPLES = path.resolve(import.meta.dirname, '../../fixtures/examples');

/** Reads a file of the shared examples; a missing fixture throws, so no test passes without it. */
export function readExample(name: string): string {
  return readFileSync(path.join(EXAMPLES, name), 'utf8');
}

function cell(kind: string | undefined, text: string): unknown {
  if (kind === 'list' || kind === 'domains') return text.split(';');
  if (kind === 'count' || kind === 'amount' || kind === 'score') return Number(text);
  if (kind === 'boolean') return text === 'true';
  return text;
}

/**
 * The 22 example accounts of accounts.csv, read by a helper that knows this one file (plain cells, no
 * quoting), so the engine's tests do not depend on the importer's.
 */
export function exampleAccounts(): Account[] {
  const [header, ...rows] = readExample('accounts.csv').trim().split('\n');
  const fields = (header as string).split(',');
  return rows.map((row) => {
    const account: Record<string, unknown> = {};
    const custom: Record<string, unknown> = {};
    row.split(',').forEach((text, i) => {
      const field = fields[i] as string;
      if (text === '') return;
      if (field in ACCOUNT_FIELD_TABLE) account[field] = cell(ACCOUNT_FIELD_TABLE[field as keyof typeof ACCOUNT_FIELD_TABLE].kind, text);
      else custom[field] = text;
    });
    return AccountSchema.parse({ ...account, custom });
  });
}

/** The example playbook.json, parsed and compiled; an invalid fixture throws with its errors. */
export function examplePlaybook() {
  const parsed = parsePlaybook(JSON.parse(readExample('playbook.json')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return compilePlaybook(parsed.playbook);
}
