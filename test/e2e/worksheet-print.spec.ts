// The story printed. The worksheet printed to PDF on A4 and on US Letter (page size, page count,
// the text on the pages, and a page drawn as an image to look at) is checked with its student
// sheet, printed once per paper size, in worksheet-sheets.spec.ts.
import { expect, open, test } from './fixtures.ts';

test('the story prints a graphic for every step', async ({ page }) => {
  await open(page, '');
  await expect(page.locator('.step__print')).toHaveCount(0);
  const steps = await page.locator('.step[data-step]').count();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.step__print')).toHaveCount(steps);
  await expect(page.locator('.step__print').first()).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
});
