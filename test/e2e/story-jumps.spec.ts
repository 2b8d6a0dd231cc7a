// Issue 13, item 9: whatever moves the page (an instant scroll, a citation's back-link with
// reduced motion, a restored scroll position), the sticky graphic and the stepper show the step
// at the trigger line, even when the line lands in the gap under a step rather than on one.
import { type Page } from '@playwright/test';
import { DESKTOP, PHONE, expect, figure, open, stepStates, test } from './fixtures.ts';

const PROJECTOR = { width: 1280, height: 720 };

/** The step whose top is the last at or above the trigger line (55% down the viewport). */
async function stepAtLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const line = window.innerHeight * 0.55;
    let active = 0;
    document.querySelectorAll<HTMLElement>('.step[data-step]').forEach((el, i) => {
      if (el.getBoundingClientRect().top <= line) active = i;
    });
    return active;
  });
}

/** Scroll at once so the trigger line sits in the middle of the gap under step `index`. */
async function jumpIntoGapUnder(page: Page, index: number) {
  await page.evaluate((i) => {
    const steps = document.querySelectorAll<HTMLElement>('.step[data-step]');
    const bottom = steps[i]!.getBoundingClientRect().bottom + window.scrollY;
    const nextTop = steps[i + 1]!.getBoundingClientRect().top + window.scrollY;
    const gapMiddle = (bottom + nextTop) / 2;
    window.scrollTo({ top: gapMiddle - window.innerHeight * 0.55, behavior: 'instant' });
  }, index);
}

/** The graphic, the active step's mark and the stepper all say step `index`. */
async function expectShowing(page: Page, index: number, states: string[]) {
  await expect(figure(page)).toHaveAttribute('data-step', String(index));
  await expect(figure(page)).toHaveAttribute('data-state', states[index]!);
  await expect(page.locator(`.step[data-step="${index}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('.stepper__status')).toContainText(
    `Step ${index + 1} of ${states.length}`,
  );
}

/** Every citation back-link inside a story step, from three places, then Next. */
async function citationBackLinks(page: Page, states: string[]) {
  // Every citation inside a story step, with the step it is in.
  const cited = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.step[data-step] a[id^="cite-"]')].map((a) => ({
      id: a.id,
      step: Number(a.closest<HTMLElement>('.step')!.dataset.step),
    })),
  );
  const later = cited.filter((c) => c.step >= 3);
  expect(later.length).toBeGreaterThan(2);
  for (const target of [later[0]!, later.at(-1)!, later[Math.floor(later.length / 2)]!]) {
    const back = page.locator(`a[href="#${target.id}"]`);
    await back.scrollIntoViewIfNeeded();
    await back.click();
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
    const at = await stepAtLine(page);
    // The citation sits at the top of the screen, so its step has reached the line.
    expect(at).toBeGreaterThanOrEqual(target.step);
    await expectShowing(page, at, states);
  }
  const at = await stepAtLine(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expectShowing(page, at + 1, states);
}

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['projector', PROJECTOR],
  ['phone', PHONE],
] as const) {
  test.describe(`jumps on a ${name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });

    // One page: instant scrolls, then a reload that restores the position (and, on the desktop,
    // a citation's back-link with reduced motion, which the page opens with).
    test(`an instant scroll into the gap under a later step shows that step; a restored scroll position shows the step at the line${name === 'desktop' ? '; a citation’s back-link lands on the step of the citation, and Next goes on from there' : ''}`, async ({
      page,
    }) => {
      await open(page);
      const states = await stepStates(page);
      await test.step('an instant scroll into the gap under a later step shows that step', async () => {
        for (const i of [4, 9, 2, states.length - 2]) {
          await jumpIntoGapUnder(page, i);
          expect(await stepAtLine(page)).toBe(i);
          await expectShowing(page, i, states);
        }
      });

      await test.step('a restored scroll position shows the step at the line', async () => {
        await jumpIntoGapUnder(page, 6);
        await expectShowing(page, 6, states);
        const y = await page.evaluate(() => window.scrollY);
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(y, -1);
        await expectShowing(page, await stepAtLine(page), states);
        expect(await stepAtLine(page)).toBe(6);
      });

      if (name === 'desktop')
        await test.step('a citation’s back-link with reduced motion lands on the step of the citation, and Next goes on from there', () =>
          citationBackLinks(page, states));
    });
  });
}
