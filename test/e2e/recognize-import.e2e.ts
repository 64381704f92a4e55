import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyPage, type ExtensionSession, launchExtension } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const page = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('recognition and import in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['a company site', 'https://www.fabrikam.io/careers/', 'test/fixtures/pages/company-site.html', 'Fabrikam Software'],
    [
      'a Salesforce account record',
      'https://northwind.lightning.force.com/lightning/r/Account/001A000001NwRtlAAA/view',
      'lib/recognize/sources/salesforce/fixtures/lightning-account.html',
      'Northwind Retail Group',
    ],
    [
      'a LinkedIn company page',
      'https://www.linkedin.com/company/tailspin-toys/about/',
      'lib/recognize/sources/linkedin/fixtures/company.html',
      'Tailspin Toys',
    ],
  ])('the panel recognizes %s from the demo cache', async (_what, url, file, name) => {
    await session.serve({ url, html: page(file) });
    const panel = await session.openExtensionPage('sidepanel.html');
    const site = await session.context.newPage();
    await site.goto(url);
    await site.bringToFront();
    await expect.poll(() => panel.locator('main h1').first().innerText(), { timeout: 20_000 }).toBe(name);
    await expect.poll(() => panel.getByTestId('verdict').count()).toBe(1);
    await site.close();
    await panel.close();
  });

  it('imports a CSV through the options page, and the panel then finds the new account', async () => {
    const file = path.join(tmpdir(), `tal-e2e-import-${process.pid}.csv`);
    writeFileSync(
      file,
      '\uFEFFAccount ID;Account Name;Website;Industry;Employees\n' +
        'N-1;Globex Corporation;https://www.globex-e2e.com/;Software;"8 200"\n' +
        'N-2;;initech-e2e.com;Software;400\n',
    );
    const options = await session.openExtensionPage('options.html#data');
    await options.getByLabel('Account file (CSV or JSON)').setInputFiles(file);
    // The import worker reads the first rows with the mapping shown before anything is imported.
    await expect
      .poll(() => options.locator('main').innerText(), { timeout: 30_000 })
      .toContain('All 2 rows with this mapping: 1 account, 1 error, 0 warnings.');
    await options.getByLabel('Merge into the cache (update accounts by id, add new ones)').check();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.locator('main').innerText(), { timeout: 30_000 }).toContain('Imported 1 of 2 rows');
    // The row without a name is reported with its spreadsheet row, and left out.
    expect(await options.locator('main').innerText()).toMatch(/3\s+Error\s+name\s+no name/);

    await session.serve({ url: 'https://www.globex-e2e.com/', html: companyPage('Globex') });
    const panel = await session.openExtensionPage('sidepanel.html');
    const site = await session.context.newPage();
    await site.goto('https://www.globex-e2e.com/');
    await site.bringToFront();
    await expect.poll(() => panel.locator('main h1').first().innerText(), { timeout: 20_000 }).toBe('Globex Corporation');
  });

  it('checks the first rows of a large export with each mapping, then imports it through the parse workers', async () => {
    // 50,000 rows, 2.7 MB: over the size from which the import worker reads with a pool of parse workers.
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `W-${i},Company ${i} Widgets,widgets${i}-e2e.com,${i % 100 === 0 ? 'lots' : 50 + i}\n`,
    );
    const file = path.join(tmpdir(), `tal-e2e-large-${process.pid}.csv`);
    writeFileSync(file, `Account ID,Account Name,Website,Staff\n${rows.join('')}`);
    const options = await session.openExtensionPage('options.html#data');
    await options.getByLabel('Account file (CSV or JSON)').setInputFiles(file);
    const main = () => options.locator('main').innerText();
    // Staff is kept as a custom field at first: nothing to warn about.
    await expect
      .poll(main, { timeout: 30_000 })
      .toMatch(/The first [\d,]+ rows with this mapping: [\d,]+ accounts, 0 errors, 0 warnings\./);
    await options.getByLabel('Field for column Staff').selectOption('employees');
    // Read as employees, the rows that say "lots" are warned about, before anything is imported.
    await expect
      .poll(main, { timeout: 30_000 })
      .toMatch(/The first [\d,]+ rows with this mapping: [\d,]+ accounts, 0 errors, [1-9]\d* warnings\./);
    await options.getByLabel('Merge into the cache (update accounts by id, add new ones)').check();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(main, { timeout: 60_000 }).toContain('Imported 50,000 of 50,000 rows');
    expect(await main()).toMatch(/102\s+Warning\s+employees/);

    // A row far past the sample: read by the parse workers, and found by the panel.
    await session.serve({ url: 'https://www.widgets43210-e2e.com/', html: companyPage('Widgets') });
    const panel = await session.openExtensionPage('sidepanel.html');
    const site = await session.context.newPage();
    await site.goto('https://www.widgets43210-e2e.com/');
    await site.bringToFront();
    await expect.poll(() => panel.locator('main h1').first().innerText(), { timeout: 20_000 }).toBe('Company 43210 Widgets');
  });
});
