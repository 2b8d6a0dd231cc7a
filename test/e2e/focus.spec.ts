// Issue 13, item 10: focus is never dropped. Every control that can disable or remove itself
// (the stepper's buttons, a notice's Dismiss, predict and reveal, the Share dialog) hands focus
// to a sensible neighbour, tested with the keyboard alone.
import { type Page } from '@playwright/test';
import {
  DESKTOP,
  PHONE,
  expect,
  figure,
  open,
  scrollToStep,
  stepStates,
  test,
} from './fixtures.ts';

/** What has focus, as a short description ("body" when focus was dropped). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().replace(/\s+/g, ' ')}`;
  });

/** Focus is on a visible, enabled element, not dropped to <body>. */
async function expectFocusKept(page: Page) {
  expect(await focused(page)).not.toBe('body');
  const usable = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement & { disabled?: boolean };
    return !el.disabled && el.checkVisibility({ visibilityProperty: true });
  });
  expect(usable, `focus on ${await focused(page)}`).toBe(true);
}

test.describe('the story’s stepper', () => {
  test.use({ viewport: DESKTOP });

  // One story page: each step starts from a step scrolled to, with focus placed by the step.
  test('Previous at the first step hands focus to Next, and Next at the last to Previous; the arrow keys and scrolling never leave focus on a disabled button; the Share dialog gives focus back to its opener', async ({
    page,
  }) => {
    await open(page);
    const states = await stepStates(page);
    const prev = page.getByRole('button', { name: 'Previous' });
    const next = page.getByRole('button', { name: 'Next' });

    await test.step('Previous at the first step hands focus to Next, and Next at the last to Previous', async () => {
      await scrollToStep(page, 1);
      await expect(figure(page)).toHaveAttribute('data-step', '1');
      await prev.focus();
      await page.keyboard.press('Enter');
      await expect(figure(page)).toHaveAttribute('data-step', '0');
      await expect(prev).toBeDisabled();
      await expect(next).toBeFocused();
      // The keyboard carries on from there: Enter on Next moves a step, Shift+Tab reaches Previous.
      await page.keyboard.press('Enter');
      await expect(figure(page)).toHaveAttribute('data-step', '1');
      await page.keyboard.press('Shift+Tab');
      await expect(prev).toBeFocused();

      await scrollToStep(page, states.length - 2);
      await expect(figure(page)).toHaveAttribute('data-step', String(states.length - 2));
      await next.focus();
      await page.keyboard.press('Space');
      await expect(figure(page)).toHaveAttribute('data-step', String(states.length - 1));
      await expect(next).toBeDisabled();
      await expect(prev).toBeFocused();
    });

    await test.step('the arrow keys and scrolling never leave focus on a disabled button', async () => {
      await scrollToStep(page, 1);
      await expect(figure(page)).toHaveAttribute('data-step', '1');
      await prev.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(figure(page)).toHaveAttribute('data-step', '0');
      await expect(next).toBeFocused();
      // The reader scrolls to the last step while focus is on Next.
      await scrollToStep(page, states.length - 1);
      await expect(figure(page)).toHaveAttribute('data-step', String(states.length - 1));
      await expect(prev).toBeFocused();
    });

    await test.step('closing the Share dialog by keyboard gives focus back to its opener', async () => {
      await scrollToStep(page, 2);
      await expect(figure(page)).toHaveAttribute('data-step', '2');
      const opener = page.locator('.story-figure').getByRole('button', { name: 'Share or embed' });
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Share or embed' });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(opener).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).focus();
      await page.keyboard.press('Enter');
      await expect(opener).toBeFocused();
    });
  });
});

test.describe('notices', () => {
  for (const [where, path, scope] of [
    ['the stepper', '?step=nope', '.stepper__notice'],
    ['the header (theme)', '?theme=nope', '.preferences__notices'],
    ['the sandbox', '?v=1&je=abc#sandbox', '.sandbox'],
    ['the classroom prediction', 'classroom.html?v=1&je=9999&stage=predict', '.predict'],
    ['the teacher notes’ link builder', 'teachers.html?v=1&je=9999', '.link-builder'],
  ] as const) {
    test(`Dismiss in ${where} hands focus to the next control`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await open(page, path);
      const notice = page.locator(scope).getByTestId('notices');
      await expect(notice).toBeVisible();
      const dismiss = notice.getByRole('button', { name: 'Dismiss' });
      await dismiss.focus();
      await page.keyboard.press('Enter');
      await expect(notice).toHaveCount(0);
      await expectFocusKept(page);
      // And the next Tab stays nearby (not the far end of the page).
      const before = await page.evaluate(
        () => document.activeElement!.getBoundingClientRect().top + window.scrollY,
      );
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const after = await page.evaluate(
        () => document.activeElement!.getBoundingClientRect().top + window.scrollY,
      );
      expect(Math.abs(after - before)).toBeLessThan(900);
    });
  }
});

test('predict and reveal pass focus between their buttons', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'classroom.html?stage=predict');
  const reveal = page.getByRole('button', { name: "Reveal the model's answer" });
  await reveal.focus();
  await page.keyboard.press('Space');
  const again = page.getByRole('button', { name: 'Try again' });
  await expect(again).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reveal).toBeFocused();
});
