// Issue 13, item 15: every <summary> on the site looks and works like a disclosure. On every
// built page, at a phone's width and a desktop's, each summary is a real one (the first child
// of its <details>, no role of its own), shows a marker that turns when it opens, opens and
// closes with Enter and Space, and is heard as an expandable button.
import { readdirSync } from 'node:fs';
import { type CDPSession, type Locator, type Page } from '@playwright/test';
import { DESKTOP, PHONE, expect, test, open, untilInPage } from './fixtures.ts';
import { openSandbox } from './sandbox-site.ts';

/** expect.poll's checks: soon after the key (the page answers within a frame or two), not after
 *  its default backoff of a tenth, a quarter, half and a whole second. */
const SOON = { intervals: [16, 16, 32, 50, 100, 250] };

/** Every page of the built site (the offline file is the same pages in one file). */
const PAGES = [
  ...readdirSync('dist')
    .filter((f) => f.endsWith('.html') && f !== 'backfill-offline.html')
    .map((f) => (f === 'index.html' ? '' : f)),
  ...readdirSync('dist/embed')
    .filter((f) => f.endsWith('.html'))
    .map((f) => `embed/${f}`),
];

interface Marker {
  content: string;
  width: number;
  border: string;
  transform: string;
}

const marker = (summary: Locator) =>
  summary.evaluate((el): Marker => {
    const s = getComputedStyle(el, '::before');
    return {
      content: s.content,
      width: parseFloat(s.width),
      border: s.borderRightStyle,
      transform: s.transform,
    };
  });

/**
 * How Chromium's accessibility tree presents an element (what a screen reader is told): its
 * role and its expanded state. Chromium calls a summary a "DisclosureTriangle", which platforms
 * announce as a button, expanded or collapsed.
 */
async function accessible(page: Page, el: Locator): Promise<{ role: string; expanded?: boolean }> {
  const cdp = await cdpOf(page);
  await el.evaluate((node) => ((window as unknown as { __ax: Element }).__ax = node));
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__ax' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId!,
    fetchRelatives: false,
  });
  const node = nodes[0]!;
  const expanded = node.properties?.find((p) => p.name === 'expanded')?.value.value as
    boolean | undefined;
  return { role: String(node.role?.value ?? ''), expanded };
}

/** One DevTools session per page, for every question to its accessibility tree. */
const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** What every summary must be, shown or not. */
async function checkStructure(page: Page, where: string) {
  const problems = await page.locator('summary').evaluateAll((summaries) =>
    summaries.flatMap((el, i) => {
      const bad: string[] = [];
      const details = el.parentElement;
      if (details?.tagName !== 'DETAILS' || details.firstElementChild !== el)
        bad.push('not the first child of a <details>');
      if (el.hasAttribute('role')) bad.push(`role="${el.getAttribute('role')}"`);
      const before = getComputedStyle(el, '::before');
      if (before.content === 'none' || before.borderRightStyle !== 'solid') bad.push('no marker');
      if (getComputedStyle(el).listStyleType !== 'none') bad.push('a second (native) marker');
      return bad.map((b) => `summary ${i + 1} “${(el.textContent ?? '').trim()}”: ${b}`);
    }),
  );
  expect(problems, where).toEqual([]);
}

/** A shown summary, by keyboard: opens and closes, its marker turns, it says so. */
async function checkShown(page: Page, summary: Locator, where: string) {
  const name = ((await summary.textContent()) ?? '').trim();
  const label = `${where}: “${name}”`;
  const details = summary.locator('xpath=..');
  if (await details.evaluate((d: HTMLDetailsElement) => d.open)) {
    await summary.focus();
    await page.keyboard.press('Enter');
  }
  await expect(details, label).not.toHaveAttribute('open');
  const closed = await marker(summary);
  expect(closed.width, `${label}: marker size`).toBeGreaterThanOrEqual(4);
  expect(await accessible(page, summary), label).toEqual({
    role: 'DisclosureTriangle',
    expanded: false,
  });
  await summary.focus();
  await expect(summary, label).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details, label).toHaveAttribute('open', '');
  await expect
    .poll(() => accessible(page, summary), { message: label, ...SOON })
    .toEqual({
      role: 'DisclosureTriangle',
      expanded: true,
    });
  await expect
    .poll(async () => (await marker(summary)).transform, { message: label, ...SOON })
    .not.toBe(closed.transform);
  await page.keyboard.press('Space');
  await expect(details, label).not.toHaveAttribute('open');
  await expect
    .poll(async () => (await marker(summary)).transform, { message: label, ...SOON })
    .toBe(closed.transform);
}

for (const [name, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  test(`every summary is a disclosure, on every page (${name})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    let shown = 0;
    for (const path of PAGES) {
      await open(page, path);
      const where = `${path || 'index.html'} at ${viewport.width}px`;
      // Parts woken when they come near the screen (the sandbox) are woken first.
      for (const island of await page.locator('[data-hydrate="visible"]').all())
        await island.scrollIntoViewIfNeeded();
      // (The story's sandbox is fetched from its own page first: its placeholder goes.)
      await untilInPage(
        page,
        () => !document.querySelector('[data-island-from], #sandbox[data-mode="starting"]'),
      );
      await expect(page.locator('[data-island-from]')).toHaveCount(0);
      await expect(page.locator('#sandbox[data-mode="starting"]')).toHaveCount(0);
      await checkStructure(page, where);
      const summaries = page.locator('summary');
      for (let i = 0; i < (await summaries.count()); i++) {
        const summary = summaries.nth(i);
        if (!(await summary.evaluate((el) => el.checkVisibility()))) continue;
        await checkShown(page, summary, where);
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(PAGES.length);
  });
}

test('the Share dialog’s summary is a disclosure too', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  // The sandbox wakes as it comes into view: its tools work once it has.
  await openSandbox(page);
  const tools = page.locator('#sandbox [data-tools-for="difference"]');
  await tools.getByRole('button', { name: 'Share or embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed' });
  await expect(dialog).toBeVisible();
  await checkStructure(page, 'Share dialog');
  await checkShown(page, dialog.locator('summary'), 'Share dialog');
});
