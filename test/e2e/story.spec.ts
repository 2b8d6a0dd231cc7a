import {
  DESKTOP,
  PHONE,
  expect,
  figure,
  nextFrames,
  open,
  screenshot,
  scrollToStep,
  settledHTML,
  stepStates,
  test,
} from './fixtures.ts';

const STAGE = '.story-figure .stage';

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test.describe(`story on a ${name} (${viewport.width}px)`, () => {
    test.use({ viewport });

    test('scrolling through every step shows each step’s graphic state', async ({ page }) => {
      await open(page);
      const states = await stepStates(page);
      expect(states.length).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < states.length; i++) {
        await scrollToStep(page, i);
        await expect(figure(page)).toHaveAttribute('data-state', states[i]!);
        await expect(page.locator(`.step[data-step="${i}"]`)).toHaveAttribute(
          'aria-current',
          'step',
        );
        const graphic = await figure(page).getAttribute('data-graphic');
        const layer = page.locator(`.story-figure [data-layer="${graphic}"]`);
        await expect(layer).toHaveClass(/is-active/);
        await expect(layer.locator('svg')).toHaveAttribute('data-state', states[i]!);
        // The graphic has a real size at this breakpoint (not a collapsed box).
        const box = await layer.boundingBox();
        expect(box!.width).toBeGreaterThan(250);
        expect(box!.height).toBeGreaterThan(200);
        // Pictures to look at (not compared: test-results/screenshots/).
        if ([1, 6, states.length - 1].includes(i))
          await screenshot(page, `story-${name}-light-${states[i]}`);
      }
    });

    test('a height-only resize (a phone’s address bar) keeps the current step', async ({
      page,
    }) => {
      await open(page);
      const states = await stepStates(page);
      await scrollToStep(page, 5);
      await expect(figure(page)).toHaveAttribute('data-state', states[5]!);
      for (const delta of [-120, 60, -60, 120, 0]) {
        const height = viewport.height + delta;
        await page.setViewportSize({ width: viewport.width, height });
        await expect.poll(() => page.evaluate(() => window.innerHeight)).toBe(height);
        // The resize is handled and the trigger line's observer has answered.
        await nextFrames(page);
        await expect(figure(page)).toHaveAttribute('data-state', states[5]!);
      }
    });
  });
}

test.describe('stepping without scrolling', () => {
  test.use({ viewport: DESKTOP });

  test('Prev and Next buttons move one step and say where you are', async ({ page }) => {
    await open(page);
    const states = await stepStates(page);
    await scrollToStep(page, 0);
    const next = page.getByRole('button', { name: 'Next' });
    const prev = page.getByRole('button', { name: 'Previous' });
    await expect(prev).toBeDisabled();
    await next.click();
    await expect(figure(page)).toHaveAttribute('data-state', states[1]!);
    await expect(page.locator('.stepper__status')).toContainText(`Step 2 of ${states.length}`);
    await prev.click();
    await expect(figure(page)).toHaveAttribute('data-state', states[0]!);
  });

  test('the arrow keys step through the whole story and back', async ({ page }) => {
    await open(page);
    const states = await stepStates(page);
    await scrollToStep(page, 0);
    for (let i = 1; i < states.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(figure(page)).toHaveAttribute('data-state', states[i]!);
    }
    await page.keyboard.press('ArrowRight');
    await expect(figure(page)).toHaveAttribute('data-state', states.at(-1)!);
    await page.keyboard.press('ArrowLeft');
    await expect(figure(page)).toHaveAttribute('data-state', states.at(-2)!);
  });

  test('the buttons work from the keyboard alone', async ({ page }) => {
    await open(page);
    const states = await stepStates(page);
    await scrollToStep(page, 2);
    await expect(figure(page)).toHaveAttribute('data-state', states[2]!);
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expect(figure(page)).toHaveAttribute('data-state', states[3]!);
    await page.keyboard.press('Space');
    await expect(figure(page)).toHaveAttribute('data-state', states[4]!);
  });

  test('arrow keys typed into a form field or slider are left alone', async ({ page }) => {
    await open(page);
    const states = await stepStates(page);
    await scrollToStep(page, 3);
    await expect(figure(page)).toHaveAttribute('data-state', states[3]!);
    await page.evaluate(() => {
      const text = document.createElement('input');
      text.id = 'probe-text';
      const range = document.createElement('input');
      range.type = 'range';
      range.id = 'probe-range';
      range.setAttribute('aria-label', 'probe');
      text.setAttribute('aria-label', 'probe text');
      document.querySelector('.step.is-active .step__body')!.append(text, range);
    });
    await page.locator('#probe-text').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#probe-range').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(figure(page)).toHaveAttribute('data-state', states[3]!);
    // Keys are handled in the order they come: one ArrowRight outside the fields moves exactly
    // one step, so the keys before it were heard and left alone (not merely not yet handled
    // when the line above looked, as on a slow machine).
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('ArrowRight');
    await expect(figure(page)).toHaveAttribute('data-state', states[4]!);
  });

  test('jumping straight to step N shows exactly what stepping through to N shows', async ({
    page,
  }) => {
    await open(page);
    const states = await stepStates(page);
    for (const n of [3, 7, states.length - 1]) {
      // A fresh visit to the step's address, as from a shared link.
      await page.goto('about:blank');
      await page.goto(`./#step-${states[n]}`);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(figure(page)).toHaveAttribute('data-state', states[n]!);
      const jumped = await settledHTML(page, STAGE);

      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await scrollToStep(page, 0);
      for (let i = 1; i <= n; i++) {
        await page.keyboard.press('ArrowRight');
        await expect(figure(page)).toHaveAttribute('data-state', states[i]!);
      }
      expect(await settledHTML(page, STAGE), `step ${n}`).toBe(jumped);
    }
  });

  test('with motion on, animations still end exactly at the step’s state', async ({ page }) => {
    await open(page, '', { motion: 'no-preference' });
    const states = await stepStates(page);
    const n = states.indexOf('after-summit');
    await page.goto('about:blank');
    await page.goto(`./#step-${states[n]}`);
    await expect(figure(page)).toHaveAttribute('data-state', states[n]!);
    const jumped = await settledHTML(page, STAGE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollToStep(page, n - 2);
    // Move on while the graphic is still animating towards step n − 2.
    await expect(figure(page)).toHaveAttribute('data-state', states[n - 2]!);
    await scrollToStep(page, n);
    await expect(figure(page)).toHaveAttribute('data-state', states[n]!);
    expect(await settledHTML(page, STAGE)).toBe(jumped);
  });
});

test.describe('display preferences', () => {
  test('the reduce-motion toggle makes transitions instant and is remembered', async ({ page }) => {
    await open(page, '', { motion: 'no-preference' });
    const toggle = page.getByRole('button', { name: 'Reduce motion' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
    const duration = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--duration'),
    );
    expect(duration.trim()).toMatch(/^0m?s$/);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
  });

  test('the OS reduced-motion setting is honoured without the toggle', async ({ page }) => {
    await open(page, '', { motion: 'reduce' });
    await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const duration = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--duration'),
    );
    expect(duration.trim()).toMatch(/^0m?s$/);
  });

  test('the dark theme toggle switches colours before and after reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bg()).not.toBe(light);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test('the sticky graphic really sticks (no clipping ancestor)', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page);
  const clipping = await page.locator('.scrolly__graphic').evaluate((el) => {
    const bad: string[] = [];
    for (let node = el.parentElement; node; node = node.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(node);
      if (overflowX !== 'visible' || overflowY !== 'visible')
        bad.push(`${node.tagName}.${node.className}`);
    }
    return bad;
  });
  expect(clipping).toEqual([]);
  await scrollToStep(page, 4);
  const top = await page
    .locator('.scrolly__graphic')
    .evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(2);
});

test('waking the page up shifts nothing (no layout shift from hydration)', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await open(page);
  // Hydration is done (data-ready); let its layout be drawn and any shift be reported.
  await nextFrames(page, 3);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  expect(cls).toBeLessThan(0.01);
});

test('a link to a step that does not exist opens at the start and says so', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, '?step=nope%3Cb%3E');
  const notice = page.locator('.stepper__notice').getByTestId('notices');
  await expect(notice).toContainText('“nope<b>” is not a step of this story');
  await expect(figure(page)).toHaveAttribute('data-step', '0');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // Said once (issue 12 §1): the sandbox, far below, reads the same link and does not repeat it.
  await page.locator('#sandbox').scrollIntoViewIfNeeded();
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
  await expect(page.getByText('is not a step of this story')).toHaveCount(0);
});
