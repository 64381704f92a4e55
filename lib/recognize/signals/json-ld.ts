import type { z } from 'zod';
import type { OrganizationSignalSchema } from './schema';

type OrganizationInput = z.input<typeof OrganizationSignalSchema>;

const MAX_SCRIPT_LENGTH = 512 * 1024;
const MAX_NODES = 2000;
const MAX_DEPTH = 8;

const ORGANIZATION_TYPES = new Set([
  'organization',
  'corporation',
  'localbusiness',
  'onlinebusiness',
  'onlinestore',
  'store',
  'ngo',
  'airline',
  'consortium',
  'bankorcreditunion',
  'financialservice',
  'professionalservice',
  'insuranceagency',
]);

// Nodes that describe the page or site point to the company that publishes it through these properties
// (`about` and `mainEntity` are left out: an article or a profile page is often about another company).
const OWNER_PROPERTIES = ['publisher', 'isPartOf', 'provider', 'copyrightHolder'];

/** Whether a JSON-LD `@type` (a string or a list, bare or as a schema.org URL) names an organization. */
export function isOrganizationType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    if (typeof t !== 'string') return false;
    const name = t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase();
    return ORGANIZATION_TYPES.has(name) || /(?:organization|business|corporation)$/.test(name);
  });
}

/**
 * The companies that JSON-LD scripts describe as the site's owner: top-level and `@graph` organizations,
 * and the publisher (or main entity) of web pages and sites. Organizations nested elsewhere (a product's
 * brand, a review's author) are other companies and are left out. Malformed scripts are skipped.
 */
export function organizationsFromJsonLd(scripts: readonly string[]): OrganizationInput[] {
  const found: OrganizationInput[] = [];
  const seen = new Set<string>();
  let budget = MAX_NODES;
  const visit = (value: unknown, depth: number, ownerContext: boolean) => {
    if (budget-- <= 0 || depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1, ownerContext);
      return;
    }
    const node = value as Record<string, unknown>;
    if (node['@graph'] !== undefined) visit(node['@graph'], depth + 1, ownerContext);
    if (ownerContext && isOrganizationType(node['@type'])) {
      const organization = toOrganization(node);
      const key = `${organization.name}|${organization.url}`;
      if ((organization.name || organization.url) && !seen.has(key)) {
        seen.add(key);
        found.push(organization);
      }
    }
    for (const property of OWNER_PROPERTIES) {
      if (node[property] !== undefined) visit(node[property], depth + 1, true);
    }
  };
  for (const script of scripts.slice(0, 20)) visit(parseJsonLd(script), 0, true);
  return found;
}

/** Parses one JSON-LD script, forgiving the HTML comment or CDATA wrappers and raw newlines sites leave in. */
export function parseJsonLd(script: string): unknown {
  if (script.length > MAX_SCRIPT_LENGTH) return null;
  const text = script
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw control characters inside strings are invalid JSON but common in hand-written JSON-LD.
      return JSON.parse(text.replace(/\p{Cc}+/gu, ' '));
    } catch {
      return null;
    }
  }
}

function toOrganization(node: Record<string, unknown>): OrganizationInput {
  return {
    name: textValue(node.name),
    legalName: textValue(node.legalName),
    url: textValue(node.url) ?? textValue(node['@id'])?.replace(/#.*$/, '') ?? null,
    sameAs: listValue(node.sameAs),
  };
}

/** A JSON-LD text value: a string, a `{"@value": …}` object, or the first of a list. */
function textValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return textValue(value[0]);
  if (value && typeof value === 'object' && '@value' in value) return textValue((value as { '@value': unknown })['@value']);
  return null;
}

function listValue(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .slice(0, 50)
    .map(textValue)
    .filter((item): item is string => item !== null);
}
