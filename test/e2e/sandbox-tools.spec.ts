// The sandbox's tools (issue 10 §2): the live stock-flow diagram's month scrubber and "What would
// it take?" by keyboard alone, reduced motion, axe in the light, dark and projector themes, and
// the diagram prerendered for readers without JavaScript.
import { formatMonth } from '../../src/lib/format.ts';
import { describeGoalSeek } from '../../src/sandbox/describe-goal.ts';
import { EDGE_FLOW } from '../../src/sandbox/live-flow.ts';
import { goalSeek } from '../../workers/stockpile/goal-seek.ts';
import { monthKey } from '../../workers/stockpile/model.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import type { Page } from '@playwright/test';
import { DESKTOP, expect, test, violationsOf, open, untilInPage } from './fixtures.ts';
import {
  MAIN,
  PHONE_TALL,
  PROJECTOR,
  content,
  expectDefaults,
  ledger,
  openSandbox,
} from './sandbox-site.ts';

const strings = content.sandboxStrings;

test.describe('the live stock-flow diagram', () => {
  test.use({ viewport: DESKTOP });

  test('its month scrubber works by keyboard alone, and draws the run’s flows', async ({
    page,
  }) => {
    await openSandbox(page);
    const figure = page.locator('[data-chart="live-flow"]');
    const diagram = figure.locator('svg.live-flow');
    const run = simulate(ledger, defaultValues(ledger), { runs: 1 }).scenario;
    // In one round trip: wait in the page (frame by frame, up to 10 s as an expect would) until
    // the diagram shows month t, then read every edge's flow; checked edge by edge in Node.
    const expectMonth = async (t: number) => {
      const seen = await figure.evaluate(
        async (el, { t, edges }) => {
          const svg = () => el.querySelector('svg.live-flow');
          const until = performance.now() + 10_000;
          while (svg()?.getAttribute('data-month') !== String(t) && performance.now() < until)
            await new Promise((next) => requestAnimationFrame(next));
          return {
            month: svg()?.getAttribute('data-month') ?? null,
            flows: Object.fromEntries(
              edges.map((edge) => [
                edge,
                el.querySelector(`[data-edge="${edge}"]`)?.getAttribute('data-flow') ?? null,
              ]),
            ),
          };
        },
        { t, edges: Object.keys(EDGE_FLOW) },
      );
      expect(seen.month, 'the diagram’s data-month').toBe(String(t));
      for (const [edge, flow] of Object.entries(EDGE_FLOW)) {
        expect(seen.flows[edge], `[data-edge="${edge}"] data-flow`).not.toBeNull();
        expect(Number(seen.flows[edge]), edge).toBe(run.flows[flow][t]);
      }
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

    // Step buttons: Shift+Tab from the slider to "Month before", Enter.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Month before' })).toBeFocused();
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
      await untilInPage(page, () => {
        const month = document.querySelector<HTMLInputElement>(
          '[data-chart="live-flow"] input[type="range"]',
        );
        return !!month && !month.disabled;
      });
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

  // One page: axe on the fresh sandbox (light theme), then goal seek by keyboard, then (after
  // Reset brings the sliders back to the defaults) a goal out of reach. Each is a named step.
  test('axe (light); by keyboard alone: pick a goal and a lever, read the answer, set it on the slider; a goal out of reach', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openSandbox(page);
    await test.step("axe finds no violation in the sandbox's picture, diagram and goal seek (light)", () =>
      checkAxe(page));
    await test.step('by keyboard alone: pick a goal and a lever, read the answer, set it on the slider', async () => {
      const goal = page.getByTestId('goal-seek');
      const answer = goal.getByTestId('goal-answer');
      const values = defaultValues(ledger);
      // The question it opens with: 70% of the missiles in reach, by changing Japan's exports. At
      // the defaults (75 launches a month, 63% engaged) Japan's exports cannot reach it, so the
      // answer names the levers that can.
      const opening = answerFor(values, 0.7, 'japanExportPerYear');
      expect(opening).toMatch(/^Not reachable.* would reach it\.$/);
      await expect(answer).toHaveText(opening);
      await expect(goal.locator('.goal__answer')).toHaveAttribute('aria-live', 'polite');

      const select = goal.getByLabel('Ukraine engages');
      await select.focus();
      await page.keyboard.press('ArrowDown');
      await expect(select).toHaveValue('0.75');
      await expect(answer).toHaveText(answerFor(values, 0.75, 'japanExportPerYear'));
      // 80% is within reach of the US share.
      await page.keyboard.press('ArrowDown');
      await expect(select).toHaveValue('0.8');

      // Tab to the levers; arrows choose among them.
      await page.keyboard.press('Tab');
      await expect(goal.getByRole('radio', { name: "Japan's exports to the US" })).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const share = goal.getByRole('radio', {
        name: 'Share of new US output available for Ukraine',
      });
      await expect(share).toBeChecked();
      const expected = goalSeek(
        ledger,
        values,
        { kind: 'engagedShare', share: 0.8 },
        'usShareForUkraine',
      );
      expect(expected.central).not.toBeNull();
      await expect(answer).toHaveText(answerFor(values, 0.8, 'usShareForUkraine'));

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

    await page.getByRole('button', { name: 'Reset' }).click();
    await expectDefaults(page);

    await test.step('says so when no setting inside the ledger’s range reaches the goal', async () => {
      const goal = page.getByTestId('goal-seek');
      await goal.getByLabel('Ukraine engages').selectOption('1');
      await goal.getByRole('radio', { name: 'Mitsubishi Heavy Industries output' }).check();
      await expect(goal.getByTestId('goal-answer')).toHaveText(
        answerFor(defaultValues(ledger), 1, 'mhiOutputPerYear'),
      );
      await expect(goal.getByTestId('goal-answer')).toContainText('Not reachable');
    });
  });
});

/** axe on the sandbox with its first chart, then with Ukraine's chart and the diagram's table. */
async function checkAxe(page: Page) {
  await expect(page.getByTestId('goal-answer')).toBeVisible();
  expect(await violationsOf(page, '#sandbox'), 'with the first chart').toEqual([]);
  await page.getByRole('tab', { name: "Ukraine's defence" }).click();
  await page.locator('[data-chart="live-flow"] .chart-figure__table summary').click();
  expect(await violationsOf(page, '#sandbox'), 'with Ukraine’s chart').toEqual([]);
}

// (The light theme's scan is the first step of the goal-seek test above, on the same page.)
for (const theme of ['dark', 'projector'] as const) {
  test(`axe finds no violation in the sandbox's picture, diagram and goal seek (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(theme === 'projector' ? PROJECTOR : DESKTOP);
    if (theme === 'dark') await page.emulateMedia({ colorScheme: 'dark' });
    await openSandbox(page, theme === 'projector' ? '?theme=projector' : '');
    await checkAxe(page);
  });
}

test('without JavaScript: the default scenario’s diagram, both headline charts, no tabs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE_TALL });
  const page = await context.newPage();
  // The sandbox's own page, where the story's sandbox links without a script.
  await page.goto('sandbox.html');
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
