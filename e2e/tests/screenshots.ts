import path from 'node:path';
import type { Page } from '@playwright/test';

const screenshotDir = path.join(import.meta.dirname, '..', 'screenshots');

/** Saves the page at desktop (1280 px) and mobile (390 px) widths as e2e/screenshots/<name>-<device>.png. */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [device, size] of [['desktop', { width: 1280, height: 800 }], ['mobile', { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${device}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize(viewport);
}
