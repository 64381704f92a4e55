import { formatIssues } from './issues';
import { type Playbook, PlaybookSchema } from './playbook';

export type PlaybookResult = { ok: true; playbook: Playbook } | { ok: false; errors: string[] };

/** Checks a playbook document; on failure lists every error by JSON path. */
export function parsePlaybook(document: unknown): PlaybookResult {
  const parsed = PlaybookSchema.safeParse(document);
  return parsed.success ? { ok: true, playbook: parsed.data } : { ok: false, errors: formatIssues(parsed.error) };
}
