import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { isJsonLdType, type RawSiteSignals } from './raw-site-signals';

/** Pages bigger than this are read up to this length: the head, where the signals live, comes first. */
const MAX_HTML_LENGTH = 8 * 1024 * 1024;
const MAX_ITEMS = 20;
/** Elements whose content is not markup (or, for `template` and `noscript`, not part of the live page). */
const OPAQUE_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes']);
const TAG_NAME = /<([a-zA-Z][a-zA-Z0-9-]*)/y;

/**
 * Reads the site's own description of itself (og:site_name, canonical link, JSON-LD) from raw HTML text,
 * without a browser: a linear scan that tolerates broken markup and never runs anything.
 */
export function extractSiteSignalsFromHtml(html: string): RawSiteSignals {
  const text = html.length > MAX_HTML_LENGTH ? html.slice(0, MAX_HTML_LENGTH) : html;
  const lower = text.toLowerCase();
  const raw: RawSiteSignals = { siteNames: [], canonicalHrefs: [], ogUrls: [], baseHref: null, jsonLd: [], title: null };
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf('<', position);
    if (open < 0) break;
    if (text.startsWith('<!--', open)) {
      const close = text.indexOf('-->', open + 4);
      position = close < 0 ? text.length : close + 3;
      continue;
    }
    TAG_NAME.lastIndex = open;
    const tag = TAG_NAME.exec(text);
    if (!tag) {
      position = open + 1;
      continue;
    }
    const name = (tag[1] as string).toLowerCase();
    const { attributes, end } = readAttributes(text, open + tag[0].length);
    position = end;
    if (OPAQUE_ELEMENTS.has(name)) {
      const close = lower.indexOf(`</${name}`, end);
      const contentEnd = close < 0 ? text.length : close;
      if (name === 'script' && isJsonLdType(attributes.get('type')) && raw.jsonLd.length < MAX_ITEMS) {
        raw.jsonLd.push(text.slice(end, contentEnd));
      }
      // The first <title> is the document's (an SVG's own <title> comes later, inside the body).
      if (name === 'title' && raw.title === null) raw.title = decodeHTML(text.slice(end, contentEnd));
      position = close < 0 ? text.length : readAttributes(text, close + name.length + 2).end;
      continue;
    }
    collect(name, attributes, raw);
  }
  return raw;
}

function collect(name: string, attributes: Map<string, string>, raw: RawSiteSignals) {
  if (name === 'meta') {
    const key = (attributes.get('property') ?? attributes.get('name'))?.trim().toLowerCase();
    const content = attributes.get('content');
    if (content === undefined) return;
    if (key === 'og:site_name' && raw.siteNames.length < MAX_ITEMS) raw.siteNames.push(content);
    if (key === 'og:url' && raw.ogUrls.length < MAX_ITEMS) raw.ogUrls.push(content);
  } else if (name === 'link') {
    const rel = attributes.get('rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attributes.get('href');
    if (rel.includes('canonical') && href !== undefined && raw.canonicalHrefs.length < MAX_ITEMS) raw.canonicalHrefs.push(href);
  } else if (name === 'base' && raw.baseHref === null) {
    raw.baseHref = attributes.get('href') ?? null;
  }
}

/** Reads a start tag's attributes from `start` to its `>`, as the HTML parser does (the first of a repeated name wins). */
function readAttributes(text: string, start: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  let i = start;
  while (i < text.length) {
    while (i < text.length && /[\s/]/.test(text[i] as string)) i++;
    if (i >= text.length) break;
    if (text[i] === '>') return { attributes, end: i + 1 };
    const nameStart = i;
    while (i < text.length && !/[\s/>=]/.test(text[i] as string)) i++;
    if (i === nameStart) i++; // a stray `=`: skip it, as the parser would fold it into a name
    const name = text.slice(nameStart, i).toLowerCase();
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    let value = '';
    if (text[i] === '=') {
      i++;
      while (i < text.length && /\s/.test(text[i] as string)) i++;
      const quote = text[i];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, i + 1);
        value = text.slice(i + 1, close < 0 ? text.length : close);
        i = close < 0 ? text.length : close + 1;
      } else {
        const valueStart = i;
        while (i < text.length && !/[\s>]/.test(text[i] as string)) i++;
        value = text.slice(valueStart, i);
      }
    }
    if (name && !attributes.has(name)) attributes.set(name, decodeHTMLAttribute(value));
  }
  return { attributes, end: text.length };
}
