// The sandbox's picture (issue 10 §2 and §3): a chart line the reader's slider moves is on
// screen at every step of every main slider, on a phone and a desktop; direct labels stay apart
// and off the lines; the live diagram and "What would it take?" work by keyboard alone; the
// first screen on a 1280×720 projector shows a chart; the diagram is there without JavaScript.
import type { Page } from '@playwright/test';
import { loadContent } from '../../scripts/content/load.ts';
import { formatMonth } from '../../src/lib/format.ts';
import { describeGoalSeek } from '../../src/sandbox/describe-goal.ts';
import { EDGE_FLOW } from '../../src/sandbox/live-flow.ts';
import { goalSeek } from '../../workers/stockpile/goal-seek.ts';
import { monthKey } from '../../workers/stockpile/model.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { DESKTOP, expect, open, test, violationsOf } from './fixtures.ts';

const loaded = loadContent('content');
if (!loaded.ok) throw new Error(loaded.problems.format());
const { parameters: ledger, sandboxStrings: strings } = loaded.content;
const MAIN = ledger.filter((p) => p.control === 'main');
const PHONE_TALL = { width: 360, height: 780 };
const PROJECTOR = { width: 1280, height: 720 };

async function openSandbox(page: Page, query = '') {
  await open(page, `${query}#sandbox`);
  const sandbox = page.locator('#sandbox');
  await sandbox.scrollIntoViewIfNeeded();
  await expect(sandbox).toHaveAttribute('data-mode', /worker|main-thread/);
  await expect(page.locator(`#param-${MAIN[0]!.id}`)).toBeEnabled();
  return sandbox;
}

/**
 * Every chart line in the sandbox, by chart, panel and series: its path and whether any of it
 * is on screen (inside the viewport and not hidden).
 */
async function lines(page: Page): Promise<Record<string, { d: string; onScreen: boolean }>> {
  return page.evaluate(() => {
    const out: Record<string, { d: string; onScreen: boolean }> = {};
    const paths = document.querySelectorAll<SVGPathElement>(
      '#sandbox path[data-series]:not([data-series*="band"])',
    );
    for (const path of paths) {
      const chart = path.closest('[data-chart], [data-in-view]');
      const id =
        chart?.getAttribute('data-chart') ?? `in-view:${chart?.getAttribute('data-in-view')}`;
      const panel = path.closest('[data-panel]')?.getAttribute('data-panel') ?? '';
      const r = path.getBoundingClientRect();
      const visible = path.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      const onScreen =
        visible &&
        r.right >= 0 &&
        r.left <= innerWidth &&
        r.bottom >= 0 &&
        r.top <= innerHeight &&
        r.width + r.height > 0;
      out[`${id}/${panel}/${path.dataset.series}`] = { d: path.getAttribute('d') ?? '', onScreen };
    }
    return out;
  });
}

/** Direct labels that overlap another label or a line of their chart (none, we expect). */
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

for (const [name, viewport] of [
  ['a phone (360×780)', PHONE_TALL],
  ['a desktop (1440×900)', DESKTOP],
] as const) {
  test.describe(`in view on ${name}`, () => {
    test.use({ viewport });

    for (const spec of MAIN) {
      test(`every step of "${spec.label}", minimum to maximum, moves a line on screen`, async ({
        page,
      }) => {
        test.setTimeout(90_000);
        const sandbox = await openSandbox(page);
        const slider = page.locator(`#param-${spec.id}`);
        await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await slider.focus();
        await page.keyboard.press('Home');
        await expect(slider).toHaveValue(String(spec.min));
        await expect(sandbox).toHaveAttribute('data-complete', 'true');
        expect(await labelProblems(page), 'labels at the minimum').toEqual([]);
        let before = await lines(page);
        const steps = Math.round((spec.max - spec.min) / spec.step);
        for (let k = 1; k <= steps; k++) {
          const revision = await sandbox.getAttribute('data-revision');
          await page.keyboard.press('ArrowRight');
          const value = Math.round((spec.min + k * spec.step) * 1e9) / 1e9;
          await expect(slider).toHaveValue(String(value));
          await expect(sandbox).not.toHaveAttribute('data-revision', revision!);
          const after = await lines(page);
          const moved = Object.keys(after).filter(
            (key) => after[key]!.onScreen && before[key] && before[key]!.d !== after[key]!.d,
          );
          expect(moved.length, `${spec.id} = ${value}: a line on screen moved`).toBeGreaterThan(0);
          // The reader still has the slider in hand: on screen, and not under the pinned chart.
          const onTop = await slider.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit === el && r.top >= 0 && r.bottom <= innerHeight;
          });
          expect(onTop, `${spec.id} = ${value}: the slider is in view`).toBe(true);
          before = after;
        }
        await expect(sandbox).toHaveAttribute('data-complete', 'true');
        expect(await labelProblems(page), 'labels at the maximum').toEqual([]);
      });
    }
  });
}

test.describe('the first screen of the sandbox shows a chart', () => {
  for (const [name, query] of [
    ['1280×720', ''],
    ['1280×720, projector theme', '?theme=projector'],
  ] as const) {
    test(name, async ({ page }) => {
      await page.setViewportSize(PROJECTOR);
      await openSandbox(page, query);
      await page.evaluate(() =>
        window.scrollTo(
          0,
          document.getElementById('sandbox')!.getBoundingClientRect().top + scrollY,
        ),
      );
      const onScreen = Object.entries(await lines(page)).filter(([, l]) => l.onScreen);
      expect(onScreen.length, 'chart lines on the first screen').toBeGreaterThan(0);
      // And the main sliders beside it.
      for (const spec of MAIN.slice(0, 2))
        await expect(page.locator(`#param-${spec.id}`)).toBeInViewport();
    });
  }
});

test('every time axis in the sandbox ends at the same month', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openSandbox(page);
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

test.describe('the live stock-flow diagram', () => {
  test.use({ viewport: DESKTOP });

  test('its month scrubber works by keyboard alone, and draws the run’s flows', async ({
    page,
  }) => {
    await openSandbox(page);
    const figure = page.locator('[data-chart="live-flow"]');
    const diagram = figure.locator('svg.live-flow');
    const run = simulate(ledger, defaultValues(ledger), { runs: 1 }).scenario;
    const expectMonth = async (t: number) => {
      await expect(diagram).toHaveAttribute('data-month', String(t));
      for (const [edge, flow] of Object.entries(EDGE_FLOW))
        expect(
          Number(await figure.locator(`[data-edge="${edge}"]`).getAttribute('data-flow')),
        ).toBe(run.flows[flow][t]);
    };
    // Opens at November 2025, when Japan's exports begin.
    const month = figure.getByRole('slider', { name: 'Month shown' });
    await expect(month).toHaveAttribute('aria-valuetext', 'November 2025');
    await expectMonth(22);

    await month.focus();
    await page.keyboard.press('ArrowRight');
    await expect(month).toHaveAttribute('aria-valuetext', 'December 2025');
    await expectMonth(23);
    await page.keyboard.press('Home');
    await expect(month).toHaveAttribute('aria-valuetext', 'January 2024');
    await expectMonth(0);
    await page.keyboard.press('End');
    await expect(month).toHaveAttribute('aria-valuetext', formatMonth(monthKey(35)));
    await expectMonth(35);
    await expect(figure.locator('.chart-figure__caption')).toContainText('December 2026:');

    // Step buttons: Shift+Tab from the slider to "Previous month", Enter.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Previous month' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectMonth(34);
    await page.keyboard.press('Shift+Tab');
    const play = figure.getByTestId('play');
    await expect(play).toBeFocused();
    await expect(play).toHaveText('Play');
    // Play: months go by one at a time; the same key pauses.
    await page.keyboard.press('Enter');
    await expect(play).toHaveText('Pause');
    await expectMonth(35);
    await expect(play).toHaveText('Play');
    await page.keyboard.press('Enter');
    // From the last month, play starts again at the first.
    await expect(diagram).not.toHaveAttribute('data-month', '35');
    await page.keyboard.press(' ');
    await expect(play).toHaveText('Play');
    const paused = await diagram.getAttribute('data-month');
    await page.waitForTimeout(900);
    await expect(diagram).toHaveAttribute('data-month', paused!);
  });

  test('with reduced motion a new month replaces the last at once; otherwise it eases', async ({
    page,
  }) => {
    for (const [motion, expected] of [
      ['reduce', /^0s(, 0s)*$/],
      ['no-preference', /[1-9]/],
    ] as const) {
      await open(page, '#sandbox', { motion });
      await expect(page.getByRole('slider', { name: 'Month shown' })).toBeEnabled();
      // One step of the month, then (a frame later) how the arrows change: read together, so a
      // slow machine cannot miss the easing window.
      const seen = await page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>(
          '[data-chart="live-flow"] input[type="range"]',
        )!;
        input.value = String(Number(input.value) + 1);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(r));
        const svg = document.querySelector('svg.live-flow')!;
        const shaft = svg.querySelector('.lf__shaft')!;
        return {
          animating: svg.classList.contains('is-animating'),
          duration: getComputedStyle(shaft).transitionDuration,
        };
      });
      expect(seen.animating, motion).toBe(true);
      expect(seen.duration, motion).toMatch(expected);
    }
  });
});

test.describe('"What would it take?"', () => {
  test.use({ viewport: DESKTOP });

  const answerFor = (values: ParameterValues, share: number, lever: (typeof MAIN)[number]['id']) =>
    describeGoalSeek(
      goalSeek(ledger, values, { kind: 'engagedShare', share }, lever as never),
      values.horizonMonths,
      strings,
      ledger,
    );

  test('by keyboard alone: pick a goal and a lever, read the answer, set it on the slider', async ({
    page,
  }) => {
    await openSandbox(page);
    const goal = page.getByTestId('goal-seek');
    const answer = goal.getByTestId('goal-answer');
    const values = defaultValues(ledger);
    // The question it opens with: 95% of the missiles in reach, by changing Japan's exports.
    await expect(answer).toHaveText(answerFor(values, 0.95, 'japanExportPerYear'));
    await expect(goal.locator('.goal__answer')).toHaveAttribute('aria-live', 'polite');

    const select = goal.getByLabel('Ukraine engages');
    await select.focus();
    await page.keyboard.press('ArrowUp');
    await expect(select).toHaveValue('0.9');
    await expect(answer).toHaveText(answerFor(values, 0.9, 'japanExportPerYear'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('0.97');

    // Tab to the levers; arrows choose among them.
    await page.keyboard.press('Tab');
    await expect(goal.getByRole('radio', { name: "Japan's exports to the US" })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const share = goal.getByRole('radio', { name: 'Share of new US output available for Ukraine' });
    await expect(share).toBeChecked();
    const expected = goalSeek(
      ledger,
      values,
      { kind: 'engagedShare', share: 0.97 },
      'usShareForUkraine',
    );
    await expect(answer).toHaveText(answerFor(values, 0.97, 'usShareForUkraine'));

    // The answer is marked on the lever's own slider (under "More assumptions").
    const marks = page.locator('[data-param="usShareForUkraine"] [data-mark]');
    await expect(marks.first()).toBeAttached();
    const marked = await marks.evaluateAll((els) =>
      Object.fromEntries(
        els.map((el) => [el.getAttribute('data-mark'), Number(el.getAttribute('data-value'))]),
      ),
    );
    expect(marked.central).toBe(expected.central);
    expect(marked.half).toBe(expected.half);

    // Set it: Tab to the button, Enter; the lever's slider takes the central answer.
    await page.keyboard.press('Tab');
    const apply = goal.getByRole('button', { name: /^Set Share of new US output/ });
    await expect(apply).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#param-usShareForUkraine')).toHaveValue(String(expected.central));
    // Show it on the slider: More assumptions opens and the slider has focus.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#param-usShareForUkraine')).toBeFocused();
    await expect(page.locator('.sandbox__advanced')).toHaveAttribute('open', '');
  });

  test('says so when no setting inside the ledger’s range reaches the goal', async ({ page }) => {
    await openSandbox(page);
    const goal = page.getByTestId('goal-seek');
    await goal.getByLabel('Ukraine engages').selectOption('1');
    await goal.getByRole('radio', { name: 'Mitsubishi Heavy Industries output' }).check();
    await expect(goal.getByTestId('goal-answer')).toHaveText(
      answerFor(defaultValues(ledger), 1, 'mhiOutputPerYear'),
    );
    await expect(goal.getByTestId('goal-answer')).toContainText('Not reachable');
  });
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`axe finds no violation in the sandbox's picture, diagram and goal seek (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(theme === 'projector' ? PROJECTOR : DESKTOP);
    if (theme === 'dark') await page.emulateMedia({ colorScheme: 'dark' });
    await openSandbox(page, theme === 'projector' ? '?theme=projector' : '');
    await expect(page.getByTestId('goal-answer')).toBeVisible();
    expect(await violationsOf(page, '#sandbox'), 'with the first chart').toEqual([]);
    await page.getByRole('tab', { name: "Ukraine's defence" }).click();
    await page.locator('[data-chart="live-flow"] .chart-figure__table summary').click();
    expect(await violationsOf(page, '#sandbox'), 'with Ukraine’s chart').toEqual([]);
  });
}

test('on a phone the pinned chart follows the slider taken in hand', async ({ page }) => {
  await page.setViewportSize(PHONE_TALL);
  await openSandbox(page);
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

test('without JavaScript: the default scenario’s diagram, both headline charts, no tabs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE_TALL });
  const page = await context.newPage();
  await page.goto('#sandbox');
  const diagram = page.locator('[data-chart="live-flow"] svg.live-flow');
  await expect(diagram).toBeVisible();
  await expect(diagram).toHaveAttribute('data-month', '22');
  const run = simulate(ledger, defaultValues(ledger), { runs: 1 }).scenario;
  for (const [edge, flow] of Object.entries(EDGE_FLOW))
    expect(Number(await diagram.locator(`[data-edge="${edge}"]`).getAttribute('data-flow'))).toBe(
      run.flows[flow][22],
    );
  await expect(page.locator('[data-chart="difference"] svg')).toBeVisible();
  await expect(page.locator('[data-chart="ukraine"] svg')).toBeVisible();
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await context.close();
});
