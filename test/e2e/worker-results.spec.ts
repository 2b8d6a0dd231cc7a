// A model worker that answers nonsense (issue 13 item 12): the page checks every result, drops
// the worker after one warning and runs the model itself; the sandbox keeps working.
import type { Page } from '@playwright/test';
import { loadLedger } from '../../scripts/content/load.ts';
import { loadSandboxStrings } from '../../scripts/content/sandbox-strings.ts';
import { describeHeadline } from '../../src/sandbox/describe.ts';
import { type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { DESKTOP, expect, test, open, untilInPage } from './fixtures.ts';
import { sandboxAwake } from './sandbox-site.ts';

const ledger = loadLedger('content');
const strings = loadSandboxStrings('content');
const SLIDERS = ledger.filter((p) => p.control !== 'fixed');

async function openSandbox(page: Page) {
  await open(page, '#sandbox');
  await page.locator('#sandbox').scrollIntoViewIfNeeded();
  await untilInPage(page, sandboxAwake);
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
}

async function sliderValues(page: Page): Promise<ParameterValues> {
  const pairs = await page.evaluate(
    (ids) =>
      ids.map((id) => [
        id,
        Number((document.getElementById(`param-${id}`) as HTMLInputElement).value),
      ]),
    SLIDERS.map((p) => p.id),
  );
  return { ...simulate(ledger, {}, { runs: 1 }).inputs, ...Object.fromEntries(pairs) };
}

test.use({ viewport: DESKTOP });

test('a worker that answers nonsense is dropped: the page runs the model and shows its output', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  await openSandbox(page);
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', 'worker');
  // From now on every answer the worker sends is corrupted on its way out: an event of a kind
  // the page has never heard of, and a series cut short.
  // Playwright may learn of the worker a moment after the page has: wait until it has.
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  const worker = page.workers()[0]!;
  await worker.evaluate(() => {
    const scope = self as unknown as { postMessage: (m: unknown, t?: unknown) => void };
    const send = scope.postMessage.bind(scope);
    scope.postMessage = (message: unknown, transfer?: unknown) => {
      const reply = message as {
        value?: { events?: unknown[]; scenario?: { months: string[] } };
      };
      if (reply?.value?.events) {
        reply.value.events.push({ kind: 'nonsense', month: -1 });
        reply.value.scenario!.months.pop();
      }
      send(message, transfer as Transferable[]);
    };
  });
  const slider = page.locator('#param-ballisticLaunchesPerMonth');
  await slider.focus();
  for (const key of ['Shift+ArrowRight', 'ArrowRight', 'ArrowLeft', 'Shift+ArrowRight']) {
    await page.keyboard.press(key);
  }
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', 'main-thread', {
    timeout: 15_000,
  });
  await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
  const values = await sliderValues(page);
  await expect(page.getByTestId('headline')).toHaveText(
    describeHeadline(simulate(ledger, values), strings),
  );
  await expect(page.getByTestId('mode')).toHaveText('on the page');
  // The sandbox keeps working on the page's own thread after the worker is gone.
  await page.keyboard.press('ArrowLeft');
  const next = await sliderValues(page);
  await expect(page.getByTestId('headline')).toHaveText(
    describeHeadline(simulate(ledger, next), strings),
  );
  expect(warnings.filter((w) => /malformed result/.test(w))).toHaveLength(1);
});
