// The sandbox's picture (issue 10 §2 and §3): a chart line the reader's slider moves is on
// screen at every step of every main slider, on a phone and a desktop; direct labels stay apart
// and off the lines; the first screen on a 1280×720 projector shows a chart; every time axis
// ends at the same month; on a phone a compact copy of the chart is pinned above the sliders.
import type { Page } from '@playwright/test';
import { DESKTOP, expect, test } from './fixtures.ts';
import { MAIN, PHONE_TALL, PROJECTOR, lines, openSandbox } from './sandbox-site.ts';

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

for (const [name, viewport] of [
  ['a phone (360×780)', PHONE_TALL],
  ['a projector (1280×720)', PROJECTOR],
  ['a desktop (1440×900)', DESKTOP],
] as const) {
  test(`on ${name}, every headline chart's labels sit inside it, apart and off the lines`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openSandbox(page);
    for (const tab of ['difference', 'ukraine']) {
      await page.locator(`.sandbox__results [role="tab"][data-tab="${tab}"]`).click();
      await expect(
        page.locator(`.sandbox__results [data-chart="${tab}"] svg`).first(),
      ).toBeVisible();
      expect(await labelProblems(page), tab).toEqual([]);
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
