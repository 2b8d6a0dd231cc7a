import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
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

/**
 * What the story shows once it has moved to step `index` (waiting in the page, frame by frame,
 * up to 10 s, for the figure, the step and the graphic's layer to show `state`; one round trip):
 * the figure's state, the step's aria-current, its graphic layer's class, the layer's drawing's
 * state and the layer's size. The caller asserts on all of it.
 */
function stepShown(page: Page, index: number, state: string) {
  return page.evaluate(
    ({ index, state }) => {
      const read = () => {
        const figure = document.querySelector<HTMLElement>('.story-figure')!;
        const graphic = figure.dataset.graphic;
        const layer = figure.querySelector(`[data-layer="${graphic}"]`);
        const box = layer?.getBoundingClientRect();
        return {
          figure: figure.dataset.state,
          current: document
            .querySelector(`.step[data-step="${index}"]`)
            ?.getAttribute('aria-current'),
          layerClass: layer?.getAttribute('class') ?? '',
          svg: layer?.querySelector('svg')?.dataset.state,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
        };
      };
      const until = performance.now() + 10_000;
      return new Promise<ReturnType<typeof read>>((done) => {
        const look = () => {
          const now = read();
          const shown =
            now.figure === state &&
            now.current === 'step' &&
            /is-active/.test(now.layerClass) &&
            now.svg === state;
          if (shown || performance.now() > until) done(now);
          else requestAnimationFrame(look);
        };
        look();
      });
    },
    { index, state },
  );
}

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test.describe(`story on a ${name} (${viewport.width}px)`, () => {
    test.use({ viewport });

    // One page, read at every step, then resized: the two checks share the load.
    test('scrolling through every step shows each step’s graphic state, and a height-only resize (a phone’s address bar) keeps the current step', async ({
      page,
    }) => {
      await open(page);
      const states = await stepStates(page);
      await test.step('scrolling through every step shows each step’s graphic state', async () => {
        expect(states.length).toBeGreaterThanOrEqual(8);
        for (let i = 0; i < states.length; i++) {
          await scrollToStep(page, i);
          const shown = await stepShown(page, i, states[i]!);
          const at = `step ${i} (${states[i]})`;
          expect(shown.figure, `${at}: the figure's state`).toBe(states[i]);
          expect(shown.current, `${at}: the step's aria-current`).toBe('step');
          expect(shown.layerClass, `${at}: the graphic's layer`).toMatch(/is-active/);
          expect(shown.svg, `${at}: the layer's drawing`).toBe(states[i]);
          // The graphic has a real size at this breakpoint (not a collapsed box).
          expect(shown.width).toBeGreaterThan(250);
          expect(shown.height).toBeGreaterThan(200);
          // Pictures to look at (not compared: test-results/screenshots/).
          if ([1, 6, states.length - 1].includes(i))
            await screenshot(page, `story-${name}-light-${states[i]}`);
        }
      });

      await test.step('a height-only resize (a phone’s address bar) keeps the current step', async () => {
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
  });
}

/** Take focus off whatever has it, as on a freshly opened page (the keys then go to the page). */
const blur = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

test.describe('stepping without scrolling', () => {
  test.use({ viewport: DESKTOP });

  // One page at the desktop, checked a step at a time: stepping through on the fresh page, three
  // fresh visits to a step's address, then the rest on the last of those (each starting from
  // where a reader would: a step scrolled to, nothing focused).
  test('the buttons and arrow keys step through the story, the graphic sticks, and jumping straight to step N shows exactly what stepping through to N shows', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await open(page);
    const states = await stepStates(page);

    await test.step('the OS reduced-motion setting is honoured without the toggle', async () => {
      await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const duration = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--duration'),
      );
      expect(duration.trim()).toMatch(/^0m?s$/);
    });

    // First, on the fresh page: the graphic's markup depends on which states it has drawn
    // before, so stepping starts from a page that has drawn only the first step (as a reader's).
    await test.step('jumping straight to step N shows exactly what stepping through to N shows', async () => {
      const ns = [3, 7, states.length - 1];
      // Stepping through from the first step with the arrow keys: the states at 3 and 7 on the
      // way are what a fresh page stepped to 3 or to 7 shows.
      const stepped = new Map<number, string>();
      await scrollToStep(page, 0);
      for (let i = 1; i <= ns.at(-1)!; i++) {
        await page.keyboard.press('ArrowRight');
        await expect(figure(page)).toHaveAttribute('data-state', states[i]!);
        if (ns.includes(i)) stepped.set(i, await settledHTML(page, STAGE));
      }
      for (const n of ns) {
        // A fresh visit to the step's address, as from a shared link.
        await page.goto('about:blank');
        await page.goto(`./#step-${states[n]}`);
        await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        await expect(figure(page)).toHaveAttribute('data-state', states[n]!);
        expect(await settledHTML(page, STAGE), `step ${n}`).toBe(stepped.get(n));
      }
    });

    await test.step('the sticky graphic really sticks (no clipping ancestor)', async () => {
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

    await test.step('Prev and Next buttons move one step and say where you are', async () => {
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

    await test.step('the arrow keys step through the whole story and back', async () => {
      await blur(page);
      await scrollToStep(page, 0);
      await expect(figure(page)).toHaveAttribute('data-state', states[0]!);
      for (let i = 1; i < states.length; i++) {
        await page.keyboard.press('ArrowRight');
        await expect(figure(page)).toHaveAttribute('data-state', states[i]!);
      }
      await page.keyboard.press('ArrowRight');
      await expect(figure(page)).toHaveAttribute('data-state', states.at(-1)!);
      await page.keyboard.press('ArrowLeft');
      await expect(figure(page)).toHaveAttribute('data-state', states.at(-2)!);
    });

    await test.step('the buttons work from the keyboard alone', async () => {
      await scrollToStep(page, 2);
      await expect(figure(page)).toHaveAttribute('data-state', states[2]!);
      await page.getByRole('button', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      await expect(figure(page)).toHaveAttribute('data-state', states[3]!);
      await page.keyboard.press('Space');
      await expect(figure(page)).toHaveAttribute('data-state', states[4]!);
    });

    await test.step('arrow keys typed into a form field or slider are left alone', async () => {
      await blur(page);
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
      await blur(page);
      await page.keyboard.press('ArrowRight');
      await expect(figure(page)).toHaveAttribute('data-state', states[4]!);
      await page.evaluate(() =>
        document.querySelectorAll('#probe-text, #probe-range').forEach((el) => el.remove()),
      );
    });
  });

  test('with motion on, animations still end exactly at the step’s state', async ({ page }) => {
    // The steps' states, as the built page lists them (checked against the page below): the
    // page is opened only at the step's address, as from a shared link.
    const states = [
      ...readFileSync('dist/index.html', 'utf8').matchAll(
        /<div class="step"[^>]* data-step="\d+" data-state="([^"]+)"/g,
      ),
    ].map((m) => m[1]!);
    const n = states.indexOf('after-summit');
    expect(n).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`./#step-${states[n]}`);
    await expect(figure(page)).toHaveAttribute('data-state', states[n]!);
    expect(await stepStates(page), 'the steps of the built page').toEqual(states);
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
  // Both toggles on one page, and one reload that must remember both.
  test('the reduce-motion toggle makes transitions instant, the dark theme toggle switches colours, and both are remembered after reload', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '', { motion: 'no-preference' });
    const toggle = page.getByRole('button', { name: 'Reduce motion' });
    await test.step('the reduce-motion toggle makes transitions instant', async () => {
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
      const duration = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--duration'),
      );
      expect(duration.trim()).toMatch(/^0m?s$/);
    });
    await test.step('the dark theme toggle switches colours', async () => {
      const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await bg();
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await bg()).not.toBe(light);
    });
    await test.step('both are remembered after reload', async () => {
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  });
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
