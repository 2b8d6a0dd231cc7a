// Shared by the sandbox's browser tests: its content, and opening the sandbox ready to use.
import type { Page } from '@playwright/test';
import { loadContent } from '../../scripts/content/load.ts';
import { expect, open, untilInPage } from './fixtures.ts';

const loaded = loadContent('content');
if (!loaded.ok) throw new Error(loaded.problems.format());
export const content = loaded.content;
export const ledger = content.parameters;
export const MAIN = ledger.filter((p) => p.control === 'main');
export const PHONE_TALL = { width: 360, height: 780 };
export const PROJECTOR = { width: 1280, height: 720 };

/** The sandbox has woken up, on a worker or on the page. */
export const sandboxAwake = () =>
  /worker|main-thread/.test(document.getElementById('sandbox')?.dataset.mode ?? '');

/** Open the story at the sandbox (with `query`), once its model and sliders are ready. */
export async function openSandbox(page: Page, query = '') {
  await open(page, `${query}#sandbox`);
  const sandbox = page.locator('#sandbox');
  await sandbox.scrollIntoViewIfNeeded();
  await untilInPage(page, sandboxAwake);
  await expect(sandbox).toHaveAttribute('data-mode', /worker|main-thread/);
  await expect(page.locator(`#param-${MAIN[0]!.id}`)).toBeEnabled();
  return sandbox;
}

/** A chart line as `lines` reports it: its path and whether any of it is on screen. */
export type Line = { d: string; onScreen: boolean };

/**
 * Every chart line in the sandbox, by chart, panel and series (run in the page; `lines` and
 * tests that measure more in the same round trip call it).
 */
export function linesInPage(): Record<string, Line> {
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
}

/**
 * Every chart line in the sandbox, by chart, panel and series: its path and whether any of it
 * is on screen (inside the viewport and not hidden).
 */
export async function lines(page: Page): Promise<Record<string, Line>> {
  return page.evaluate(linesInPage);
}

/**
 * Every slider in `params` (by default every one that is not fixed) shows its default: waited
 * for in the page (up to 10 s, as an expect waits), then read in one round trip and checked
 * slider by slider, each by name.
 */
export async function expectDefaults(
  page: Page,
  params = ledger.filter((p) => p.control !== 'fixed'),
) {
  const expected = Object.fromEntries(params.map((p) => [p.id, String(p.default)]));
  await page
    .waitForFunction(
      (expected) =>
        Object.entries(expected).every(
          ([id, value]) =>
            (document.getElementById(`param-${id}`) as HTMLInputElement | null)?.value === value,
        ),
      expected,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  const shown = await page.evaluate(
    (ids) =>
      Object.fromEntries(
        ids.map((id) => [
          id,
          (document.getElementById(`param-${id}`) as HTMLInputElement | null)?.value ?? null,
        ]),
      ),
    Object.keys(expected),
  );
  for (const [id, value] of Object.entries(expected)) expect(shown[id], `#param-${id}`).toBe(value);
}
