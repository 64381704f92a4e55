import { unwrapLink } from '../redirects';

/**
 * Small DOM readers shared by the page readers. They see through open shadow roots, where Lightning and
 * other web-component apps keep their fields: `searchRoots(document)` collects them once per reading.
 */

/** The document and every open shadow root inside it, searched together. */
export type SearchRoots = readonly ParentNode[];

const MAX_ROOTS = 2000;

/** `root` plus every open shadow root under it, nested ones included. */
export function searchRoots(root: ParentNode): SearchRoots {
  const roots: ParentNode[] = [root];
  for (let i = 0; i < roots.length && roots.length < MAX_ROOTS; i++) {
    for (const element of (roots[i] as ParentNode).querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  return roots;
}

/** Elements matching `selector` in any of the roots, at most `limit`. */
export function queryAll(roots: SearchRoots, selector: string, limit = 200): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll(selector)) {
      found.push(element);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** The first element matching any of `selectors`, tried in order (the most specific first). */
export function queryFirst(roots: SearchRoots, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const element = queryAll(roots, selector, 1)[0];
    if (element) return element;
  }
  return null;
}

/** An element's text with whitespace collapsed, or null when empty. */
export function textOf(element: Element | null | undefined): string | null {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** The text of the first non-empty element among `selectors`, tried in order. */
export function firstText(roots: SearchRoots, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const element of queryAll(roots, selector, 20)) {
      const text = textOf(element);
      if (text) return text;
    }
  }
  return null;
}

/**
 * What a field shows: an input's value, else a web link's address (a redirect wrapper such as LinkedIn's
 * `/redir/redirect?url=…` taken off, relative ones resolved against the page), else the element's text.
 */
export function fieldValue(element: Element | null): string | null {
  if (!element) return null;
  const input = element.matches('input, textarea') ? element : element.querySelector('input, textarea');
  const value = (input as HTMLInputElement | null)?.value || input?.getAttribute('value');
  if (value?.trim()) return value.trim();
  const link = element.matches('a[href]') ? element : element.querySelector('a[href]');
  const href = linkAddress(link);
  if (href) return href;
  return textOf(element);
}

/** A link's absolute http(s) address with any redirect around it taken off; null for other links. */
export function linkAddress(link: Element | null | undefined): string | null {
  const href = link?.getAttribute('href')?.trim();
  if (!href) return null;
  let absolute: URL;
  try {
    absolute = new URL(href, link?.ownerDocument?.URL || undefined);
  } catch {
    return null;
  }
  if (absolute.protocol !== 'https:' && absolute.protocol !== 'http:') return null;
  const target = unwrapLink(absolute.href);
  if (target !== absolute.href) return target;
  // An absolute link is kept as written; a relative one that leads nowhere else is the page's own (`/about`).
  return /^https?:\/\//i.test(href) ? href : null;
}

/**
 * The element after a label whose text is one of `labels` (case-insensitive, a trailing `:` ignored): the
 * `<dd>` after a `<dt>`, the data cell after a label cell.
 */
export function valueAfterLabel(roots: SearchRoots, labelSelector: string, labels: readonly string[]): Element | null {
  const wanted = new Set(labels.map((label) => label.toLowerCase()));
  for (const label of queryAll(roots, labelSelector)) {
    const text = textOf(label)
      ?.replace(/\s*[:*]\s*$/, '')
      .toLowerCase();
    if (text && wanted.has(text) && label.nextElementSibling) return label.nextElementSibling;
  }
  return null;
}

/** The part of the page title before the first of `separators` (`Acme Corp | Salesforce` → `Acme Corp`), if one is there. */
export function titleBefore(document: Document, separators: readonly string[]): string | null {
  // Apps put an unread count before the title: `(3) Acme | LinkedIn`.
  const title = document.title
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/^\(\d+\+?\)\s*/, '');
  if (!title) return null;
  let cut = title.length;
  for (const separator of separators) {
    const at = title.indexOf(separator);
    if (at > 0 && at < cut) cut = at;
  }
  const name = title.slice(0, cut).trim();
  return name && cut < title.length ? name : null;
}
