// Wave 3, visual item 1: on a phone, long step cards covered the sticky graphic, so at some
// steps (2, 6, 8, 13, 14) the reader could not see the drawing the step talks about. Now, at
// every step, while the step is active (the graphic shows its state), the card covers none of
// the graphic's drawing, and every line of the card's text is seen, uncovered, at some moment
// while the step is active. Measured with what the browser hit-tests at each point (so the
// stacking order and the step buttons over the text count), not assumed from the CSS.
import { type Page } from '@playwright/test';
import { expect, open, test } from './fixtures.ts';

/** What one step's share of the walk found: how many scroll positions showed the step, the
 *  worst share of its drawing a card covered, and the card's text lines never seen uncovered
 *  while active. */
interface StepWalk {
  positions: number;
  worstCovered: number;
  unseenLines: string[];
}

/**
 * Scroll through the whole story once, a few px at a time, and at each position measure the
 * step the graphic shows: its drawing and its card's lines. Every position where the graphic
 * shows a step is attributed to that step (one pass, instead of a walk per step over stretches
 * of page that overlap their neighbours').
 */
async function walkStory(page: Page): Promise<StepWalk[]> {
  return page.evaluate(async () => {
    // A task queued from inside a frame runs once that frame's callbacks and rendering are done.
    const afterFrame = () =>
      new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const steps = [...document.querySelectorAll<HTMLElement>('.step[data-step]')];
    const figure = document.querySelector<HTMLElement>('.story-figure')!;
    const sticky = document.querySelector<HTMLElement>('.scrolly__graphic')!;
    const vh = window.innerHeight;
    const vw = window.innerWidth;

    // Each card's visible lines (not the visually hidden description), relative to the card.
    const cards = steps.map((step) => {
      const body = step.querySelector<HTMLElement>('.step__body')!;
      const lines = new Map<string, { dx: number; dy: number; text: string }>();
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const origin = body.getBoundingClientRect();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width < 3 || r.height < 3) continue;
          const dy = Math.round(r.top + r.height / 2 - origin.top);
          const key = String(dy);
          if (!lines.has(key))
            lines.set(key, {
              dx: r.left + Math.min(r.width / 2, 20) - origin.left,
              dy,
              text: node.textContent.trim().slice(0, 30),
            });
        }
      }
      return { body, lines, unseen: new Set(lines.keys()), positions: 0, worstCovered: 0 };
    });

    // From before the first step's top enters the screen to past the last card's foot.
    // A line is on screen for a couple of hundred px of scrolling: 40px steps see each one.
    const first = steps[0]!;
    const last = steps.at(-1)!;
    const from = Math.max(0, first.getBoundingClientRect().top + window.scrollY - vh);
    const to =
      last.getBoundingClientRect().top + window.scrollY + cards.at(-1)!.body.offsetHeight + vh;
    for (let y = from; y <= to; y += 40) {
      window.scrollTo({ top: y, behavior: 'instant' });
      // The scroll is reported at the next frame, whose callbacks (after this test's own, which
      // is asked for first) let the story measure the steps and show the step at the line; what
      // that frame draws is what is measured, once it is done (not a frame later).
      await afterFrame();
      // Only where the graphic holds the screen (not yet in the hero above the story).
      if (sticky.getBoundingClientRect().top > 1) continue;
      const card = cards[Number(figure.dataset.step)];
      if (!card) continue;
      card.positions++;
      // The drawing: the active layer's picture, where it is on screen.
      const layer = figure.querySelector('.layer.is-active svg') ?? figure.querySelector('svg')!;
      const d = layer.getBoundingClientRect();
      const left = Math.max(d.left, 0);
      const right = Math.min(d.right, vw);
      const top = Math.max(d.top, 0);
      const bottom = Math.min(d.bottom, vh);
      let covered = 0;
      let total = 0;
      for (let gx = 0.5; gx < 10; gx++)
        for (let gy = 0.5; gy < 10; gy++) {
          const x = left + ((right - left) * gx) / 10;
          const py = top + ((bottom - top) * gy) / 10;
          total++;
          const hit = document.elementFromPoint(x, py);
          if (hit && hit.closest('.scrolly__text')) covered++;
        }
      card.worstCovered = Math.max(card.worstCovered, covered / total);
      // The card's lines: seen if the point hits the card itself.
      const now = card.body.getBoundingClientRect();
      for (const key of [...card.unseen]) {
        const line = card.lines.get(key)!;
        const x = now.left + line.dx;
        const py = now.top + line.dy;
        if (py < 0 || py > vh) continue;
        const hit = document.elementFromPoint(x, py);
        if (hit && card.body.contains(hit)) card.unseen.delete(key);
      }
    }
    return cards.map((card) => ({
      positions: card.positions,
      worstCovered: card.worstCovered,
      unseenLines: [...card.unseen].map((k) => `${card.lines.get(k)!.text} (${k}px down)`),
    }));
  });
}

for (const viewport of [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height}, each step's card leaves its graphic's drawing clear and is read whole while the step shows`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await open(page);
    const count = await page.locator('.step[data-step]').count();
    expect(count).toBeGreaterThanOrEqual(8);
    // Every step's problems at once, so a failure names all the steps it concerns.
    const problems: string[] = [];
    const walks = await walkStory(page);
    for (let i = 0; i < count; i++) {
      const walk = walks[i]!;
      if (walk.positions < 4) problems.push(`step ${i + 1}: shown at ${walk.positions} positions`);
      // Tolerance: a sample point or two on the drawing's very edge.
      if (walk.worstCovered >= 0.02)
        problems.push(
          `step ${i + 1}: ${Math.round(walk.worstCovered * 100)}% of its drawing covered`,
        );
      if (walk.unseenLines.length)
        problems.push(`step ${i + 1}: never seen while it shows: ${walk.unseenLines.join('; ')}`);
    }
    expect(problems).toEqual([]);
  });
}
