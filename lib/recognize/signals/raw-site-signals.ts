import type { z } from 'zod';
import { organizationsFromJsonLd } from './json-ld';
import { toHttpUrl } from './plain-text';
import type { PageSignalsSchema } from './schema';

/**
 * What a reader collects from a page before interpretation, as the page wrote it. The DOM reader (content
 * scripts) and the HTML text extractor (the `tal` command) both produce this, and one function below
 * turns it into signals, so both give the same answer for the same page.
 */
export type RawSiteSignals = {
  /** `og:site_name` values, in page order. */
  siteNames: string[];
  /** `href` of `<link rel="canonical">` elements, in page order. */
  canonicalHrefs: string[];
  /** `og:url` values, in page order. */
  ogUrls: string[];
  /** The first `<base href>`, which relative addresses resolve against. */
  baseHref: string | null;
  /** The text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** The document's `<title>`, as written. */
  title: string | null;
};

type SiteSignalsInput = Pick<z.input<typeof PageSignalsSchema>, 'siteName' | 'canonicalUrl' | 'organizations' | 'title'>;

/** The site part of the page signals: its name, canonical address and JSON-LD organizations (addresses made absolute). */
export function siteSignalsFrom(raw: RawSiteSignals, pageUrl: string): SiteSignalsInput {
  const base = toHttpUrl(raw.baseHref, toHttpUrl(pageUrl) ?? undefined) ?? toHttpUrl(pageUrl) ?? undefined;
  const absolute = (href: string | null | undefined) => toHttpUrl(href, base);
  const canonicalUrl = [...raw.canonicalHrefs, ...raw.ogUrls].map(absolute).find((url) => url !== null) ?? null;
  return {
    siteName: raw.siteNames.find((name) => name.trim() !== '') ?? null,
    title: raw.title,
    canonicalUrl,
    organizations: organizationsFromJsonLd(raw.jsonLd).map((organization) => ({
      ...organization,
      url: absolute(organization.url),
      sameAs: (organization.sameAs ?? []).map(absolute).filter((url): url is string => url !== null),
    })),
  };
}

/** Whether a `<script type>` value names JSON-LD (`application/ld+json`, any case, parameters allowed). */
export function isJsonLdType(type: string | null | undefined): boolean {
  return type?.split(';')[0]?.trim().toLowerCase() === 'application/ld+json';
}
