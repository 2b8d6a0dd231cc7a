// Issue 13, item 13: a projector shows the lesson. At 1280×720 in the projector theme the
// story's flow diagram reads left to right with no word on another, and after "Reveal" the
// prediction chart and the model's answer are on one screen.
import { type Page } from '@playwright/test';
import { DESKTOP, expect, figure, open, screenshot, stepStates, test } from './fixtures.ts';

const PROJECTOR = { width: 1280, height: 720 };

interface Box {
  what: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The drawn words of the visible flow diagram, and its boxes, as measured on screen. */
async function flowBoxes(page: Page): Promise<{ words: Box[]; boxes: Box[] }> {
  return page.locator('.story-figure [data-layer="flow"] svg.flow').evaluate((svg) => {
    const measure = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      return { what, x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const shown = (el: Element) => el.closest('[data-emphasis="hidden"]') === null;
    const words = [...svg.querySelectorAll('.edge text, .rule-note')]
      .filter((t) => shown(t) && (t.textContent ?? '').trim())
      .map((t) => measure(t, (t.textContent ?? '').trim()));
    const boxes = [...svg.querySelectorAll('.node')]
      .filter(shown)
      .map((g) => measure(g.querySelector('rect')!, `box ${g.getAttribute('data-node')}`));
    const marks = [...svg.querySelectorAll('.no-entry')]
      .filter(shown)
      .map((m) => measure(m, 'the "not allowed" mark'));
    return { words, boxes: [...boxes, ...marks] };
  });
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test.describe('the story on a projector (1280×720, projector theme)', () => {
  test.use({ viewport: PROJECTOR });

  test('the flow diagram reads left to right and no words collide, at every flow step', async ({
    page,
  }) => {
    await open(page, '?theme=projector');
    const states = await stepStates(page);
    const flowSteps = await page
      .locator('.step[data-step]')
      .evaluateAll((els) => els.map((el, i) => ({ i, state: el.getAttribute('data-state')! })));
    let checked = 0;
    const collisions: string[] = [];
    const layouts = new Set<string>();
    for (const { state } of flowSteps) {
      await page.goto(`?theme=projector#step-${state}`);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(figure(page)).toHaveAttribute('data-state', state);
      if ((await figure(page).getAttribute('data-graphic')) !== 'flow') continue;
      checked++;
      const { words, boxes } = await flowBoxes(page);
      const problems: string[] = [];
      for (const a of words) {
        for (const b of words)
          if (a !== b && a.what < b.what && overlaps(a, b)) problems.push(`${a.what} × ${b.what}`);
        for (const b of boxes) if (overlaps(a, b)) problems.push(`${a.what} × ${b.what}`);
      }
      collisions.push(...problems.map((p) => `${state}: ${p}`));
      layouts.add(
        (await page
          .locator('.story-figure [data-layer="flow"] svg.flow')
          .getAttribute('data-layout')) ?? 'none',
      );
      if (state === 'backfill') await screenshot(page, 'projector-story-backfill-1280');
    }
    expect(collisions).toEqual([]);
    expect([...layouts]).toEqual(['wide']);
    expect(checked).toBeGreaterThanOrEqual(4);
    expect(states.length).toBeGreaterThan(checked);
  });
});

for (const [name, viewport, query] of [
  ['a projector (1280×720, projector theme)', PROJECTOR, '&theme=projector'],
  ['a desktop (1440×900)', DESKTOP, ''],
] as const) {
  test(`after Reveal, the chart and the model’s answer share one screen on ${name}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await open(page, `classroom.html?stage=predict${query}`);
    const reveal = page.getByRole('button', { name: "Reveal the model's answer" });
    await reveal.focus();
    await page.keyboard.press('Enter');
    const again = page.getByRole('button', { name: 'Try again' });
    await expect(again).toBeFocused();
    const chart = page.locator('.predict__svg');
    // The answer in words: the first two paragraphs of the answer.
    const sentences = page.getByTestId('reveal').locator('p').nth(1);
    await expect(page.getByTestId('reveal').locator('p').first()).toContainText('You guessed');
    // Scrolling has settled when the chart stops moving.
    await expect
      .poll(async () => {
        const a = await chart.boundingBox();
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const b = await chart.boundingBox();
        return a!.y === b!.y;
      })
      .toBe(true);
    for (const [what, locator] of [
      ['the chart', chart],
      ['the legend (the question)', page.locator('.predict__draw legend')],
      ['the answer in words', sentences],
      ['Try again', again],
    ] as const) {
      const box = (await locator.boundingBox())!;
      expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(viewport.height);
    }
    await screenshot(page, `classroom-revealed-${viewport.width}${query ? '-projector' : ''}`);
  });
}
