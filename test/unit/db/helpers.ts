import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTalDb } from '../../../lib/db';
import type { Account } from '../../../lib/schema/account';

/** A fresh database in fake-indexeddb, named apart so tests never share one. */
export function freshDb() {
  return createTalDb(`test-${crypto.randomUUID()}`);
}

/** A fixed clock: every call returns the same instant (tests move it explicitly). */
export function fixedClock(iso = '2026-11-23T00:00:00Z') {
  const at = new Date(iso);
  return () => at;
}

/** A text file of the repository, by path from its root; a missing file throws. */
export function readRepoFile(path: string): string {
  // Joined as a path, not as a URL: DOM test environments replace the URL class.
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../..', path), 'utf8');
}

/** `count` varied accounts with every kind of key, deterministic, as CSV text and as accounts. */
export function syntheticAccounts(count: number, prefix = 'S'): { csv: string; accounts: Account[] } {
  const words = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Hooli'];
  const kinds = ['Robotics', 'Bank', 'Foods', 'Software', 'Logistics'];
  const accounts: Account[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${words[i % words.length]} ${kinds[Math.floor(i / words.length) % kinds.length]} ${i}`;
    const slug = name.toLowerCase().replace(/\s+/g, '-');
    accounts.push({
      id: `${prefix}${i}`,
      name,
      domain: `${slug}.com`,
      ...(i % 3 === 0 ? { aliases: [`${slug}.io`] } : {}),
      employees: (i * 37) % 10_000,
      salesforceId: `001A0000${String(i).padStart(7, '0')}`,
      linkedinSlug: slug,
      custom: { tier: ['gold', 'silver', 'bronze'][i % 3] as string },
    });
  }
  const header = 'id,name,domain,aliases,employees,salesforceId,linkedinSlug,tier';
  const lines = accounts.map((a) =>
    [a.id, a.name, a.domain, a.aliases?.join(';') ?? '', a.employees, a.salesforceId, a.linkedinSlug, a.custom?.tier].join(','),
  );
  return { csv: `${header}\n${lines.join('\n')}\n`, accounts };
}
