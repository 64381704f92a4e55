import { CRM_ID_SOURCES, type CrmId, crmKey } from './keys';
import type { PageUrlInfo } from './recognition';

/**
 * The account the rep picked earlier for a page key, if any. Injected so that matching does not care
 * where choices are kept (Dexie in the extension); it should only return ids of accounts that still exist.
 */
export type ChoiceLookup = (key: string) => Promise<string | null | undefined> | string | null | undefined;

/**
 * The key a rep's choice is remembered under for a page: `<crm>:<recordId>` for a CRM record (Salesforce
 * ids in their 15-character form, so both spellings share it), `linkedin:<slug>` / `crunchbase:<slug>` for
 * a directory company, `domain:<domain>` for a company site; null for pages that are none of these.
 */
export function choiceKey(page: PageUrlInfo): string | null {
  if (page.recordId && page.source in CRM_ID_SOURCES) return crmKey(page.source as CrmId, page.recordId);
  if (page.slug && (page.source === 'linkedin' || page.source === 'crunchbase')) return `${page.source}:${page.slug}`;
  if (page.domain && page.source === 'website') return `domain:${page.domain}`;
  return null;
}
