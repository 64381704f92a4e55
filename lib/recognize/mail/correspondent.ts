import type { MailSignals } from '../signals/schema';
import { addressDomain, companyDomainOf } from './addresses';

/** The people of a mail thread, by company. */
export type ThreadCompany = { domain: string; people: number };

/** Whether an address is the user's, or shares the user's own domain (a colleague). */
function isOwnSide(address: string, user: string | null): boolean {
  if (user === null) return false;
  if (address === user) return true;
  const own = addressDomain(user);
  // Two people with free-mail addresses are no colleagues.
  return own !== null && companyDomainOf(user) !== null && addressDomain(address) === own;
}

/**
 * The correspondent of the message in view (spec §4): its sender, or, when the sender is the user or
 * shares the user's domain, the first recipient (To, then Cc) whose domain is not the user's own. The
 * message in view is the thread's last one read from the page. Null when there is none.
 */
export function correspondentOf(mail: MailSignals): string | null {
  const message = mail.messages[mail.messages.length - 1];
  if (!message) return null;
  if (message.from && !isOwnSide(message.from, mail.user)) return message.from;
  return [...message.to, ...message.cc].find((address) => !isOwnSide(address, mail.user)) ?? null;
}

/**
 * The companies of everyone in the thread but the user's side, in order of appearance, each with how
 * many people of it the thread has; free-mail addresses belong to no company and are left out.
 */
export function threadCompanies(mail: MailSignals): ThreadCompany[] {
  const people = new Map<string, Set<string>>();
  for (const message of mail.messages) {
    for (const address of [message.from, ...message.to, ...message.cc]) {
      if (!address || isOwnSide(address, mail.user)) continue;
      const domain = companyDomainOf(address);
      if (!domain) continue;
      const set = people.get(domain) ?? new Set<string>();
      set.add(address);
      people.set(domain, set);
    }
  }
  return [...people].map(([domain, set]) => ({ domain, people: set.size }));
}
