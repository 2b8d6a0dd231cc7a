import { DESKTOP, PHONE, expect, test } from './fixtures.ts';

test.describe('reading with JavaScript off', () => {
  // Reduced motion: smooth anchor scrolling would move links while the test clicks them.
  test.use({ javaScriptEnabled: false, reducedMotion: 'reduce' });

  for (const viewport of [DESKTOP, PHONE]) {
    test(`the whole story, its graphics and its sources are there at ${viewport.width}px${viewport === DESKTOP ? '; its data tables open, and citations link to the sources list and back' : ''}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('');
      // Each step shows its own static graphic, since nothing can follow the scroll: every step
      // read in one round trip (visible as Playwright counts it: a box, and not hidden by style).
      const steps = await page.locator('.step[data-step]').evaluateAll((els) =>
        els.map((step) => {
          const svg = step.querySelector<SVGSVGElement>('.step__static svg');
          const box = svg?.getBoundingClientRect();
          return {
            state: step.getAttribute('data-state'),
            svg: Boolean(svg),
            visible: Boolean(
              svg &&
              svg.checkVisibility({ visibilityProperty: true }) &&
              box!.width > 0 &&
              box!.height > 0,
            ),
            svgState: svg?.getAttribute('data-state') ?? null,
          };
        }),
      );
      const count = steps.length;
      expect(count).toBeGreaterThanOrEqual(8);
      for (const [i, step] of steps.entries()) {
        expect(step.svg, `step ${i + 1}: its static graphic`).toBe(true);
        expect(step.visible, `step ${i + 1}: its static graphic visible`).toBe(true);
        expect(step.svgState, `step ${i + 1}: its static graphic's state`).toBe(step.state);
      }
      await expect(page.locator('.scrolly__graphic')).toBeHidden();
      await expect(page.locator('.stepper-dock .stepper')).toBeHidden();
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
      // No button that cannot work: share and download need a script, so they are not offered.
      const dead = await page
        .locator('button:not([disabled]):not([popovertarget])')
        .evaluateAll((buttons) =>
          buttons.filter((b) => b.checkVisibility()).map((b) => b.textContent!.trim()),
        );
      expect(dead).toEqual([]);
      await page.screenshot({
        path: `test-results/screenshots/no-js-${viewport.width}.png`,
        fullPage: false,
      });
      if (viewport !== DESKTOP) return;
      // The same page (at the test's default width) for the rest: tables, then citations.
      await test.step('the data tables open without a script', async () => {
        const details = page.locator('.step__table').first();
        await details.locator('summary').click();
        await expect(details.locator('table')).toBeVisible();
      });
      await test.step('citations link to the sources list and back', async () => {
        const mark = page.locator('sup.cite a').first();
        const href = await mark.getAttribute('href');
        await mark.click();
        await expect(page).toHaveURL(new RegExp(`${href}$`));
        const note = page.locator(href!);
        await expect(note).toBeInViewport();
        await note.locator('.sources__back a').first().click();
        await expect(mark).toBeInViewport();
      });
    });
  }

  test('the sandbox’s place in the story leads to its own page, every chart with its description and table', async ({
    page,
  }) => {
    // The story keeps the sandbox on sandbox.html (fetched when a reader with a script comes near).
    await page.goto('#sandbox');
    const link = page.locator('#sandbox a');
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(/\/sandbox\.html$/);
    // The address changes as the page starts to arrive; count its charts once it has all come.
    await page.waitForLoadState('load');
    const charts = page.locator('#sandbox figure[data-chart]');
    expect(await charts.count()).toBeGreaterThanOrEqual(5);
    for (const chart of await charts.all()) {
      const description = await chart.getAttribute('aria-describedby');
      await expect(page.locator(`[id="${description}"]`)).not.toBeEmpty();
      const details = chart.locator('details').filter({ has: page.locator('table') });
      await details.locator('summary').first().click();
      await expect(details.locator('tbody tr').first()).toBeVisible();
    }
  });
});
