// Shared browser-test setup: every test fails if the page logs an error or throws, and pages
// are opened with reduced motion unless a test asks otherwise (so states settle at once).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1440, height: 900 };

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open a page of the site and wait until its islands are awake. */
export async function open(
  page: Page,
  path = '',
  options: { motion?: 'reduce' | 'no-preference' } = {},
) {
  await page.emulateMedia({ reducedMotion: options.motion ?? 'reduce' });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

export async function stepStates(page: Page): Promise<string[]> {
  return page
    .locator('.step[data-step]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-state')!));
}

/** Scroll so a step's top sits just above the trigger line, as a reader would reach it. */
export async function scrollToStep(page: Page, index: number) {
  await page.evaluate((i) => {
    const el = document.querySelectorAll<HTMLElement>('.step[data-step]')[i]!;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.55 + 40, behavior: 'instant' });
  }, index);
}

export const figure = (page: Page) => page.locator('.story-figure');

export async function screenshot(page: Page, name: string) {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** WCAG 2.2 A and AA, plus axe's best practices: what every axe run in these tests checks. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page (or inside `include`), as one readable line each. */
export async function violationsOf(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
