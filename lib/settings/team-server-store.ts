import { storage } from '@wxt-dev/storage';
import Dexie, { type Table } from 'dexie';
import type { TeamServer } from './team';

/** Where the token is kept: a database of the extension's own origin, which no content script can open. */
export interface SecretStore {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}

const TOKEN = 'teamServerToken';

/**
 * The secrets of the extension in its own IndexedDB (`tal-scout-secrets`). Extension storage (`local`)
 * is readable by content scripts, which run inside web pages; IndexedDB of the extension's origin is
 * not, in Chrome or Firefox.
 */
export function indexedDbSecrets(name = 'tal-scout-secrets'): SecretStore {
  const db = new Dexie(name) as Dexie & { secrets: Table<{ name: string; value: string }, string> };
  db.version(1).stores({ secrets: 'name' });
  return {
    get: async (key) => (await db.secrets.get(key))?.value,
    set: async (key, value) => {
      await db.secrets.put({ name: key, value });
    },
    delete: (key) => db.secrets.delete(key),
  };
}

/** What the team server setting keeps in extension storage: everything but the token. */
type StoredLink = Omit<TeamServer, 'token'> & { token?: string };

type LinkItem = {
  getValue(): Promise<unknown>;
  setValue(value: StoredLink | null): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
};

/**
 * The team server setting as one value (address, member, token), stored in two places: the link in
 * extension storage, where every extension page and the background watch it, and the token in the
 * extension's IndexedDB, out of content scripts' reach. The token is written before the link, so a
 * watcher that reads on a change finds the new token. A token an older version left in extension
 * storage is moved out at the first read.
 */
export function createTeamServerStore(
  link: LinkItem = storage.defineItem<StoredLink | null>('local:teamServer', { fallback: null }),
  secrets: SecretStore = indexedDbSecrets(),
) {
  async function getValue(): Promise<unknown> {
    const stored = await link.getValue();
    if (stored === null || typeof stored !== 'object') return stored ?? null;
    const { token: leftOver, ...rest } = stored as StoredLink;
    if (typeof leftOver === 'string') {
      await secrets.set(TOKEN, leftOver);
      await link.setValue(rest);
    }
    const token = typeof leftOver === 'string' ? leftOver : await secrets.get(TOKEN);
    return token === undefined ? rest : { ...rest, token };
  }
  return {
    getValue,
    async setValue(value: TeamServer | null) {
      if (value === null) {
        await link.setValue(null);
        await secrets.delete(TOKEN);
        return;
      }
      const { token, ...rest } = value;
      await secrets.set(TOKEN, token);
      await link.setValue(rest);
    },
    watch(callback: (value: unknown) => void) {
      return link.watch(() => {
        getValue().then(callback, (error: unknown) => console.error('TAL Scout: could not read the team server setting', error));
      });
    },
  };
}
