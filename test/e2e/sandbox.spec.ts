import type { Page } from '@playwright/test';
import { loadContent } from '../../scripts/content/load.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { sandboxChart, type SandboxChartId } from '../../src/sandbox/charts.ts';
import { describeHeadline } from '../../src/sandbox/describe.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate, type ScenarioResult } from '../../workers/stockpile/simulate.ts';
import { DESKTOP, PHONE, expect, open, test, untilInPage } from './fixtures.ts';
import { expectDefaults, openSandbox, sandboxAwake } from './sandbox-site.ts';

const loaded = loadContent('content');
if (!loaded.ok) throw new Error(loaded.problems.format());
const { parameters: ledger, sandboxStrings: strings, sandboxCopy } = loaded.content;
const words = { copy: sandboxCopy, strings };
const MAIN = ledger.filter((p) => p.control === 'main');

/** The settings the page shows, read from its sliders (advanced ones opened first). */
async function sliderValues(page: Page): Promise<ParameterValues> {
  const ids = ledger.filter((q) => q.control !== 'fixed').map((p) => p.id);
  // One round trip for every slider; a slider missing from the page fails here by name.
  const read = await page.evaluate(
    (ids) =>
      ids.map((id) => [
        id,
        (document.getElementById(`param-${id}`) as HTMLInputElement | null)?.value,
      ]),
    ids,
  );
  const values = defaultValues(ledger);
  for (const [id, value] of read) {
    expect(value, `#param-${id}`).toBeDefined();
    values[id as keyof ParameterValues] = Number(value);
  }
  return values;
}

/** A chart's data table as the page shows it (its tab brought up first if it has one). */
async function shownTable(page: Page, chart: string): Promise<string[][]> {
  const tab = page.locator(`[role="tab"][data-tab="${chart}"]`);
  const details = page.locator(`[data-chart="${chart}"] .chart-figure__table`);
  if (await tab.count()) await tab.click();
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  // The table is drawn when first opened: wait (in the page, frame by frame, up to 10 s as an
  // expect would) for its first row to be visible, then read every row.
  const { visible, rows } = await details.evaluate(async (el) => {
    const first = () => el.querySelector('tbody tr');
    const until = performance.now() + 10_000;
    while (!first()?.checkVisibility() && performance.now() < until)
      await new Promise((next) => requestAnimationFrame(next));
    return {
      visible: !!first()?.checkVisibility(),
      rows: [...el.querySelectorAll('tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim()),
      ),
    };
  });
  expect(visible, `${chart}: the table's first row is visible`).toBe(true);
  return rows;
}

/** A chart's table as its definition writes it for this model result, as the page shows numbers. */
function expectedTable(chart: SandboxChartId, result: ScenarioResult): string[][] {
  const table = sandboxChart(chart, result, ledger, words).table();
  return [
    table.columns,
    ...table.rows.map((row) => row.map((v) => (typeof v === 'number' ? formatNumber(v) : v))),
  ];
}

async function expectShowsModelFor(page: Page, values: ParameterValues) {
  // The central lines are drawn at once; the bands arrive from the worker a moment later.
  await untilInPage(page, () => document.getElementById('sandbox')?.dataset.complete === 'true');
  await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
  const expected = simulate(ledger, values);
  await expect(page.getByTestId('headline')).toHaveText(describeHeadline(expected, strings));
  for (const chart of ['difference', 'ukraine'] as const)
    expect(await shownTable(page, chart), chart).toEqual(expectedTable(chart, expected));
}

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test.describe(`sandbox on a ${name}`, () => {
    test.use({ viewport });

    test('dragging each main slider with the mouse changes the charts and sentences', async ({
      page,
    }) => {
      const sandbox = await openSandbox(page);
      for (const spec of MAIN) {
        const slider = page.locator(`#param-${spec.id}`);
        await slider.scrollIntoViewIfNeeded();
        // In one round trip: the headline and every chart line (to tell whether they change),
        // and the slider's box and value.
        const snapshot = () =>
          sandbox.evaluate((el, id) => {
            const input = document.getElementById(`param-${id}`) as HTMLInputElement;
            const r = input.getBoundingClientRect();
            return {
              drawn: [
                document.querySelector('[data-testid="headline"]')!.textContent,
                ...[...el.querySelectorAll('[data-chart] path[data-series]')].map((p) =>
                  p.getAttribute('d'),
                ),
              ].join('|'),
              box: { x: r.x, y: r.y, width: r.width, height: r.height },
              value: Number(input.value),
            };
          }, spec.id);
        const { drawn: before, box, value } = await snapshot();
        const from = box.x + ((value - spec.min) / (spec.max - spec.min)) * box.width;
        await page.mouse.move(from, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.85, box.y + box.height / 2, { steps: 12 });
        await page.mouse.up();
        const values = await sliderValues(page);
        expect(values[spec.id], spec.id).toBeGreaterThan(value);
        await expect(slider).toHaveAttribute(
          'aria-valuetext',
          new RegExp(`${spec.unit.split(' ')[0]}`),
        );
        await expectShowsModelFor(page, values);
        expect(
          (await snapshot()).drawn,
          `${spec.id}: the charts or sentences follow the slider`,
        ).not.toBe(before);
      }
    });
  });
}

// The keyboard and the model client under pressure: one page, opened once, in steps (each
// named for what it proves); Reset brings back the defaults where a step starts from them.
test.describe('sandbox by keyboard, and the model client under pressure', () => {
  test.use({ viewport: DESKTOP });

  test('keys move the sliders and are announced; presets and Reset; 300 fast random inputs', async ({
    page,
  }) => {
    await openSandbox(page);
    const reset = async () => {
      await page.getByRole('button', { name: 'Reset' }).click();
      await expectDefaults(page);
    };

    await test.step('after a pause, one sentence says what changed (polite live region)', async () => {
      const slider = page.locator('#param-japanExportPerYear');
      await slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      const announcer = page.getByTestId('announcer');
      await expect(announcer).toHaveAttribute('aria-live', 'polite');
      await expect(announcer).toHaveText(
        /^Japan's exports to the US set to 15 interceptors a year: /,
      );
    });
    await reset();

    await test.step('arrows move one step, Shift+arrow and PageUp ten; the value is announced with its unit', async () => {
      const spec = MAIN.find((p) => p.id === 'japanExportPerYear')!;
      const slider = page.locator(`#param-${spec.id}`);
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveValue(String(spec.default + spec.step));
      await expect(slider).toHaveAttribute(
        'aria-valuetext',
        `${spec.default + spec.step} interceptors a year`,
      );
      await page.keyboard.press('Shift+ArrowRight');
      await expect(slider).toHaveValue(String(spec.default + 11 * spec.step));
      await page.keyboard.press('PageDown');
      const afterPage = Number(await slider.inputValue());
      expect(afterPage).toBeLessThan(spec.default + 11 * spec.step);
      await page.keyboard.press('Home');
      await expect(slider).toHaveValue(String(spec.min));
      await expectShowsModelFor(page, await sliderValues(page));
      // The story's arrow-key stepper leaves the slider alone.
      await expect(page.locator('.stepper-dock .stepper')).toBeHidden();
    });

    await test.step('presets set several sliders at once; Reset restores the defaults', async () => {
      await page.getByRole('button', { name: 'Winter barrage' }).click();
      await expect(page.locator('#param-ballisticLaunchesPerMonth')).toHaveValue('120');
      await expect(page.getByRole('button', { name: 'Winter barrage' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expectShowsModelFor(page, { ...defaultValues(ledger), ballisticLaunchesPerMonth: 120 });
      await page.getByRole('button', { name: 'Reset' }).click();
      await expect(page.locator('#param-ballisticLaunchesPerMonth')).toHaveValue(
        String(defaultValues(ledger).ballisticLaunchesPerMonth),
      );
      await expectShowsModelFor(page, defaultValues(ledger));
    });
    await reset();

    await test.step('300 fast random slider inputs end with the charts showing the model for the final values', async () => {
      await page.locator('.sandbox__advanced summary').click();
      const ids = ledger.filter((p) => p.control !== 'fixed').map((p) => p.id);
      await page.evaluate(
        ({ ids, specs }) => {
          // Deterministic pseudo-random inputs, dispatched as fast as the page takes them.
          let seed = 12345;
          // A 32-bit linear congruential generator, exact in integer arithmetic (Math.imul).
          const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
          for (let i = 0; i < 300; i++) {
            const id = ids[Math.floor(rand() * ids.length)]!;
            const spec = specs[id]!;
            const input = document.getElementById(`param-${id}`) as HTMLInputElement;
            const steps = Math.round((spec.max - spec.min) / spec.step);
            input.value = String(spec.min + Math.floor(rand() * (steps + 1)) * spec.step);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
        },
        {
          ids,
          specs: Object.fromEntries(
            ledger.map((p) => [p.id, { min: p.min, max: p.max, step: p.step }]),
          ),
        },
      );
      const values = await sliderValues(page);
      await expectShowsModelFor(page, values);
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', 'worker');
    });
  });
});

test.describe('the model client without a Worker', () => {
  test.use({ viewport: DESKTOP });

  test('with no Worker available the sandbox runs on the page and gives the same output', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // As under a strict CSP or in an old browser: constructing a worker fails.
      // @ts-expect-error -- deliberately breaking the platform for this test
      window.Worker = function () {
        throw new Error('Workers are blocked');
      };
    });
    await openSandbox(page);
    await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', 'main-thread');
    const slider = page.locator('#param-ballisticLaunchesPerMonth');
    await slider.focus();
    await page.keyboard.press('Shift+ArrowRight');
    // Shift+arrow moves ten steps.
    const spec = ledger.find((p) => p.id === 'ballisticLaunchesPerMonth')!;
    const moved = Math.min(spec.max, spec.default + 10 * spec.step);
    await expectShowsModelFor(page, { ...defaultValues(ledger), ballisticLaunchesPerMonth: moved });
  });
});

test('the sandbox reads without JavaScript: default scenario, charts and tables', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  // The sandbox's own page, where the story's sandbox links without a script.
  await page.goto('sandbox.html');
  await expect(page.getByTestId('headline')).toHaveText(
    describeHeadline(simulate(ledger, defaultValues(ledger)), strings),
  );
  // Every chart drawn: both headline charts (no tabs without a script), the live diagram at the
  // month Japan's exports begin, and the two stocks.
  await expect(page.locator('[data-chart] svg')).toHaveCount(5);
  await expect(page.locator('#param-japanExportPerYear')).toBeDisabled();
  await context.close();
});

test.describe('a link that names a chart opens the sandbox on it', () => {
  test.use({ viewport: DESKTOP });

  // Each link is its own load (a link is read at load), one after another in one page.
  test('?view=us-pool, japan, live-flow and unmet each open the sandbox on their chart', async ({
    page,
  }) => {
    for (const chart of ['us-pool', 'japan', 'live-flow'] as const) {
      await test.step(`?view=${chart}: the chart is brought on screen`, async () => {
        await open(page, `?view=${chart}#sandbox`);
        await untilInPage(page, sandboxAwake);
        await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
        await expect(page.locator(`#sandbox [data-chart="${chart}"]`)).toBeInViewport();
      });
    }

    await test.step('?view=unmet (a chart only embeds have) opens the Ukraine chart, its complement', async () => {
      await open(page, '?view=unmet#sandbox');
      await expect(page.locator('#sandbox')).toHaveAttribute('data-in-view-chart', 'ukraine');
      await expect(page.locator('[role="tab"][data-tab="ukraine"]')).toHaveAttribute(
        'aria-selected',
        'true',
      );
    });
  });
});

/**
 * Hold the sandbox's code back, as a slow phone or network would, so a test can act before the
 * sandbox wakes; call what this returns to let it load.
 */
async function holdSandboxCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/Sandbox-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('before the sandbox wakes', () => {
  test.use({ viewport: DESKTOP });

  // One early reader does all three before the code arrives; waking must keep each.
  test('a reader can take a slider in hand and open a chart’s table and "More assumptions": waking keeps all', async ({
    page,
  }) => {
    const release = await holdSandboxCode(page);
    await open(page, '#sandbox');
    const sandbox = page.locator('#sandbox');
    const details = page.locator('#sandbox [data-chart="difference"] .chart-figure__table');
    const advanced = page.locator('.sandbox__advanced');
    const slider = page.locator(`#param-${MAIN[0]!.id}`);
    const moved = String(MAIN[0]!.default + 2 * MAIN[0]!.step);

    await test.step('before: a chart’s data table and "More assumptions" open', async () => {
      await details.locator('summary').click();
      await expect(details).toHaveJSProperty('open', true);
      await advanced.locator('summary').click();
      await expect(advanced).toHaveJSProperty('open', true);
    });
    await test.step('before: a keyboard reader takes a slider in hand', async () => {
      await expect(slider).toBeEnabled();
      await expect(sandbox).not.toHaveAttribute('data-mode', /worker|main-thread/);
      await slider.focus();
      await expect(slider).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveValue(moved);
    });

    release();
    await untilInPage(page, sandboxAwake);
    await expect(sandbox).toHaveAttribute('data-mode', /worker|main-thread/);

    await test.step('a keyboard reader’s place and setting are kept, and the model runs it', async () => {
      await expect(slider).toBeFocused();
      await expect(slider).toHaveValue(moved);
      await expect(page).toHaveURL(new RegExp(`[?&]${MAIN[0]!.short}=${moved}(&|#|$)`));
    });
    await test.step('a chart keeps the data table a reader opened', async () => {
      await expect(details).toHaveJSProperty('open', true);
      await expect(details.locator('tbody tr').first()).toBeVisible();
    });
    await test.step('"More assumptions" stays open if the reader opened it', async () => {
      await expect(advanced).toHaveJSProperty('open', true);
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ viewport: DESKTOP, javaScriptEnabled: false });

  // The story keeps the sandbox on its own page (fetched when a reader with JavaScript comes
  // near); its place in the story links there.
  test('the sliders are not offered as working', async ({ page }) => {
    await page.goto('#sandbox');
    await page.locator('#sandbox a').click();
    await expect(page).toHaveURL(/\/sandbox\.html$/);
    await expect(page.locator(`#param-${MAIN[0]!.id}`)).toBeDisabled();
  });
});

// The story fetches the sandbox's markup when the reader comes near, and loads its whole
// stylesheet after the first paint: a link to the sandbox must still land on it, so the first
// layout (with the first screen's CSS) must already put everything above it in its final place.
for (const motion of ['reduce', 'no-preference'] as const) {
  test(`a link to the sandbox lands on its top (motion: ${motion})`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, '#sandbox', { motion });
    const sandbox = page.locator('section#sandbox');
    await untilInPage(page, sandboxAwake);
    await expect(sandbox).toHaveAttribute('data-mode', /worker|main-thread/);
    // Under the site header (scroll-padding), not further down the screen: waited for in the
    // page, so the poll below passes at its first look (and still names the failure if not).
    await untilInPage(
      page,
      () =>
        Math.round(document.querySelector('section#sandbox')!.getBoundingClientRect().top) < 120,
    );
    await expect
      .poll(() => sandbox.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
      .toBeLessThan(120);
    expect(await sandbox.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(0);
  });
}

test('the story’s step buttons do not sit over the sandbox', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page);
  const stepper = page.locator('.stepper-dock .stepper');
  await expect(stepper).toBeVisible();
  // The story's last pixels at the top of the screen, the sandbox below: the buttons at the foot
  // of the screen would sit over the sandbox's figures.
  await page.evaluate(() => {
    const end = document.querySelector('.scrolly')!.getBoundingClientRect().bottom + scrollY;
    scrollTo({ top: end - 40, behavior: 'instant' });
  });
  await expect(page.locator('#sandbox')).toBeInViewport();
  await expect(stepper).toBeHidden();
});
