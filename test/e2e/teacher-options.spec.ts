// Each link option in the teacher notes does what its row says. The rows (and their example
// links) are read from the teacher page itself, so a documented option that stops working fails.
import { DESKTOP, expect, open, test } from './fixtures.ts';

test.use({ viewport: DESKTOP });

// One test, its parts named steps: each page the teacher notes lead to is opened once.
test('every documented link option does what the teacher notes say; unusable values are explained; the link builder makes a QR code', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, 'teachers.html');
  const rows = page.getByTestId('link-options').locator('tbody tr');
  const options = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute('data-option')!,
      example: tr.querySelector('td:last-child a')!.getAttribute('href')!,
    })),
  );
  expect(options.map((o) => o.key)).toEqual([
    'theme',
    'stage',
    'step',
    'hide',
    'lock',
    'advanced',
    'paper',
    'sheet',
    'v',
  ]);
  const checks: Record<string, () => Promise<void>> = {
    theme: async () => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
      await expect(page.getByRole('button', { name: 'Projector' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    },
    stage: async () => expect(page.locator('#predict-title')).toBeFocused(),
    step: async () => {
      const state = new URL(page.url()).searchParams.get('step')!;
      await expect(page.locator('.story-figure')).toHaveAttribute('data-state', state);
    },
    hide: async () => {
      await page.locator('#sandbox').scrollIntoViewIfNeeded();
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
      await expect(page.locator('#param-ballisticLaunchesPerMonth')).toHaveCount(0);
      await expect(page.locator('#param-interceptorsPerTarget')).toHaveCount(0);
    },
    lock: async () => {
      await page.locator('#sandbox').scrollIntoViewIfNeeded();
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
      await expect(page.locator('#param-japanExportPerYear')).toBeDisabled();
      // It says why, to the eye and to a screen reader.
      await expect(page.locator('#param-japanExportPerYear')).toHaveAccessibleDescription(
        /Fixed by the link to this page/,
      );
    },
    advanced: async () => {
      await page.locator('#sandbox').scrollIntoViewIfNeeded();
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
      await expect(page.locator('.sandbox__advanced')).toHaveCount(0);
    },
    paper: async () => {
      await expect(page.locator('html')).toHaveAttribute('data-paper', 'letter');
      await expect(page.locator('#ws-paper')).toHaveValue('letter');
    },
    sheet: async () => {
      await expect(page.locator('.worksheet')).toHaveAttribute('data-sheet', 'answers');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-sheets="student"]')).toBeHidden();
      await expect(page.locator('[data-sheets="answers"]')).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
    },
    v: async () => {
      await expect(page.locator('.ws-scenario')).toContainText('120 missiles a month');
    },
  };
  for (const option of options) {
    await open(page, option.example);
    await test.step(`${option.key}: ${option.example}`, checks[option.key]!);
  }
  // What a link kept for the tab (its theme) or a reader chose, forgotten: each step after this
  // starts as a new tab would.
  const forget = () =>
    page.evaluate(() => {
      sessionStorage.clear();
      localStorage.clear();
    });

  await test.step('unusable option values are explained, and the page still works', async () => {
    await forget();
    await open(page, 'classroom.html?stage=lunch&theme=neon');
    await expect(page.getByTestId('notices').first()).toBeVisible();
    await expect(page.locator('body')).toContainText('Classroom stage: “lunch” is not goals');
    await expect(page.locator('body')).toContainText('Theme: “neon” is not auto, light, dark or');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'neon');
    await open(page, 'worksheet.html?paper=A5&bl=9999');
    await expect(page.locator('html')).toHaveAttribute('data-paper', 'a4');
    await expect(page.locator('body')).toContainText('Paper: “A5” is not a4 or letter');
    await expect(page.locator('.ws-scenario')).toContainText('150 missiles a month');
  });

  await test.step('the link builder makes a QR code of the scenario it was opened with', async () => {
    await forget();
    await open(page, 'teachers.html?v=1&bl=120#qr');
    const link = page.getByTestId('built-link');
    await expect(link).toHaveValue(/index\.html\?v=1&.*bl=120.*#sandbox$/);
    await page.getByRole('checkbox', { name: 'Projector theme' }).check();
    await expect(link).toHaveValue(/theme=projector#sandbox$/);
    const qr = page.locator('#qr svg.qr');
    await expect(qr).toHaveAttribute('data-url', await link.inputValue());
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d/);
  });
});
