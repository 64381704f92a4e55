// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageSignals } from '@/lib/recognize/signals/read-page';

/** A page of `body` markup (and a title) parsed into a DOM. */
function page(body: string, title = ''): Document {
  return new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
}

// Each source's own pages are its fixtures (lib/recognize/sources/<source>/fixtures, sources.test.ts).
describe('page readers beyond their fixture pages', () => {
  it('falls back to the page title for the record name', () => {
    const document = page('<div>nothing labelled</div>', 'Northwind Retail Group | Account | Salesforce');
    expect(readPageSignals(document, 'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view').record?.name).toBe(
      'Northwind Retail Group',
    );
  });
});
