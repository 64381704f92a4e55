import providers from 'email-providers/all.json' with { type: 'json' };

/* A module of its own, so that the content scripts, which read addresses only, never bundle the list. */

let freeMail: ReadonlySet<string> | undefined;

/**
 * Whether a domain is a free-mail or ISP provider's (gmail.com, outlook.com, qq.com, yandex.ru, …): a
 * person's own address, no company. The list is the `email-providers` npm package's (`all.json`,
 * thousands of domains, maintained by its author from public provider lists); read once, on first use.
 */
export function isFreeMailDomain(domain: string): boolean {
  freeMail ??= new Set((providers as string[]).map((d) => d.toLowerCase()));
  return freeMail.has(domain.toLowerCase());
}
