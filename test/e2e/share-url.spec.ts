import { DESKTOP, expect, test, STORY_INLINE_SCRIPTS, open, untilInPage } from './fixtures.ts';
import { sandboxAwake } from './sandbox-site.ts';

test.use({ viewport: DESKTOP });

test('the address keeps up with the sandbox without flooding the Back button', async ({ page }) => {
  await open(page, '#sandbox');
  await untilInPage(page, sandboxAwake);
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
  const length = await page.evaluate(() => history.length);
  const slider = page.locator('#param-japanExportPerYear');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]je=15(&|#|$)/);
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.locator('#sandbox').scrollIntoViewIfNeeded();
  await expect(page.locator('#param-japanExportPerYear')).toHaveValue('15');
  await expect(page.getByTestId('headline')).toContainText("Japan's exports have freed");
});

// Links read at load: each its own load, one after another in one page, each a named step.
test('links read at load: the old unversioned format; out-of-range and invalid values; ?step=; a teacher link', async ({
  page,
}) => {
  await test.step('a link from the old unversioned format opens the same scenario, and says so', async () => {
    await open(page, '?japanExportPerYear=20&ballisticLaunchesPerMonth=80&seed=3#sandbox');
    await page.locator('#sandbox').scrollIntoViewIfNeeded();
    await expect(page.locator('#param-japanExportPerYear')).toHaveValue('20');
    await expect(page.locator('#param-ballisticLaunchesPerMonth')).toHaveValue('80');
    await expect(page.getByTestId('notices')).toContainText('earlier version of Backfill');
  });

  await test.step('out-of-range and invalid values are clamped or dropped, with a dismissible notice', async () => {
    await open(page, '?v=1&bl=900&je=lots#sandbox');
    await page.locator('#sandbox').scrollIntoViewIfNeeded();
    await expect(page.locator('#param-ballisticLaunchesPerMonth')).toHaveValue('150');
    await expect(page.locator('#param-japanExportPerYear')).toHaveValue('10');
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('Russian ballistic missiles launched');
    await expect(notices).toContainText("Japan's exports to the US");
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toBeHidden();
  });

  await test.step('?step= opens the story at that step', async () => {
    await open(page, '?step=no-direct-route');
    await expect(page.locator('.story-figure')).toHaveAttribute('data-state', 'no-direct-route');
  });

  await test.step('a teacher link hides, locks and opens sliders as documented', async () => {
    await open(page, '?hide=bl&lock=it&advanced=1#sandbox');
    await page.locator('#sandbox').scrollIntoViewIfNeeded();
    await untilInPage(page, sandboxAwake);
    await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
    await expect(page.locator('#param-ballisticLaunchesPerMonth')).toHaveCount(0);
    await expect(page.locator('#param-interceptorsPerTarget')).toBeDisabled();
    await expect(page.locator('#param-japanExportPerYear')).toBeEnabled();
    await expect(page.locator('.sandbox__advanced')).toHaveAttribute('open', '');
    await open(page, '?advanced=0#sandbox');
    await expect(page.locator('.sandbox__advanced')).toHaveCount(0);
  });
});

// A sample in the browser; test/unit/url-state.test.ts reads 500 such links without a browser.
// Twelve links from a fixed seed, checked in three tests of four so the browser workers share them.
const MALFORMED_LINKS = (() => {
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const keys = [
    'v',
    'je',
    'bl',
    'it',
    'h',
    's',
    'view',
    'step',
    'japanExportPerYear',
    '__proto__',
    'JE',
    '%zz',
    '',
  ];
  const values = [
    '',
    '-1',
    '1e309',
    'NaN',
    '0x10',
    '%',
    '%E0%A4%A',
    '<script>alert(1)</script>',
    '9'.repeat(400),
    '2',
    'ukraine',
  ];
  return Array.from({ length: 12 }, () =>
    Array.from({ length: 1 + Math.floor(rand() * 6) }, () => `${pick(keys)}=${pick(values)}`).join(
      pick(['&', '&&', ';']),
    ),
  );
})();

for (let part = 0; part < 3; part++) {
  test(`malformed links never break the page (links ${part * 4 + 1}–${part * 4 + 4} of 12)`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    for (const query of MALFORMED_LINKS.slice(part * 4, part * 4 + 4)) {
      await page.goto(`./?${query}#sandbox`);
      // In the page, in one round trip: wait (frame by frame, up to 10 s as an expect would)
      // until it is ready, bring the sandbox on screen, wait until it wakes and shows its sliders,
      // then read what the checks below need.
      const seen = await page.evaluate(async () => {
        const frame = () => new Promise((next) => requestAnimationFrame(next));
        const until = performance.now() + 10_000;
        const html = document.documentElement;
        while (html.dataset.ready !== 'true' && performance.now() < until) await frame();
        const ready = html.dataset.ready ?? null;
        document.getElementById('sandbox')?.scrollIntoView({ block: 'nearest' });
        const mode = () => document.getElementById('sandbox')?.dataset.mode ?? '';
        const slider = () => document.getElementById('param-ballisticLaunchesPerMonth');
        while (!(/worker|main-thread/.test(mode()) && slider()) && performance.now() < until)
          await frame();
        return {
          ready,
          mode: mode(),
          bl: (slider() as HTMLInputElement | null)?.value ?? null,
          scripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent),
        };
      });
      expect(seen.ready, `${query}: data-ready`).toBe('true');
      expect(seen.mode, `${query}: the sandbox's data-mode`).toMatch(/worker|main-thread/);
      expect(seen.bl, `${query}: the ballistic launches slider`).not.toBeNull();
      const bl = Number(seen.bl);
      expect(bl, query).toBeGreaterThanOrEqual(10);
      expect(bl, query).toBeLessThanOrEqual(150);
      // No link added a script: the inline scripts are the build's own.
      expect(seen.scripts, query).toEqual(STORY_INLINE_SCRIPTS);
    }
  });
}
