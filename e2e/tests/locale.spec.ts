import { expect, test } from '@playwright/test';
import { arEG } from '@runhub/i18n/ui/ar-EG';
import { findProject, logInAsDemo } from './demo.ts';
import { saveScreenshots } from './screenshots.ts';

test('Arabic (ar-EG) renders right-to-left, and the language switcher changes it back', async ({ page }) => {
  await logInAsDemo(page);
  const salon = await findProject(page, 'Salon Nour');
  try {
    expect((await page.request.patch('/v1/auth/me', { data: { locale: 'ar-EG' } })).status()).toBe(200);
    await page.goto(`/projects/${salon.id}/run?range=last7`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar-EG');
    await expect(page.getByRole('link', { name: arEG['run.tabs.overview'] }).or(page.getByRole('tab', { name: arEG['run.tabs.overview'] })).first()).toBeVisible();
    // The layout mirrors: the logo sits at the right edge in RTL.
    const logo = await page.getByRole('link', { name: arEG['app.name'] }).first().boundingBox();
    expect(logo!.x).toBeGreaterThan((page.viewportSize()?.width ?? 1280) / 2);
    await saveScreenshots(page, 'overview-ar-EG');
    // Nothing may push the page sideways on a phone (the header carries the language switcher).
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel(arEG['layout.language']).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const me = (await (await page.request.get('/v1/auth/me')).json()) as { data: { user: { locale: string | null } } };
    expect(me.data.user.locale).toBe('en');
  } finally {
    // Leave the shared demo user as the other tests expect it: no language of its own.
    await page.request.patch('/v1/auth/me', { data: { locale: null } });
  }
});
