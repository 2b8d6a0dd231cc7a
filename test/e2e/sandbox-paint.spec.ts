// Paint first (issue 10 §4): a slider input redraws only the charts on screen at once, and the
// rest of the sandbox (the other tab, the diagram and stocks off screen, the sentences, the
// teachers' links) when the browser is idle. Once settled, the sandbox must be exactly what it
// is when every part follows every input at once: a page whose IntersectionObserver reports
// every part of the sandbox on screen is the yardstick, driven by the same inputs.
import type { Page } from '@playwright/test';
import { DESKTOP, PHONE, expect, test } from './fixtures.ts';
import { openSandbox } from './sandbox-site.ts';

/** Slider inputs as a reader makes them: take a slider in hand, then steps with the keys. */
async function drive(page: Page) {
  for (const [id, keys] of [
    ['japanExportPerYear', ['End', 'ArrowLeft', 'PageDown']],
    ['ballisticLaunchesPerMonth', ['Home', 'ArrowRight', 'ArrowRight', 'PageUp']],
    ['interceptorsPerTarget', ['ArrowLeft', 'ArrowRight', 'ArrowRight']],
  ] as const) {
    const slider = page.locator(`#param-${id}`);
    await slider.focus();
    for (const key of keys) await page.keyboard.press(key);
  }
  // The diagram comes on screen while the settings change, then goes off again.
  await page.locator('#sandbox [data-chart="live-flow"]').scrollIntoViewIfNeeded();
  await page.locator('#param-japanExportPerYear').focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('#sandbox').evaluate((el) => el.scrollIntoView());
  await page.keyboard.press('ArrowRight');
}

/** The sandbox's markup once nothing has changed in it for a while (answers, announcements). */
async function settledMarkup(page: Page): Promise<string> {
  await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
  let last = '';
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(800);
        // Two things depend on timing, not on what is drawn: the live region's sentence (on how
        // long the reader paused between steps) and the count of results drawn (on how many
        // answers the worker's latest-wins queue let through).
        const now = await page.locator('#sandbox').evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelector('[data-testid="announcer"]')!.textContent = '';
          copy.removeAttribute('data-revision');
          return copy.outerHTML;
        });
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 20_000, intervals: [0] },
    )
    .toBe(true);
  return last;
}

for (const [name, viewport] of [
  ['a desktop', DESKTOP],
  ['a phone', PHONE],
] as const) {
  test(`on ${name}, the sandbox settles exactly where it would if every part followed every input`, async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    // The page under test and its yardstick are independent: they run side by side.
    const { baseURL } = test.info().project.use;
    const markup = await Promise.all(
      [false, true].map(async (everything) => {
        const context = await browser.newContext({ viewport, baseURL, serviceWorkers: 'block' });
        const page = await context.newPage();
        // The yardstick: every part of the sandbox reported on screen, so all follow every input.
        if (everything)
          await page.addInitScript(() => {
            const Real = window.IntersectionObserver;
            window.IntersectionObserver = class extends Real {
              constructor(
                report: IntersectionObserverCallback,
                options?: IntersectionObserverInit,
              ) {
                super((entries, observer) => {
                  const seen = entries.map((e) =>
                    e.target.closest('#sandbox')
                      ? ({ target: e.target, isIntersecting: true } as IntersectionObserverEntry)
                      : e,
                  );
                  report(seen, observer);
                }, options);
              }
            };
          });
        try {
          await openSandbox(page);
          await drive(page);
          return await settledMarkup(page);
        } finally {
          await context.close();
        }
      }),
    );
    const [painted, yardstick] = markup as [string, string];
    expect(painted.length).toBeGreaterThan(10_000);
    // Where they part, with some context (the whole sandbox is too long to read in a report).
    let at = 0;
    while (at < painted.length && painted[at] === yardstick[at]) at++;
    const around = (text: string) => text.slice(Math.max(0, at - 300), at + 300);
    expect(around(painted), 'painted first, then settled').toBe(around(yardstick));
    expect(painted).toBe(yardstick);
  });
}

test.use({ viewport: DESKTOP });

test('an input redraws the chart in view before the charts off screen, which catch up', async ({
  page,
}) => {
  const sandbox = await openSandbox(page);
  await expect(sandbox).toHaveAttribute('data-complete', 'true');
  const slider = page.locator('#param-japanExportPerYear');
  await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await slider.focus();
  await expect(page.locator('[data-panel-for="difference"]')).toBeVisible();
  // In the same task as the input: the chart in view has moved; the diagram, off screen, not.
  const moved = await page.evaluate(async () => {
    const d = (selector: string) =>
      [...document.querySelectorAll(`#sandbox ${selector} path[data-series]`)]
        .map((p) => p.getAttribute('d'))
        .join('|');
    const flows = () =>
      [...document.querySelectorAll('#sandbox [data-chart="live-flow"] path')]
        .map((p) => p.getAttribute('d'))
        .join('|');
    const before = { shown: d('[data-chart="difference"]'), flows: flows() };
    const input = document.getElementById('param-japanExportPerYear') as HTMLInputElement;
    input.value = String(Number(input.max));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    await Promise.resolve();
    return {
      shown: d('[data-chart="difference"]') !== before.shown,
      flows: flows() !== before.flows,
      before,
    };
  });
  expect(moved.shown, 'the chart in view moved with the input').toBe(true);
  expect(moved.flows, 'the diagram off screen waits for idle time').toBe(false);
  // Then it catches up.
  await expect
    .poll(() =>
      page
        .locator('#sandbox [data-chart="live-flow"] path')
        .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join('|')),
    )
    .not.toBe(moved.before.flows);
});
