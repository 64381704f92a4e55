import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium, extensionLaunchArgs } from '../../../scripts/chromium';

/**
 * Debian's Chromium, headless, with the built extension loaded, in a throwaway profile; resolves
 * with the context and the extension id read from its service worker's URL.
 */
export async function launchExtension(extensionDir: string) {
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error(`no built extension in ${extensionDir}: run without --no-build`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: ensureChromium(),
    headless: true,
    args: [
      ...extensionLaunchArgs(extensionDir),
      // The side panel is visible beside the page in real use; opened as a tab here, it must not be
      // throttled as a hidden tab would be, or panelReadyMs would measure Chromium's throttling.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      // For profiling a run, e.g. TAL_BENCH_CHROMIUM_ARGS="--trace-startup=toplevel --trace-startup-file=/tmp/trace.json".
      ...(process.env.TAL_BENCH_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}
