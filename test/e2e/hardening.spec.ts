// Robustness, privacy and recovery: nothing leaves the site, bad input and crashes never break
// the page, and the reader's scenario survives.
import type { Page } from '@playwright/test';
import { loadLedger } from '../../scripts/content/load.ts';
import { loadLinkCopy } from '../../scripts/content/links.ts';
import { loadSandboxStrings } from '../../scripts/content/sandbox-strings.ts';
import { parseScenario } from '../../src/links/url-state.ts';
import { describeHeadline } from '../../src/sandbox/describe.ts';
import { type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { EMBED_CHART_IDS } from '../../src/share/chart-ids.ts';
import { runs } from '../support/runs.ts';
import {
  DESKTOP,
  PHONE,
  expect,
  open,
  scrollToStep,
  stepStates,
  test,
  STORY_INLINE_SCRIPTS,
  untilInPage,
} from './fixtures.ts';
import { sandboxAwake } from './sandbox-site.ts';

const ledger = loadLedger('content');
const strings = loadSandboxStrings('content');
const SLIDERS = ledger.filter((p) => p.control !== 'fixed');
/** Only the scenario's values are compared here, not the notices' words. */
const LINK_COPY = loadLinkCopy('content');

async function openSandbox(page: Page, query = '') {
  await open(page, `${query}#sandbox`);
  await wakeSandbox(page);
}

/** On a story page already open: bring the sandbox on screen, wait for it, open its advanced sliders. */
async function wakeSandbox(page: Page) {
  await page.locator('#sandbox').scrollIntoViewIfNeeded();
  await untilInPage(page, sandboxAwake);
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
  await page.locator('.sandbox__advanced summary').click();
}

/**
 * The headline the model writes for a scenario, computed once per distinct scenario (the fuzz
 * loops below meet many scenarios more than once). The headline reads only the central run
 * (inputs, scenario and difference.central: src/sandbox/describe.ts), which the Monte Carlo
 * runs and their seed do not touch, so one run gives the very sentence the page shows.
 */
const headlines = new Map<string, string>();
function expectedHeadline(values: Partial<ParameterValues>, seed?: number): string {
  const key = JSON.stringify([values, seed]);
  let headline = headlines.get(key);
  if (headline === undefined) {
    headline = describeHeadline(simulate(ledger, values, { seed, runs: 1 }), strings);
    headlines.set(key, headline);
  }
  return headline;
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

test.describe('privacy', () => {
  // One walk through every view checks both: what leaves the site (requests, cookies) and what
  // the Content-Security-Policy says and blocks. Each page's policy is read as it is opened.
  test('no request leaves the site and nothing sets a cookie, in any view; every page carries a strict Content-Security-Policy and breaks none of it', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))
        foreign.push(url);
    });
    const violations: string[] = [];
    await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    /** Open a page and check its policy: scripts from the site only, nothing inline or eval'd. */
    const openChecked = async (path: string) => {
      await open(page, path);
      const csp = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(csp, `${path || 'story'}: its policy`).toContain("script-src 'self'");
      expect(csp, `${path || 'story'}: its policy`).not.toContain('unsafe-inline');
      expect(csp, `${path || 'story'}: its policy`).not.toContain('unsafe-eval');
    };
    await page.setViewportSize(DESKTOP);
    await openChecked('');
    const states = await stepStates(page);
    for (let i = 0; i < states.length; i += 3) await scrollToStep(page, i);
    await openSandbox(page);
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Winter barrage' }).click();
    await page.locator('#sandbox').getByRole('button', { name: 'Share or embed' }).first().click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    await page.keyboard.press('Escape');
    await openChecked('model.html');
    await page.getByRole('button', { name: /^Status/ }).click();
    await openChecked('corrections.html');
    // The classroom, the teacher notes (with the QR builder) and the worksheet, each also as
    // opened without a query.
    await openChecked('classroom.html');
    await page.getByRole('button', { name: "Reveal the model's answer" }).click();
    await openChecked('teachers.html');
    await openChecked('teachers.html?v=1&je=40#qr');
    await openChecked('worksheet.html');
    await openChecked('worksheet.html?paper=letter');
    // Every embed page, one of them with sliders that rerun the model.
    for (const chart of EMBED_CHART_IDS) await openChecked(`embed/${chart}.html`);
    await open(page, 'embed/ukraine.html?controls=je');
    await page.locator('#param-japanExportPerYear').press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });
});

test.describe('recovery', () => {
  test.use({ viewport: DESKTOP });

  // One page: the worker crashes first, then (on whichever thread runs the model by then) a
  // drawing error; each is a named step.
  test('a crashed worker is restarted and gets the latest inputs; an unexpected error shows a readable message and a working "Reset scenario"', async ({
    page,
  }) => {
    await openSandbox(page);
    await test.step('a crashed worker is restarted (or replaced by the main thread) and gets the latest inputs', async () => {
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', 'worker');
      // The page's worker reaches the test a moment after the page reports it: wait for it.
      await expect.poll(() => page.workers().length).toBeGreaterThan(0);
      const worker = page.workers()[0]!;
      await worker.evaluate(() => (self as unknown as { close: () => void }).close());
      const slider = page.locator('#param-ballisticLaunchesPerMonth');
      await slider.focus();
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('ArrowRight');
      const values = await sliderValues(page);
      await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true', {
        timeout: 15_000,
      });
      await expect(page.getByTestId('headline')).toHaveText(expectedHeadline(values));
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
    });

    await test.step('an unexpected error shows a readable message and a working "Reset scenario"', async () => {
      // Break number formatting from now on, as a bug deep in a chart would.
      await page.evaluate(() => {
        const original = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
        (window as unknown as { __restore: () => void }).__restore = () =>
          Object.defineProperty(Intl.NumberFormat.prototype, 'format', original);
        Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
          configurable: true,
          get() {
            throw new Error('Simulated failure while drawing');
          },
        });
      });
      await page.locator('#param-japanExportPerYear').focus();
      await page.keyboard.press('ArrowRight');
      const error = page.getByTestId('sandbox-error');
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute('role', 'alert');
      await expect(page.locator('body')).toContainText(
        'Something went wrong while drawing the sandbox',
      );
      // The rest of the page is still there.
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeAttached();
      await page.evaluate(() => (window as unknown as { __restore: () => void }).__restore());
      await error.getByRole('button', { name: 'Reset scenario' }).click();
      await expect(page.getByTestId('sandbox-error')).toHaveCount(0);
      await expect(page.locator('#param-japanExportPerYear')).toHaveValue('10');
      await expect(page.getByTestId('headline')).toHaveText(expectedHeadline({}));
    });
  });
});

test.describe('fuzzing', () => {
  test.use({ viewport: DESKTOP });

  // Sized by TEST_DEPTH (test/support/runs.ts): 300 cases when thorough, 30 when quick. The
  // parser and the model are fuzzed far harder in Node (test/unit); these check the page's wiring.
  // The timeouts allow a second a case: about ten times what a busy 2-core machine needs.
  const SEQUENCES = runs(300);

  const ADDRESSES = runs(400);

  // One page for both: the slider sequences, then the addresses (each address sets the whole
  // scenario, so where the sliders were left does not matter to it).
  test(`${SEQUENCES} random slider sequences and ${ADDRESSES} random addresses: never an uncaught error, always the model’s output`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + (SEQUENCES + ADDRESSES) * 1000);
    await openSandbox(page);
    await test.step(`${SEQUENCES} random slider sequences: the sandbox always ends on the model’s output for the final inputs`, async () => {
      const specs = Object.fromEntries(
        SLIDERS.map((p) => [p.id, { min: p.min, max: p.max, step: p.step }]),
      );
      const outcomes = await page.evaluate(
        async ({ specs, count }) => {
          let seed = 20261122;
          // A 32-bit linear congruential generator, exact in integer arithmetic (Math.imul).
          const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
          const ids = Object.keys(specs);
          const sandbox = document.getElementById('sandbox')!;
          /** Resolves once the sandbox says its result is complete (woken by its attribute). */
          const untilComplete = () =>
            new Promise<void>((done) => {
              if (sandbox.dataset.complete === 'true') return done();
              const watch = new MutationObserver(() => {
                if (sandbox.dataset.complete !== 'true') return;
                watch.disconnect();
                done();
              });
              watch.observe(sandbox, { attributes: true, attributeFilter: ['data-complete'] });
            });
          const out: { values: Record<string, number>; headline: string }[] = [];
          for (let sequence = 0; sequence < count; sequence++) {
            const length = 1 + Math.floor(rand() * 12);
            for (let i = 0; i < length; i++) {
              const id = ids[Math.floor(rand() * ids.length)]!;
              const spec = specs[id]!;
              const input = document.getElementById(`param-${id}`) as HTMLInputElement;
              const steps = Math.round((spec.max - spec.min) / spec.step);
              // Sometimes out of range or garbage, as a scripted page or a broken device might send.
              const roll = rand();
              input.value =
                roll < 0.05
                  ? 'NaN'
                  : roll < 0.1
                    ? String(spec.max * 10)
                    : String(spec.min + Math.floor(rand() * (steps + 1)) * spec.step);
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }
            // Let the page render the inputs, then wait for the worker's full result.
            await new Promise((r) => setTimeout(r, 0));
            await untilComplete();
            const values = Object.fromEntries(
              ids.map((id) => [
                id,
                Number((document.getElementById(`param-${id}`) as HTMLInputElement).value),
              ]),
            );
            out.push({
              values,
              headline: document.querySelector('[data-testid="headline"]')!.textContent!,
            });
          }
          return out;
        },
        { specs, count: SEQUENCES },
      );
      expect(outcomes).toHaveLength(SEQUENCES);
      const base = simulate(ledger, {}, { runs: 1 }).inputs;
      for (const { values, headline } of outcomes) {
        expect(headline).toBe(expectedHeadline({ ...base, ...values }));
      }
    });

    await test.step(`${ADDRESSES} random addresses (Back/Forward to them): never an uncaught error, always the model’s output`, async () => {
      const outcomes = await page.evaluate(async (count) => {
        let seed = 424242;
        // A 32-bit linear congruential generator, exact in integer arithmetic (Math.imul).
        const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
        const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
        const keys = [
          'v',
          'je',
          'bl',
          'it',
          'up',
          'us',
          'mo',
          'el',
          'jf',
          'uf',
          'uc',
          'od',
          'h',
          's',
          'view',
          'step',
          'hide',
          'lock',
          'advanced',
          'japanExportPerYear',
          'seed',
          '__proto__',
          'constructor',
          'JE',
          '%',
          '',
        ];
        const values = [
          '',
          '0',
          '1',
          '-1',
          '2.5',
          '15',
          '60',
          '150',
          '999',
          '1e309',
          '-0',
          'NaN',
          'Infinity',
          '0x1f',
          '%',
          '%00',
          '%E0%A4%A',
          '<img src=x onerror=alert(1)>',
          '"><script>',
          '9'.repeat(300),
          'je,bl',
          'ukraine',
          'unmet',
          'no-direct-route',
        ];
        const sandbox = document.getElementById('sandbox')!;
        /** Resolves once the sandbox says its result is complete (woken by its attribute). */
        const untilComplete = () =>
          new Promise<void>((done) => {
            if (sandbox.dataset.complete === 'true') return done();
            const watch = new MutationObserver(() => {
              if (sandbox.dataset.complete !== 'true') return;
              watch.disconnect();
              done();
            });
            watch.observe(sandbox, { attributes: true, attributeFilter: ['data-complete'] });
          });
        const out: { search: string; values: Record<string, number>; headline: string }[] = [];
        for (let i = 0; i < count; i++) {
          const n = Math.floor(rand() * 7);
          const query = Array.from({ length: n }, () => `${pick(keys)}=${pick(values)}`).join(
            pick(['&', '&&', ';', '&amp;']),
          );
          history.pushState(null, '', `?${query}#sandbox`);
          dispatchEvent(new PopStateEvent('popstate'));
          const search = location.search;
          await new Promise((r) => setTimeout(r, 0));
          await untilComplete();
          const ids = [
            ...document.querySelectorAll<HTMLInputElement>(
              '.sandbox input[type="range"][id^="param-"]',
            ),
          ].map((el) => el.id.replace('param-', ''));
          out.push({
            search,
            values: Object.fromEntries(
              ids.map((id) => [
                id,
                Number((document.getElementById(`param-${id}`) as HTMLInputElement).value),
              ]),
            ),
            headline: document.querySelector('[data-testid="headline"]')!.textContent!,
          });
        }
        return out;
      }, ADDRESSES);
      expect(outcomes).toHaveLength(ADDRESSES);
      // No link added a script: the inline scripts are the build's own.
      expect(await page.locator('script:not([src])').allTextContents()).toEqual(
        STORY_INLINE_SCRIPTS,
      );
      for (const { values, headline, search } of outcomes) {
        // The page read the address exactly as the shared parser does; its sliders (those shown)
        // and its headline are the model's output for that scenario.
        const { state } = parseScenario(search, ledger, { copy: LINK_COPY });
        for (const [id, value] of Object.entries(values))
          expect(value, search).toBe(state.values[id as keyof ParameterValues]);
        expect(headline, search).toBe(expectedHeadline(state.values, state.seed));
      }
    });
  });
});

test.describe('reflow', () => {
  // 400% zoom of a 1280 px window lays out like a 320 px one: both are the same 320 CSS px
  // layout, checked once (they were two tests doing the very same work).
  test('no sideways scrolling at 320 px wide, nor at 1280 px wide and 400% zoom (320 CSS px)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflowOf = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    // The story, then (on the same page) its sandbox awake with its advanced sliders open.
    await open(page, '');
    expect(await overflowOf(), 'story').toBeLessThanOrEqual(0);
    await wakeSandbox(page);
    expect(await overflowOf(), 'sandbox').toBeLessThanOrEqual(0);
    for (const path of [
      'model.html',
      'corrections.html',
      'classroom.html',
      'teachers.html',
      'worksheet.html',
      'embed/ukraine.html?controls=je,bl',
      'embed/flow.html',
    ]) {
      await open(page, path);
      expect(await overflowOf(), path).toBeLessThanOrEqual(0);
    }
  });
});

test('the sandbox summarises itself for screen readers', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openSandbox(page);
  const summary = page.getByTestId('summary');
  await expect(summary).toContainText('The model follows Patriot interceptors month by month');
  await expect(page.locator('#sandbox')).toHaveAttribute('aria-describedby', 'sandbox-summary');
});
