// Issue 13, item 15: every <summary> on the site looks and works like a disclosure. On every
// built page, at a phone's width and a desktop's, each summary is a real one (the first child
// of its <details>, no role of its own), shows a marker that turns when it opens, opens and
// closes with Enter and Space, and is heard as an expandable button.
import { readdirSync } from 'node:fs';
import { type CDPSession, type Page } from '@playwright/test';
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

/**
 * How Chromium's accessibility tree presents an element (what a screen reader is told): its
 * role and its expanded state. Chromium calls a summary a "DisclosureTriangle", which platforms
 * announce as a button, expanded or collapsed. `objectId`: the element, in `cdp`'s own handles.
 */
async function accessible(
  cdp: CDPSession,
  objectId: string,
): Promise<{ role: string; expanded?: boolean }> {
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId,
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

/** The page's summaries, in document order, as handles of `cdp` (two round trips for all). */
async function summaryHandles(cdp: CDPSession): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: "[...document.querySelectorAll('summary')]",
  });
  const { result: items } = await cdp.send('Runtime.getProperties', {
    objectId: result.objectId!,
    ownProperties: true,
  });
  return items
    .filter((p) => /^\d+$/.test(p.name))
    .sort((a, b) => Number(a.name) - Number(b.name))
    .map((p) => p.value!.objectId!);
}

/** Run `fn` in the page with `this` the element `objectId` (one round trip; awaits a promise). */
async function onElement<T>(
  cdp: CDPSession,
  objectId: string,
  fn: (this: HTMLElement, arg: string) => T | Promise<T>,
  arg = '',
): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: fn.toString(),
    arguments: [{ value: arg }],
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/** A summary's state: whether its <details> is open, its ::before marker, whether it has focus. */
interface State {
  open: boolean;
  marker: Marker;
  focused: boolean;
}

/**
 * Wait in the page, frame by frame (up to 10 s), until the summary's <details> is `open`
 * ("true"/"false") and, if `transform` is given, its marker's transform is (`=…`) or is not
 * (`!…`) that; then focus it if asked (`focus` in the argument) and report its state. The
 * caller asserts on what comes back, so a state that never arrives still fails, by name.
 */
function waitState(this: HTMLElement, arg: string): Promise<State> {
  const { open, transform, focus } = JSON.parse(arg) as {
    open: boolean;
    transform?: string;
    focus?: boolean;
  };
  const read = (): State => {
    const s = getComputedStyle(this, '::before');
    return {
      open: (this.parentElement as HTMLDetailsElement).open,
      marker: {
        content: s.content,
        width: parseFloat(s.width),
        border: s.borderRightStyle,
        transform: s.transform,
      },
      focused: document.activeElement === this,
    };
  };
  const holds = (s: State) =>
    s.open === open &&
    (transform === undefined ||
      (transform.startsWith('=')
        ? s.marker.transform === transform.slice(1)
        : s.marker.transform !== transform.slice(1)));
  const until = performance.now() + 10_000;
  return new Promise((done) => {
    const look = () => {
      const s = read();
      if (holds(s) || performance.now() > until) {
        if (focus) {
          this.focus();
          s.focused = document.activeElement === this;
        }
        done(s);
      } else requestAnimationFrame(look);
    };
    look();
  });
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

/**
 * A shown summary, by keyboard: opens and closes, its marker turns, it says so. `objectId`: the
 * summary, in `cdp`'s handles; `open`: whether its <details> is open now.
 */
async function checkShown(
  page: Page,
  cdp: CDPSession,
  objectId: string,
  name: string,
  open: boolean,
  where: string,
) {
  const label = `${where}: “${name}”`;
  const state = (want: { open: boolean; transform?: string; focus?: boolean }) =>
    onElement(cdp, objectId, waitState, JSON.stringify(want));
  if (open) await page.keyboard.press('Enter');
  // Closed (by the key if it was open), then focused, as a reader tabbing to it.
  const closedState = await state({ open: false, focus: true });
  expect(closedState.open, `${label}: open`).toBe(false);
  const closed = closedState.marker;
  expect(closed.width, `${label}: marker size`).toBeGreaterThanOrEqual(4);
  expect(await accessible(cdp, objectId), label).toEqual({
    role: 'DisclosureTriangle',
    expanded: false,
  });
  expect(closedState.focused, `${label}: focused`).toBe(true);
  await page.keyboard.press('Enter');
  const opened = await state({ open: true, transform: `!${closed.transform}` });
  expect(opened.open, `${label}: open`).toBe(true);
  await expect
    .poll(() => accessible(cdp, objectId), { message: label, ...SOON })
    .toEqual({
      role: 'DisclosureTriangle',
      expanded: true,
    });
  expect(opened.marker.transform, `${label}: marker turned`).not.toBe(closed.transform);
  await page.keyboard.press('Space');
  const shut = await state({ open: false, transform: `=${closed.transform}` });
  expect(shut.open, `${label}: open`).toBe(false);
  expect(shut.marker.transform, `${label}: marker back`).toBe(closed.transform);
}

// Each page is opened once, at a phone's width, checked, then widened to a desktop's and checked
// again (the site lays out by CSS and measured widths, which follow a resize; opening every page
// afresh at each width cost a second page load each, most of this test's time).
test('every summary is a disclosure, on every page (phone, then desktop)', async ({ page }) => {
  test.setTimeout(180_000);
  const shown = { phone: 0, desktop: 0 };
  for (const path of PAGES) {
    // Summaries that were open when the phone pass reached them: the phone pass closes them, so
    // they are opened again before the desktop pass, which then closes them by key as well.
    const openAtPhone: string[] = [];
    for (const [name, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      if (name === 'phone') await open(page, path);
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
      const cdp = await cdpOf(page);
      if (name === 'desktop')
        for (const summary of openAtPhone)
          await onElement(cdp, summary, function (this: HTMLElement) {
            (this.parentElement as HTMLDetailsElement).open = true;
          });
      for (const summary of await summaryHandles(cdp)) {
        // Shown now (after the summaries before it were closed again)? If open, focus it for
        // the Enter that closes it.
        const now = await onElement(cdp, summary, function (this: HTMLElement) {
          const visible = this.checkVisibility();
          const open = (this.parentElement as HTMLDetailsElement).open;
          if (visible && open) this.focus();
          return { visible, open, name: (this.textContent ?? '').trim() };
        });
        if (!now.visible) continue;
        if (name === 'phone' && now.open) openAtPhone.push(summary);
        await checkShown(page, cdp, summary, now.name, now.open, where);
        shown[name]++;
      }
    }
  }
  expect(shown.phone, 'summaries shown at the phone').toBeGreaterThan(PAGES.length);
  expect(shown.desktop, 'summaries shown at the desktop').toBeGreaterThan(PAGES.length);
});

test('the Share dialog’s summary is a disclosure too', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  // The sandbox wakes as it comes into view: its tools work once it has.
  await openSandbox(page);
  const tools = page.locator('#sandbox [data-tools-for="difference"]');
  await tools.getByRole('button', { name: 'Share or embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed' });
  await expect(dialog).toBeVisible();
  await checkStructure(page, 'Share dialog');
  const summary = dialog.locator('summary');
  await expect(summary).toHaveCount(1);
  await summary.evaluate((node) => ((window as unknown as { __ax: Element }).__ax = node));
  const cdp = await cdpOf(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__ax' });
  const open = await onElement(cdp, result.objectId!, function (this: HTMLElement) {
    const open = (this.parentElement as HTMLDetailsElement).open;
    if (open) this.focus();
    return open;
  });
  const name = ((await summary.textContent()) ?? '').trim();
  await checkShown(page, cdp, result.objectId!, name, open, 'Share dialog');
});
