// Wave 3, visual item 2: words in the sandbox's charts and controls touched or were cut. "What
// would it take?" ran its track labels off the card at 360 px; a slider's mark label was cut
// ("ntral run") where the controls' column ends; on the projector the Ukraine chart's line label
// met the 2027 tick, and the y axis's "0" met the time axis's "2024" (and every chart's axis name
// sat on its top tick's label). This sweeps widths from a small phone to a wide desktop, in the
// default theme and the projector's larger words, with goal-seek answers that fall at the
// slider's start, near its end and beyond it, and checks every text box as the browser drew it:
// none overlaps another in the same chart or control, and none sticks out of its picture, its
// control or anything that clips it.
import { type Page } from '@playwright/test';
import { expect, test, open, untilInPage } from './fixtures.ts';
import { sandboxAwake } from './sandbox-site.ts';

/** Every collision or cut word in the sandbox's pictures and sliders, one readable line each. */
async function textProblems(page: Page, frames = 0): Promise<string[]> {
  return page.evaluate(async (frames) => {
    // First let the page draw `frames` frames (a new width's layout and observers), in the same
    // round trip as the measuring.
    for (let i = 0; i < frames; i++) await new Promise((next) => requestAnimationFrame(next));
    const problems: string[] = [];
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${(el as HTMLElement).dataset?.param ? `[${(el as HTMLElement).dataset.param}]` : ''}${el.closest('[data-chart]') ? ` in ${el.closest('[data-chart]')!.getAttribute('data-chart')}` : ''}${el.closest('.goal') ? ' in goal seek' : ''}`;
    /** The boxes of an element's own words: an SVG text's box, or an HTML element's text lines. */
    const boxesOf = (el: Element): DOMRect[] => {
      if (el instanceof SVGTextElement) {
        const r = el.getBoundingClientRect();
        return r.width && r.height ? [r] : [];
      }
      const out: DOMRect[] = [];
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) out.push(r);
      }
      return out;
    };
    const sandbox = document.querySelector('#sandbox')!;
    for (const group of sandbox.querySelectorAll('svg, .param')) {
      if (!shown(group) || group.parentElement?.closest('svg')) continue;
      const frame = group.getBoundingClientRect();
      if (!frame.width) continue;
      const words = [...group.querySelectorAll(group instanceof SVGElement ? 'text' : '*')]
        .filter((el) => shown(el) && !el.closest('.visually-hidden, [popover]'))
        .flatMap((el) =>
          boxesOf(el).map((r) => ({ el, r, text: (el.textContent ?? '').trim().slice(0, 28) })),
        );
      for (const w of words) {
        if (w.r.left < frame.left - 0.5 || w.r.right > frame.right + 0.5)
          problems.push(`"${w.text}" sticks out of its ${name(group)}`);
        for (let a = w.el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX === 'visible') continue;
          const c = a.getBoundingClientRect();
          if (w.r.left < c.left - 0.5 || w.r.right > c.right + 0.5)
            problems.push(`"${w.text}" is cut by ${a.className || a.tagName} (${name(group)})`);
          break;
        }
      }
      for (let i = 0; i < words.length; i++)
        for (let j = i + 1; j < words.length; j++) {
          const [a, b] = [words[i]!, words[j]!];
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          if (
            a.r.left < b.r.right - 0.5 &&
            b.r.left < a.r.right - 0.5 &&
            a.r.top < b.r.bottom - 0.5 &&
            b.r.top < a.r.bottom - 0.5
          )
            problems.push(`"${a.text}" meets "${b.text}" in ${name(group)}`);
        }
    }
    return [...new Set(problems)];
  }, frames);
}

/** Goal-seek questions whose answers fall at the lever's start (Japan's exports at 50%), near
 *  its end (the US share at 85%) and beyond it (US output at 70%: long labels that wrap). */
const QUESTIONS = [
  { share: '0.5', lever: "Japan's exports to the US" },
  { share: '0.85', lever: 'Share of new US output available for Ukraine' },
  { share: '0.7', lever: 'US output from 2026' },
] as const;

const WIDTHS = [320, 360, 400, 480, 560, 640, 768, 900, 1024, 1100, 1200, 1280, 1366, 1440, 1600];

for (const theme of ['default', 'projector'] as const) {
  test(`no words in the sandbox's charts and controls meet or are cut, 320 to 1600 px (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `${theme === 'projector' ? '?theme=projector' : ''}#sandbox`);
    await untilInPage(page, sandboxAwake);
    await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
    // The sliders under "More assumptions" too (the US share is one).
    await page.locator('.sandbox__advanced summary').click();
    const goal = page.getByTestId('goal-seek');
    const problems: string[] = [];
    for (const q of QUESTIONS) {
      await goal.getByLabel('Ukraine engages').selectOption(q.share);
      await goal.getByRole('radio', { name: q.lever }).check();
      await expect(goal.getByTestId('goal-answer')).toBeVisible();
      await expect(goal.locator('.goal__track')).toBeVisible();
      for (const width of theme === 'projector' ? WIDTHS.filter((_, i) => i % 2 === 0) : WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        // Three frames at the new width, then every text box measured (one round trip).
        for (const p of await textProblems(page, 3)) problems.push(`${width}px, ${q.share}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
