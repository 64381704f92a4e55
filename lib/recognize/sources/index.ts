import type { PageSourceId } from '../recognition';
import { SOURCE_MODULES } from './registry.generated';
import type { PlatformSource } from './types';

/**
 * Every platform whose pages we recognize: one folder each under lib/recognize/sources (URL parser,
 * page reader, URL cases, fixture pages), gathered by scripts/generate.ts. Adding a CRM is
 * adding its folder and the row of its id field (lib/schema/account-fields.ts).
 */
export const PLATFORM_SOURCES: readonly PlatformSource[] = SOURCE_MODULES;

/** The platform whose app a host belongs to, or undefined for any other site. */
export function platformForHost(host: string): PlatformSource | undefined {
  return PLATFORM_SOURCES.find((source) => source.matchHost(host));
}

/** The platform an address on any host belongs to by its shape (an on-premises Dynamics server), or undefined. */
export function platformForUrl(url: URL): PlatformSource | undefined {
  return PLATFORM_SOURCES.find((source) => source.matchUrl?.(url));
}

/** The platform module of a source id (undefined for `website` and `unsupported`). */
export function platformById(id: PageSourceId): PlatformSource | undefined {
  return PLATFORM_SOURCES.find((source) => source.id === id);
}

/** Match patterns of every platform's hosts: where the CRM content script runs. */
export const PLATFORM_MATCHES: readonly string[] = PLATFORM_SOURCES.flatMap((source) => source.matches);
