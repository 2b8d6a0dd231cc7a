// Issue 13, item 13: a projector shows the lesson. At 1280×720 in the projector theme the
// story's flow diagram reads left to right with no word on another, and after "Reveal" the
// prediction chart and the model's answer are on one screen.
import { type Page } from '@playwright/test';
import { DESKTOP, expect, open, screenshot, stepStates, test } from './fixtures.ts';

const PROJECTOR = { width: 1280, height: 720 };

interface Box {
  what: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Wait in the page until it is awake on `state`, then read in one round trip what the step shows:
 * the page's readiness, the figure's state and graphic, and (for the flow diagram) its drawn
 * words and boxes as measured on screen, and its layout.
 */
async function flowOf(page: Page, state: string) {
  await page
    .waitForFunction(
      (s) => {
        const figure = document.querySelector<HTMLElement>('.story-figure');
        return (
          document.documentElement.dataset.ready === 'true' &&
          figure?.dataset.state === s &&
          (figure.dataset.graphic !== 'flow' ||
            figure.querySelector('[data-layer="flow"] svg.flow') !== null)
        );
      },
      state,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  return page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>('.story-figure')!;
    const svg = figure.querySelector('[data-layer="flow"] svg.flow');
    const measure = (el: Element, what: string): Box => {
      const r = el.getBoundingClientRect();
      return { what, x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const shown = (el: Element) => el.closest('[data-emphasis="hidden"]') === null;
    const words = svg
      ? [...svg.querySelectorAll('.edge text, .rule-note')]
          .filter((t) => shown(t) && (t.textContent ?? '').trim())
          .map((t) => measure(t, (t.textContent ?? '').trim()))
      : [];
    const boxes = svg
      ? [...svg.querySelectorAll('.node')]
          .filter(shown)
          .map((g) => measure(g.querySelector('rect')!, `box ${g.getAttribute('data-node')}`))
      : [];
    const marks = svg
      ? [...svg.querySelectorAll('.no-entry')]
          .filter(shown)
          .map((m) => measure(m, 'the "not allowed" mark'))
      : [];
    return {
      ready: document.documentElement.dataset.ready ?? null,
      state: figure.dataset.state ?? null,
      graphic: figure.dataset.graphic ?? null,
      hasFlow: svg !== null,
      words,
      boxes: [...boxes, ...marks],
      layout: svg?.getAttribute('data-layout') ?? null,
    };
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
      const shown = await flowOf(page, state);
      expect(shown.ready, 'html data-ready').toBe('true');
      expect(shown.state, 'figure data-state').toBe(state);
      if (shown.graphic !== 'flow') continue;
      checked++;
      expect(shown.hasFlow, `${state}: the flow diagram is drawn`).toBe(true);
      const { words, boxes } = shown;
      const problems: string[] = [];
      for (const a of words) {
        for (const b of words)
          if (a !== b && a.what < b.what && overlaps(a, b)) problems.push(`${a.what} × ${b.what}`);
        for (const b of boxes) if (overlaps(a, b)) problems.push(`${a.what} × ${b.what}`);
      }
      collisions.push(...problems.map((p) => `${state}: ${p}`));
      layouts.add(shown.layout ?? 'none');
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
    // The answer in words: the first two paragraphs of the answer.
    await expect(page.getByTestId('reveal').locator('p').first()).toContainText('You guessed');
    // Scrolling has settled when the chart stops moving (from one frame to the next); then
    // where each part is, read in the same round trip.
    const { settled, boxes } = await page.evaluate(async () => {
      const chartEl = document.querySelector('.predict__svg');
      const frame = () => new Promise(requestAnimationFrame);
      const top = () => chartEl?.getBoundingClientRect().y;
      let stable = false;
      for (const end = performance.now() + 10_000; !stable && performance.now() < end;) {
        const a = top();
        await frame();
        stable = a !== undefined && a === top();
      }
      const reveal = document.querySelector('[data-testid="reveal"]');
      const parts: [string, Element | null | undefined][] = [
        ['the chart', chartEl],
        ['the legend (the question)', document.querySelector('.predict__draw legend')],
        ['the answer in words', reveal?.querySelectorAll('p')[1]],
        [
          'Try again',
          [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Try again',
          ),
        ],
      ];
      return {
        settled: stable,
        boxes: parts.map(([what, el]) => {
          const r = el?.getBoundingClientRect();
          return { what, found: Boolean(el), y: r?.y ?? NaN, height: r?.height ?? NaN };
        }),
      };
    });
    expect(settled, 'the chart stopped moving').toBe(true);
    for (const box of boxes) {
      expect(box.found, `${box.what} found`).toBe(true);
      expect(box.y, `${box.what} top`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${box.what} bottom`).toBeLessThanOrEqual(viewport.height);
    }
    await screenshot(page, `classroom-revealed-${viewport.width}${query ? '-projector' : ''}`);
  });
}
