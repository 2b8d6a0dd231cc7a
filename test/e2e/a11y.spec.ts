import { type Page } from '@playwright/test';
import {
  DESKTOP,
  PHONE,
  STEP_SCOPE,
  expect,
  figure,
  nextFrames,
  open,
  scrollToStep,
  stepStates,
  test,
  violationsOf,
} from './fixtures.ts';

// Every theme at both widths (projector: the classroom's screen, desktop only). The whole page
// is scanned once per combination; at each step only what the step changes (STEP_SCOPE), so
// every part of the page is scanned in every state it takes.
// Every scan below passes only if axe finds nothing, so first: it does find what it should, as
// the scans run it (scoped or whole, only violations kept).
test('the axe check reports planted violations, whole page or scoped', async ({ page }) => {
  await page.setContent(
    '<html lang="en"><head><title>Planted</title></head><body><main><h1>Planted</h1>' +
      '<img src="x.png"><button></button>' +
      '<p style="color:#eee;background:#fff">Faint words</p></main></body></html>',
  );
  const rules = (found: string[]) => found.map((line) => line.split(':')[0]).sort();
  expect(rules(await violationsOf(page))).toEqual(['button-name', 'color-contrast', 'image-alt']);
  expect(rules(await violationsOf(page, 'p'))).toEqual(['color-contrast']);
});

const KEYBOARD =
  'a keyboard user can skip to the story and reach every control, and glossary terms explain themselves where they first appear';

/** On a fresh story page: the skip link first (its first Tab), then a glossary term. */
async function keyboardReaches(page: Page) {
  await test.step('a keyboard user can skip to the story and reach every control', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the story' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#story$/);
    // Focus styles are visible: the outline is drawn.
    await page.getByRole('button', { name: 'Dark theme' }).focus();
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
  });
  await test.step('glossary terms explain themselves where they first appear', async () => {
    const term = page.locator('button.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
  });
}

/** Switch the page's colour scheme as the OS would, and wait until the page has followed. */
async function switchScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  expect(
    await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
    `the page in the ${scheme} scheme`,
  ).toBe(scheme === 'dark');
  // The page's own listeners (the theme toggle's state) have answered and it has been drawn.
  await nextFrames(page);
}

// The light and dark themes share one page per width: walked in the light, then switched to the
// dark (as the OS would, which the page follows: the auto theme is CSS and a media listener)
// and walked again. The projector theme (from the link) opens its own.
for (const [name, viewport, themes] of [
  ['desktop', DESKTOP, ['light', 'dark']],
  ['phone', PHONE, ['light', 'dark']],
  ['desktop', DESKTOP, ['projector']],
] as const) {
  // The desktop in the light theme (the default page) first proves the keyboard on the fresh
  // page, then scans it.
  const keyboard = name === 'desktop' && themes[0] === 'light';
  test(`axe finds no violation at any story step (${name}, ${themes.join(', then ')})${keyboard ? `; ${KEYBOARD}` : ''}`, async ({
    page,
  }) => {
    // Per theme, one full scan and twelve scoped ones: about 40 s on a busy 2-core machine.
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    if (themes[0] === 'projector') {
      await open(page, '?theme=projector');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    } else {
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page);
    }
    if (keyboard) await test.step(KEYBOARD, () => keyboardReaches(page));
    const states = await stepStates(page);
    for (const theme of themes) {
      await test.step(`every step in the ${theme} theme`, async () => {
        if (theme === 'dark') await switchScheme(page, 'dark');
        await scrollToStep(page, 0);
        await expect(figure(page)).toHaveAttribute('data-state', states[0]!);
        expect(await violationsOf(page), `the whole page at step 0 (${theme})`).toEqual([]);
        for (let i = 1; i < states.length; i++) {
          await scrollToStep(page, i);
          await expect(figure(page)).toHaveAttribute('data-state', states[i]!);
          expect(
            await violationsOf(page, STEP_SCOPE(i)),
            `step ${i} (${states[i]}, ${theme})`,
          ).toEqual([]);
        }
      });
    }
    if (themes[0] === 'projector') {
      // The sandbox in the projector theme (light and dark: the next test).
      await page.locator('#sandbox').scrollIntoViewIfNeeded();
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
      await page.locator('.sandbox__advanced summary').click();
      expect(await violationsOf(page, '#sandbox'), 'sandbox').toEqual([]);
    }
  });
}

/** The ledger sorts by a column heading, from the keyboard (on the model page, unsorted). */
async function ledgerSorts(page: Page) {
  const status = page.getByRole('button', { name: /^Status/ });
  await status.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(/Status/);
  const first = await page.locator('#ledger tbody tr').first().locator('.status').textContent();
  expect(first).toBe('derived');
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/Status/);
  expect(await page.locator('#ledger tbody tr').first().locator('.status').textContent()).toBe(
    'reported',
  );
}

// Each page once per width, scanned in the light scheme, then switched to the dark (as the OS
// would) and scanned again.
for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`axe finds no violation in the sandbox, on its page and on the model page (${name}, light and dark)${name === 'desktop' ? '; the ledger sorts by a column heading, from the keyboard (light)' : ''}`, async ({
    page,
  }) => {
    // Three full scans per scheme: the sandbox, its own page, the model page.
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    const both = async (what: string, include?: string) => {
      await switchScheme(page, 'light');
      expect(await violationsOf(page, include), `${what} (light)`).toEqual([]);
      await switchScheme(page, 'dark');
      expect(await violationsOf(page, include), `${what} (dark)`).toEqual([]);
    };
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '#sandbox');
    await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
    await page.locator('.sandbox__advanced summary').click();
    await page.locator('[data-chart="difference"] .chart-figure__table summary').click();
    await both('sandbox', '#sandbox');

    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, 'model.html');
    await both('model page');
    // The same model page (at the desktop, light) also proves the ledger's keyboard sort,
    // after the scans have read it unsorted.
    if (name === 'desktop')
      await test.step('the ledger sorts by a column heading, from the keyboard', async () => {
        await switchScheme(page, 'light');
        await ledgerSorts(page);
      });

    // The sandbox's own page (where the story's sandbox is fetched from, and links to).
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, 'sandbox.html');
    await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
    await both('sandbox page');
  });
}

test('axe finds no violation in print: the story with a figure per step, and the worksheet', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await open(page);
  const steps = await page.locator('.step[data-step]').count();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.step__print')).toHaveCount(steps);
  expect(await violationsOf(page), 'story, printed').toEqual([]);
  for (const paper of ['a4', 'letter']) {
    await open(page, `worksheet.html?paper=${paper}`);
    await page.emulateMedia({ media: 'print' });
    expect(await violationsOf(page), `worksheet (${paper}), printed`).toEqual([]);
  }
});

test('the step buttons never hide the story graphic’s tools (phone, desktop, projector)', async ({
  page,
}) => {
  for (const [viewport, query] of [
    [PHONE, ''],
    [DESKTOP, ''],
    [{ width: 1280, height: 720 }, '&theme=projector'],
  ] as const) {
    await page.setViewportSize(viewport);
    await open(page, `?step=no-direct-route${query}`);
    const dock = await page.locator('.stepper-dock').boundingBox();
    const figure = page.locator('.story-figure');
    for (const [name, control] of [
      ['Data table', figure.locator('.chart-figure__table summary')],
      ['Share or embed', figure.getByRole('button', { name: 'Share or embed' })],
      ['CSV', figure.getByRole('button', { name: /CSV/ })],
    ] as const) {
      await expect(control).toBeVisible();
      const box = (await control.boundingBox())!;
      const clear = box.y + box.height <= dock!.y || box.x + box.width <= dock!.x;
      expect(clear, `${name} clear of the step buttons at ${viewport.width}px${query}`).toBe(true);
    }
  }
});
