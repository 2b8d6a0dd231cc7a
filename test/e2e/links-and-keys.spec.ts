// Issue 13, item 15, in the browser: the ledger explains the short link keys (and its example
// works); an old-format link gets a plain sentence; and after a scenario opened from a link,
// the screen-reader sentence for a slider move is measured against that scenario.
import { loadContent } from '../../scripts/content/load.ts';
import { describeChange } from '../../src/sandbox/describe.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED, simulate } from '../../workers/stockpile/simulate.ts';
import { DESKTOP, expect, open, test } from './fixtures.ts';

const loaded = loadContent('content');
if (!loaded.ok) throw new Error(loaded.problems.format());
const ledger = loaded.content.parameters;
const strings = loaded.content.sandboxStrings;

test.use({ viewport: DESKTOP });

test('the ledger names every link key, and its example link sets what it says', async ({
  page,
}) => {
  await open(page, 'model.html');
  const table = page.locator('#ledger table');
  await expect(table.locator('thead th').nth(1)).toContainText('Link key');
  const keys = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.id.replace(/^param-|-row$/g, ''),
      key: row.querySelector('.ledger__key')?.textContent?.trim(),
    })),
  );
  expect(keys).toEqual(ledger.map((p) => ({ id: p.id, key: p.short })));
  const explained = page.locator('#ledger-keys');
  await expect(explained).toContainText('link key');
  const example = (await explained.locator('code').textContent())!;
  expect(example).toMatch(/^\?[a-z0-9]+=[\d.]+&[a-z0-9]+=[\d.]+$/);
  // The example is a working link: the sandbox opens with those values.
  await open(page, `${example}#sandbox`);
  for (const [key, value] of new URLSearchParams(example)) {
    const spec = ledger.find((p) => p.short === key)!;
    await expect(page.locator(`#param-${spec.id}`)).toHaveValue(value);
  }
});

test('an old-format link opens with a plain sentence, not a note about link formats', async ({
  page,
}) => {
  await open(page, '?japanExportPerYear=20&seed=3#sandbox');
  const notice = page.locator('#sandbox').getByTestId('notices');
  await expect(notice).toHaveText(
    /^\s*This link was made by an earlier version of Backfill, and it opens the same scenario as it did then\.\s*Dismiss\s*$/,
  );
  await expect(notice).not.toContainText(/format/i);
  await expect(page.locator('#param-japanExportPerYear')).toHaveValue('20');
});

test('after a scenario from a link, a slider move is described against that scenario', async ({
  page,
}) => {
  const spec = ledger.find((p) => p.id === 'ballisticLaunchesPerMonth')!;
  const link = { ...defaultValues(ledger), ballisticLaunchesPerMonth: spec.max };
  await open(page, `?v=1&${spec.short}=${spec.max}#sandbox`);
  const slider = page.locator(`#param-${spec.id}`);
  await expect(slider).toHaveValue(String(spec.max));
  await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
  await slider.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  const moved = spec.max - 10 * spec.step;
  await expect(slider).toHaveValue(String(moved));
  const before = simulate(ledger, link, { seed: DEFAULT_SEED });
  const after = simulate(
    ledger,
    { ...link, ballisticLaunchesPerMonth: moved },
    { seed: DEFAULT_SEED },
  );
  await expect(page.getByTestId('announcer')).toHaveText(
    describeChange(before, after, spec, strings),
  );
});
