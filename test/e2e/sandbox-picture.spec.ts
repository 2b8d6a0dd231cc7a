// The sandbox's picture (issue 10 §2 and §3): a chart line the reader's slider moves is on
// screen at every step of every main slider, on a phone and a desktop; direct labels stay apart
// and off the lines; the first screen on a 1280×720 projector shows a chart; every time axis
// ends at the same month; on a phone a compact copy of the chart is pinned above the sliders.
import type { Page } from '@playwright/test';
import { DESKTOP, expect, test } from './fixtures.ts';
import {
  MAIN,
  expectDefaults,
  PHONE_TALL,
  PROJECTOR,
  lines,
  linesInPage,
  openSandbox,
  type Line,
} from './sandbox-site.ts';

/** Direct labels that overlap another label or a line of their chart, or run past its edge. */
async function labelProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('#sandbox svg.ts__svg')) {
      if (!svg.checkVisibility()) continue;
      const labels = [...svg.querySelectorAll<SVGTextElement>('text[data-label]')];
      const boxes = labels.map((l) => l.getBoundingClientRect());
      const name = svg.closest('[data-chart], [data-in-view]')?.outerHTML.slice(0, 60) ?? '';
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            problems.push(`${name}: "${labels[i]!.textContent}" on "${labels[j]!.textContent}"`);
        }
      }
      // Inside the picture: a label past the frame's edge is cut off ("With or without Japar").
      const frame = svg.getBoundingClientRect();
      boxes.forEach((b, i) => {
        if (b.right > frame.right + 0.5 || b.left < frame.left - 0.5)
          problems.push(`${name}: "${labels[i]!.textContent}" runs past the picture's edge`);
      });
      const ctm = svg.getScreenCTM()!;
      for (const path of svg.querySelectorAll<SVGPathElement>('path[data-series]')) {
        if (path.dataset.series!.includes('band')) continue;
        const length = path.getTotalLength();
        for (let s = 0; s <= length; s += 2) {
          const p = path.getPointAtLength(s).matrixTransform(ctm);
          boxes.forEach((b, i) => {
            if (p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom)
              problems.push(`${name}: "${labels[i]!.textContent}" on line ${path.dataset.series}`);
          });
        }
      }
    }
    return [...new Set(problems)];
  });
}

/** What a test sees after one key on a slider, measured in the page in one round trip. */
interface AfterKey {
  /** The slider's value, once it is `value` or the wait gave up. */
  value: string;
  /** Whether the sandbox drew again (its revision moved on from the one before the key). */
  redrawn: boolean;
  /**
   * The lines on screen now whose path differs from the one measured after the key before
   * (compared in the page, which keeps each measurement for the next; none at the first).
   */
  moved: string[];
  /** The slider is on screen and nothing (the pinned chart) covers its middle. */
  onTop: boolean;
  /** The revision now: the one the next key must move on from. */
  revision: string;
}

/**
 * In the page: wait (frame by frame, up to 10 s, as long as an expect waits) until the slider
 * shows `value` and the sandbox's revision has moved on from `revision`, then measure the lines
 * (kept in the page for the next key's comparison; `revision` null starts afresh) and whether
 * the reader still has the slider in hand.
 */
async function afterKeyInPage(
  { id, value, revision }: { id: string; value: string; revision: string | null },
  readLines: () => Record<string, Line>,
): Promise<AfterKey> {
  const input = document.getElementById(`param-${id}`) as HTMLInputElement;
  const sandbox = document.getElementById('sandbox')!;
  const until = performance.now() + 10_000;
  const done = () =>
    revision === null || (input.value === value && sandbox.dataset.revision !== revision);
  while (!done() && performance.now() < until)
    await new Promise((next) => requestAnimationFrame(next));
  const r = input.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const kept = window as unknown as { __linesBefore?: Record<string, Line> };
  const before = revision === null ? {} : (kept.__linesBefore ?? {});
  const after = readLines();
  kept.__linesBefore = after;
  return {
    value: input.value,
    redrawn: revision === null || sandbox.dataset.revision !== revision,
    moved: Object.keys(after).filter(
      (key) => after[key]!.onScreen && before[key] && before[key]!.d !== after[key]!.d,
    ),
    onTop: hit === input && r.top >= 0 && r.bottom <= innerHeight,
    revision: sandbox.dataset.revision ?? '',
  };
}

const afterKey = (page: Page, args: { id: string; value: string; revision: string | null }) =>
  page.evaluate<AfterKey>(`(${afterKeyInPage})(${JSON.stringify(args)}, ${linesInPage})`);

for (const [name, viewport] of [
  ['a phone (360×780)', PHONE_TALL],
  ['a desktop (1440×900)', DESKTOP],
] as const) {
  test.describe(`in view on ${name}`, () => {
    test.use({ viewport });

    // One page for the three sliders, each a step from the defaults (Reset between them).
    test(`every step of every main slider, minimum to maximum, moves a line on screen`, async ({
      page,
    }) => {
      test.setTimeout(MAIN.length * 90_000);
      const sandbox = await openSandbox(page);
      for (const [i, spec] of MAIN.entries()) {
        if (i > 0) {
          await page.getByRole('button', { name: 'Reset' }).click();
          await expectDefaults(page, MAIN);
        }
        await test.step(`every step of "${spec.label}", minimum to maximum, moves a line on screen`, async () => {
          const slider = page.locator(`#param-${spec.id}`);
          await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await slider.focus();
          await page.keyboard.press('Home');
          await expect(slider).toHaveValue(String(spec.min));
          await expect(sandbox).toHaveAttribute('data-complete', 'true');
          expect(await labelProblems(page), 'labels at the minimum').toEqual([]);
          let seen = await afterKey(page, { id: spec.id, value: String(spec.min), revision: null });
          const steps = Math.round((spec.max - spec.min) / spec.step);
          for (let k = 1; k <= steps; k++) {
            const before = seen;
            await page.keyboard.press('ArrowRight');
            const value = Math.round((spec.min + k * spec.step) * 1e9) / 1e9;
            seen = await afterKey(page, {
              id: spec.id,
              value: String(value),
              revision: before.revision,
            });
            expect(seen.value, `${spec.id}: the slider's value`).toBe(String(value));
            expect(seen.redrawn, `${spec.id} = ${value}: the sandbox drew again`).toBe(true);
            expect(
              seen.moved.length,
              `${spec.id} = ${value}: a line on screen moved`,
            ).toBeGreaterThan(0);
            // The reader still has the slider in hand: on screen, and not under the pinned chart.
            expect(seen.onTop, `${spec.id} = ${value}: the slider is in view`).toBe(true);
          }
          await expect(sandbox).toHaveAttribute('data-complete', 'true');
          expect(await labelProblems(page), 'labels at the maximum').toEqual([]);
        });
      }
    });
  });
}

/** Every headline chart's labels sit inside it, apart and off the lines (each tab in turn). */
async function checkHeadlineLabels(page: Page) {
  for (const tab of ['difference', 'ukraine']) {
    await page.locator(`.sandbox__results [role="tab"][data-tab="${tab}"]`).click();
    await expect(page.locator(`.sandbox__results [data-chart="${tab}"] svg`).first()).toBeVisible();
    expect(await labelProblems(page), tab).toEqual([]);
  }
}

const LABELS = "every headline chart's labels sit inside it, apart and off the lines";

/** The first screen of the sandbox (its top at the top of the window) shows a chart. */
async function checkFirstScreen(page: Page) {
  await page.evaluate(() =>
    window.scrollTo(0, document.getElementById('sandbox')!.getBoundingClientRect().top + scrollY),
  );
  const onScreen = Object.entries(await lines(page)).filter(([, l]) => l.onScreen);
  expect(onScreen.length, 'chart lines on the first screen').toBeGreaterThan(0);
  // And the main sliders beside it.
  for (const spec of MAIN.slice(0, 2))
    await expect(page.locator(`#param-${spec.id}`)).toBeInViewport();
}

// Tests that open the sandbox at the same size and then only read it, or change what a later
// step does not read, share one page; each check is a named step. (The pinned chart's test goes
// first: a tab chosen before would already have set the chart it checks.)
test('on a phone (360×780): the pinned chart follows the slider taken in hand; headline labels', async ({
  page,
}) => {
  await page.setViewportSize(PHONE_TALL);
  await openSandbox(page);
  await test.step('on a phone the pinned chart follows the slider taken in hand', async () => {
    const pinned = page.locator('[data-in-view]');
    await page.locator('#param-ballisticLaunchesPerMonth').focus();
    await expect(pinned).toHaveAttribute('data-in-view', 'ukraine');
    await page.locator('#param-japanExportPerYear').focus();
    await expect(pinned).toHaveAttribute('data-in-view', 'difference');
    // It is pinned: with the last main slider at the top of the screen, it is still there,
    // above the slider.
    const last = page.locator(`#param-${MAIN.at(-1)!.id}`);
    await last.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const [top, bottom] = await pinned.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [r.top, r.bottom];
    });
    expect(top).toBeCloseTo(0, 0);
    expect((await last.boundingBox())!.y).toBeGreaterThanOrEqual(bottom - 1);
  });
  await test.step(`on a phone (360×780), ${LABELS}`, () => checkHeadlineLabels(page));
});

test('on a projector (1280×720): the first screen shows a chart; headline labels', async ({
  page,
}) => {
  await page.setViewportSize(PROJECTOR);
  await openSandbox(page);
  await test.step('the first screen of the sandbox shows a chart (1280×720)', () =>
    checkFirstScreen(page));
  await test.step(`on a projector (1280×720), ${LABELS}`, () => checkHeadlineLabels(page));
});

test('the first screen of the sandbox shows a chart (1280×720, projector theme)', async ({
  page,
}) => {
  await page.setViewportSize(PROJECTOR);
  await openSandbox(page, '?theme=projector');
  await checkFirstScreen(page);
});

test('on a desktop (1440×900): headline labels; every time axis ends at the same month', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await openSandbox(page);
  await test.step(`on a desktop (1440×900), ${LABELS}`, () => checkHeadlineLabels(page));
  await test.step('every time axis in the sandbox ends at the same month', async () => {
    for (const horizon of ['36', '120']) {
      if (horizon === '120') {
        await page.locator('.sandbox__advanced summary').click();
        const slider = page.locator('#param-horizonMonths');
        await slider.focus();
        await page.keyboard.press('End');
        await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
      }
      const ends = await page
        .locator('#sandbox svg.ts__svg')
        .evaluateAll((svgs) =>
          svgs.map((svg) => [...svg.querySelectorAll('.ts__xtick')].at(-1)?.textContent),
        );
      expect(new Set(ends).size, `horizon ${horizon}: ${ends.join(', ')}`).toBe(1);
      expect(ends[0]).toBe(horizon === '36' ? '2027' : '2034');
      // The diagram's months run to the same last month.
      const scrubber = page.locator('[data-chart="live-flow"] input[type="range"]');
      await expect(scrubber).toHaveAttribute('max', String(Number(horizon) - 1));
    }
  });
});
