// The classroom view, teacher notes and worksheet in a real browser: the prediction done with
// the keyboard only, ?stage=, and axe in the light, dark and projector themes.
import { DESKTOP, PHONE, expect, open, screenshot, test, violationsOf } from './fixtures.ts';

test('a student predicts and reveals with the keyboard only', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page, 'classroom.html');
  const first = page.locator('#guess-0');
  // Tab from the worksheet link under the scenario menu to the first point of the line.
  await page.getByRole('link', { name: 'Printable worksheet for this scenario' }).focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const start = Number(await first.inputValue());
  const step = Number(await first.getAttribute('step'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveValue(String(start + 2 * step));
  await page.keyboard.press('Shift+ArrowUp');
  await expect(first).toHaveValue(String(start + 12 * step));
  await expect(first).toHaveAttribute('aria-valuetext', /ready interceptors on 1 July 2024/);
  // The next point, then the run-out month: Shift moves six months.
  await page.keyboard.press('Tab');
  await expect(page.locator('#guess-1')).toBeFocused();
  await page.keyboard.press('Shift+ArrowDown');
  await page.locator('#guess-runout').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.locator('#guess-runout')).toHaveAttribute('aria-valuetext', 'July 2026');
  await page.keyboard.press('Tab');
  const reveal = page.getByRole('button', { name: "Reveal the model's answer" });
  await expect(reveal).toBeFocused();
  await page.keyboard.press('Enter');
  const announcer = page.getByTestId('predict-announcer');
  await expect(announcer).toContainText('You guessed July 2026');
  await expect(announcer).toContainText("later than the model's central run");
  await expect(page.getByTestId('reveal')).toContainText('a modelled scenario, not a fact');
  await expect(page.getByTestId('reveal').locator('tbody tr')).toHaveCount(7);
  const again = page.getByRole('button', { name: 'Try again' });
  await expect(again).toBeFocused();
  await screenshot(page, 'classroom-revealed-1440');
  await page.keyboard.press('Enter');
  await expect(reveal).toBeFocused();
  await expect(page.locator('#guess-0')).toHaveValue(String(start));
});

test('the prediction runs at the scenario in the link', async ({ page }) => {
  await open(page, 'classroom.html?v=1&bl=20&stage=predict');
  await expect(page.locator('#predict-scenario')).toHaveValue('link');
  await expect(page.locator('#predict-title')).toBeFocused();
  await page.getByRole('button', { name: "Reveal the model's answer" }).click();
  await expect(page.getByTestId('predict-announcer')).toContainText('and so they do');
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`axe finds no violation in the classroom, teacher and worksheet views (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
    const query = theme === 'projector' ? '?theme=projector' : '';
    for (const [path, viewport] of [
      ['classroom.html', DESKTOP],
      ['teachers.html', DESKTOP],
      ['worksheet.html', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await open(page, `${path}${query}`);
      if (path === 'classroom.html') {
        await page.getByRole('button', { name: "Reveal the model's answer" }).click();
        await expect(page.getByTestId('reveal')).toBeVisible();
      }
      expect(await violationsOf(page), `${path} (${theme})`).toEqual([]);
      await screenshot(page, `${path.replace('.html', '')}-${theme}-${viewport.width}`);
    }
  });
}

test('the classroom view reads well on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'classroom.html?stage=media');
  await expect(page.locator('#media-title')).toBeFocused();
  await screenshot(page, 'classroom-media-360');
  // Nothing is wider than the screen except the tables, which scroll inside their own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(360);
});
