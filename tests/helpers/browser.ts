import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core: no browser is downloaded. The flags keep it off
 * the network (this machine's is closed) and out of the sandbox root cannot use.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** The links a visitor sees among `selector` (filtered lists), as sorted hrefs. */
export async function visibleHrefs(page: Page, selector: string): Promise<(string | null)[]> {
  const anchors = await page.locator(selector).all();
  return (await Promise.all(anchors.map((a) => a.getAttribute('href')))).sort();
}
