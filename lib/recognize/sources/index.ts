import type { PageSourceId } from '../recognition';
import { crunchbase } from './crunchbase';
import { dynamics } from './dynamics';
import { hubspot } from './hubspot';
import { linkedin } from './linkedin';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import type { PlatformSource } from './types';
import { zoho } from './zoho';

/** Every platform whose pages we recognize. Adding a CRM is adding its module here. */
export const PLATFORM_SOURCES: readonly PlatformSource[] = [salesforce, hubspot, dynamics, pipedrive, zoho, linkedin, crunchbase];

/** The platform whose app a host belongs to, or undefined for any other site. */
export function platformForHost(host: string): PlatformSource | undefined {
  return PLATFORM_SOURCES.find((source) => source.matchHost(host));
}

/** The platform module of a source id (undefined for `website` and `unsupported`). */
export function platformById(id: PageSourceId): PlatformSource | undefined {
  return PLATFORM_SOURCES.find((source) => source.id === id);
}

/** Match patterns of every platform's hosts: where the CRM content script runs. */
export const PLATFORM_MATCHES: readonly string[] = PLATFORM_SOURCES.flatMap((source) => source.matches);
