import { type Page } from '@playwright/test';
import {
  DESKTOP,
  PHONE,
  STEP_SCOPE,
  expect,
  figure,
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

for (const [name, viewport, theme] of [
  ['desktop', DESKTOP, 'light'],
  ['desktop', DESKTOP, 'dark'],
  ['phone', PHONE, 'light'],
  ['phone', PHONE, 'dark'],
  ['desktop', DESKTOP, 'projector'],
] as const) {
  test(`axe finds no violation at any story step (${name}, ${theme})`, async ({ page }) => {
    // One full scan and twelve scoped ones: about 40 s on a busy 2-core machine.
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    if (theme === 'projector') {
      await open(page, '?theme=projector');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    } else {
      await page.emulateMedia({ colorScheme: theme });
      await open(page);
    }
    const states = await stepStates(page);
    await scrollToStep(page, 0);
    await expect(figure(page)).toHaveAttribute('data-state', states[0]!);
    expect(await violationsOf(page), 'the whole page at step 0').toEqual([]);
    for (let i = 1; i < states.length; i++) {
      await scrollToStep(page, i);
      await expect(figure(page)).toHaveAttribute('data-state', states[i]!);
      expect(await violationsOf(page, STEP_SCOPE(i)), `step ${i} (${states[i]})`).toEqual([]);
    }
    if (theme === 'projector') {
      // The sandbox in the projector theme (light and dark: the next test).
      await page.locator('#sandbox').scrollIntoViewIfNeeded();
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
      await page.locator('.sandbox__advanced summary').click();
      expect(await violationsOf(page, '#sandbox'), 'sandbox').toEqual([]);
    }
  });
}

// One story page: the skip link first (the first Tab of a fresh page), then a glossary term.
test('a keyboard user can skip to the story and reach every control, and glossary terms explain themselves where they first appear', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await open(page);
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
});

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

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violation in the sandbox, on its page and on the model page (${name}, ${scheme})${name === 'desktop' && scheme === 'light' ? '; the ledger sorts by a column heading, from the keyboard' : ''}`, async ({
      page,
    }) => {
      // Three full scans: the sandbox, its own page, the model page.
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '#sandbox');
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
      await page.locator('.sandbox__advanced summary').click();
      await page.locator('[data-chart="difference"] .chart-figure__table summary').click();
      expect(await violationsOf(page, '#sandbox'), 'sandbox').toEqual([]);

      await open(page, 'model.html');
      expect(await violationsOf(page), 'model page').toEqual([]);
      // The same model page (at the desktop, light) also proves the ledger's keyboard sort,
      // after the scan has read it unsorted.
      if (name === 'desktop' && scheme === 'light')
        await test.step('the ledger sorts by a column heading, from the keyboard', () =>
          ledgerSorts(page));

      // The sandbox's own page (where the story's sandbox is fetched from, and links to).
      await open(page, 'sandbox.html');
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
      expect(await violationsOf(page), 'sandbox page').toEqual([]);
    });
  }
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
