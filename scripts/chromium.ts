/** Debian's Chromium, which the demo, the E2E tests and the benchmark drive (`CHROMIUM_PATH` overrides it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags every launch of Chromium with the built extension shares: headless unless shown, a quiet
 * profile (no first-run page, no background networking, component updates or sync), and only this
 * extension loaded. Callers add their own (a locale, throttling switches).
 */
export function extensionLaunchArgs(extensionDir: string, options: { headless?: boolean } = {}): string[] {
  return [
    ...(options.headless === false ? [] : ['--headless=new', '--no-sandbox', '--disable-gpu']),
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
