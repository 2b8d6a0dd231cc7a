// The classroom view, teacher notes and worksheet in a real browser: the prediction done with
// the keyboard only, ?stage=, and axe in the light, dark and projector themes.
import { type Page } from '@playwright/test';
import {
  DESKTOP,
  PHONE,
  expect,
  nextFrames,
  open,
  screenshot,
  test,
  violationsOf,
} from './fixtures.ts';
import { misalignedColumns } from './tables.ts';

test('a student predicts and reveals with the keyboard only', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page, 'classroom.html');
  const first = page.locator('#guess-0');
  // Tab from the worksheet link under the scenario menu to the first point of the line.
  await page.getByRole('link', { name: 'Printable worksheet for this scenario' }).focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const start = Number(await first.inputValue());
  const step = Number(await first.getAttribute('step'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveValue(String(start + 2 * step));
  await page.keyboard.press('Shift+ArrowUp');
  await expect(first).toHaveValue(String(start + 12 * step));
  await expect(first).toHaveAttribute('aria-valuetext', /ready interceptors on 1 July 2024/);
  // The next point, then the run-out month: Shift moves six months.
  await page.keyboard.press('Tab');
  await expect(page.locator('#guess-1')).toBeFocused();
  await page.keyboard.press('Shift+ArrowDown');
  await page.locator('#guess-runout').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.locator('#guess-runout')).toHaveAttribute('aria-valuetext', 'July 2026');
  await page.keyboard.press('Tab');
  const reveal = page.getByRole('button', { name: "Reveal the model's answer" });
  await expect(reveal).toBeFocused();
  await page.keyboard.press('Enter');
  const announcer = page.getByTestId('predict-announcer');
  await expect(announcer).toContainText('You guessed July 2026');
  await expect(announcer).toContainText("later than the model's central run");
  await expect(page.getByTestId('reveal')).toContainText('a modelled scenario, not a fact');
  await expect(page.getByTestId('reveal').locator('tbody tr')).toHaveCount(7);
  const again = page.getByRole('button', { name: 'Try again' });
  await expect(again).toBeFocused();
  await screenshot(page, 'classroom-revealed-1440');
  await page.keyboard.press('Enter');
  await expect(reveal).toBeFocused();
  await expect(page.locator('#guess-0')).toHaveValue(String(start));
});

test('the prediction runs at the scenario in the link', async ({ page }) => {
  await open(page, 'classroom.html?v=1&bl=20&stage=predict');
  await expect(page.locator('#predict-scenario')).toHaveValue('link');
  await expect(page.locator('#predict-title')).toBeFocused();
  await page.getByRole('button', { name: "Reveal the model's answer" }).click();
  await expect(page.getByTestId('predict-announcer')).toContainText('and so they do');
});

// The light and dark themes share each page: scanned in the light scheme, then switched to the
// dark (as the OS would; the auto theme follows it) and scanned again. The projector theme comes
// from the link, so it opens its own pages.
for (const themes of [['light', 'dark'], ['projector']] as const) {
  test(`axe finds no violation in the classroom, teacher and worksheet views (${themes.join(', ')})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    const query = themes[0] === 'projector' ? '?theme=projector' : '';
    for (const [path, viewport] of [
      ['classroom.html', DESKTOP],
      ['teachers.html', DESKTOP],
      ['worksheet.html', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, `${path}${query}`);
      if (path === 'classroom.html') {
        await page.getByRole('button', { name: "Reveal the model's answer" }).click();
        await expect(page.getByTestId('reveal')).toBeVisible();
      }
      for (const theme of themes) {
        if (theme === 'dark') {
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(
            await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
            'the page in the dark scheme',
          ).toBe(true);
          // The page's own listeners have answered and it has been drawn.
          await nextFrames(page);
        }
        expect(await violationsOf(page), `${path} (${theme})`).toEqual([]);
        await screenshot(page, `${path.replace('.html', '')}-${theme}-${viewport.width}`);
      }
    }
  });
}

test('the classroom view reads well on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'classroom.html?stage=media');
  await expect(page.locator('#media-title')).toBeFocused();
  await screenshot(page, 'classroom-media-360');
  // Nothing is wider than the screen except the tables, which scroll inside their own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(360);
  // The scenario menu (its longest preset name) stays inside the page's column.
  const column = (await page.locator('#predict').boundingBox())!;
  const menu = (await page.locator('#predict-scenario').boundingBox())!;
  expect(menu.x + menu.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
});

// A fresh-eyes test on a projector: the prediction's scale was 0–600 for a stock that starts at
// 60 and runs out, so every guess and the model's line sat in the bottom tenth.
/** How high the revealed answer reaches on the classroom's chart, as a share of its value axis. */
async function answerReach(page: Page) {
  return page.locator('.predict__svg').evaluate((svg) => {
    const grid = [...svg.querySelectorAll('.predict__grid')].map((l) =>
      Number(l.getAttribute('y1')),
    );
    const ticks = [...svg.querySelectorAll('.predict__tick')].map((t) =>
      Number((t.textContent ?? '').replace(/,/g, '')),
    );
    const top = Math.min(...grid);
    const bottom = Math.max(...grid);
    const box = (selector: string) => svg.querySelector<SVGGraphicsElement>(selector)!.getBBox();
    const start = Number(svg.querySelector('.predict__start-dot')!.getAttribute('cy'));
    const highest = Math.min(box('.predict__band').y, box('.predict__model').y, start);
    return { reach: (bottom - highest) / (bottom - top), ticks };
  });
}

/** Reveal the model's answer. */
async function reveal(page: Page) {
  await page.getByRole('button', { name: "Reveal the model's answer" }).click();
  await expect(page.getByTestId('reveal')).toBeVisible();
}

/** The revealed answer fills the value axis, whose ticks are round, the top one `guessTop`. */
async function valueAxisFits(page: Page, guessTop: number) {
  await expect(page.getByTestId('reveal')).toBeVisible();
  const { reach, ticks } = await answerReach(page);
  // The answer (its start, central run and 90% range) fills more than half the axis, and
  // nothing leaves it.
  expect(reach, 'share of the axis the answer reaches').toBeGreaterThan(0.5);
  expect(reach).toBeLessThanOrEqual(1.001);
  // Round ticks from 0, evenly spaced (1, 2 or 5 times a power of ten), the top one the most
  // a guess can be.
  const step = ticks[1]! - ticks[0]!;
  expect(ticks[0]).toBe(0);
  ticks.forEach((t, i) => expect(t).toBe(i * step));
  expect([1, 2, 5]).toContain(step / 10 ** Math.floor(Math.log10(step)));
  expect(ticks.at(-1)).toBe(guessTop);
}

/** The chart's width and reach, measured on the open page before and after Reveal (revealing). */
async function widthKept(page: Page) {
  const measure = () =>
    page.locator('.predict__draw').evaluate((box) => {
      const svg = box.querySelector<SVGSVGElement>('.predict__svg')!;
      const columns = [...svg.querySelectorAll('.predict__column')];
      const last = columns.at(-1)!.getBoundingClientRect().right;
      const frame = svg.getBoundingClientRect();
      return {
        box: box.clientWidth,
        svg: Math.round(frame.width),
        // Where the last date is drawn, as a share of the chart's width.
        reach: (last - frame.left) / frame.width,
      };
    });
  const before = await measure();
  await reveal(page);
  const after = await measure();
  expect(after.svg).toBe(before.svg);
  expect(after.svg).toBeGreaterThanOrEqual(before.box - 2);
  expect(after.reach).toBeGreaterThan(0.85);
  expect(after.reach).toBeLessThanOrEqual(1);
}

/** Every data table of the classroom (revealed already, on the open page), teacher notes and
 *  worksheet. */
async function tablesAlign(page: Page) {
  await expect(page.getByTestId('reveal').locator('tbody tr')).toHaveCount(7);
  expect(await misalignedColumns(page), 'classroom.html').toEqual([]);
  for (const path of ['teachers.html', 'worksheet.html?v=1&bl=120']) {
    await open(page, path);
    expect(await misalignedColumns(page), path).toEqual([]);
  }
}

/** No words of the revealed chart overlap, run off it or sit on its plot. */
async function wordsClear(page: Page) {
  await expect(page.getByTestId('reveal')).toBeVisible();
  const problems = await page.locator('.predict__svg').evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('text')].flatMap((t) => {
      const parts = t.querySelectorAll('tspan');
      return (parts.length ? [...parts] : [t]).map((el) => {
        const r = el.getBoundingClientRect();
        return {
          what: (el.textContent ?? '').trim(),
          // Lines of one label (its tspans) may touch; two labels may not.
          text: t as Element,
          r,
        };
      });
    });
    const grid = [...svg.querySelectorAll('.predict__grid')].map(
      (l) => l.getBoundingClientRect().top,
    );
    const plotTop = Math.min(...grid);
    const plotBottom = Math.max(...grid);
    // The picture is the chart's box: its container clips what runs past it.
    const picture = svg.parentElement!.getBoundingClientRect();
    const out: string[] = [];
    // The key (a list beside the axis title, or under the chart where that has no room): off
    // the plot, inside the chart's width, and clear of every other word.
    const key = [...svg.parentElement!.parentElement!.querySelectorAll('.predict__key li')];
    if (key.length !== 2) out.push(`the key has ${key.length} items`);
    for (const item of key) {
      const r = item.getBoundingClientRect();
      if (r.bottom > plotTop && r.top < plotBottom)
        out.push(`the key "${item.textContent}" sits on the plot`);
      boxes.push({ what: (item.textContent ?? '').trim(), text: item, r });
    }
    for (const [i, a] of boxes.entries()) {
      if (a.r.left < picture.left - 1 || a.r.right > picture.right + 1)
        out.push(`"${a.what}" runs off the chart`);
      for (const b of boxes.slice(i + 1))
        if (
          a.text !== b.text &&
          a.r.left < b.r.right &&
          b.r.left < a.r.right &&
          a.r.top < b.r.bottom &&
          b.r.top < a.r.bottom
        )
          out.push(`"${a.what}" × "${b.what}"`);
    }
    return out;
  });
  expect(problems).toEqual([]);
}

const AXIS_FITS = (what: string) => `the prediction's value axis fits ${what}`;
const WIDTH_KEPT = (name: string) => `the prediction chart keeps its width after Reveal on ${name}`;
const WORDS_CLEAR = (name: string) =>
  `no words of the revealed prediction chart overlap, run off it, or sit on its plot, on ${name}`;
const TABLES_ALIGN =
  'every data table aligns its headers with its numbers (classroom, teacher notes, worksheet)';

// Checks that open the same page at the same size share it, one named step each (the page is
// read before Reveal, then revealed once).
const PROJECTOR = 'a projector (1280×720, projector theme)';
test(`${AXIS_FITS('the default scenario (it runs out)')}; ${WIDTH_KEPT(PROJECTOR)}; ${WORDS_CLEAR(PROJECTOR)}`, async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'classroom.html?stage=predict&theme=projector');
  // Before Reveal: the guess's top (the axis) and the chart's width; then both after it.
  const guessTop = Number(await page.locator('#guess-0').getAttribute('max'));
  await test.step(WIDTH_KEPT(PROJECTOR), () => widthKept(page));
  await test.step(AXIS_FITS('the default scenario (it runs out)'), () =>
    valueAxisFits(page, guessTop),
  );
  await test.step(WORDS_CLEAR(PROJECTOR), () => wordsClear(page));
});

for (const [what, query] of [
  ['a heavy barrage (it runs out at once)', 'v=1&bl=120&stage=predict'],
  ['a light pace of attack (the stock grows)', 'v=1&bl=20&stage=predict'],
] as const) {
  test(AXIS_FITS(what), async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, `classroom.html?${query}&theme=projector`);
    const guessTop = Number(await page.locator('#guess-0').getAttribute('max'));
    await reveal(page);
    await valueAxisFits(page, guessTop);
  });
}

const DESKTOP_NAME = 'a desktop (1440×900)';
test(`${WIDTH_KEPT(DESKTOP_NAME)}; ${TABLES_ALIGN}`, async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page, 'classroom.html?stage=predict');
  await test.step(WIDTH_KEPT(DESKTOP_NAME), () => widthKept(page));
  await test.step(TABLES_ALIGN, () => tablesAlign(page));
});

const PHONE_NAME = 'a phone (360×780)';
test(`${WIDTH_KEPT(PHONE_NAME)}; ${WORDS_CLEAR(PHONE_NAME)}`, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, 'classroom.html?stage=predict');
  await test.step(WIDTH_KEPT(PHONE_NAME), () => widthKept(page));
  await test.step(WORDS_CLEAR(PHONE_NAME), () => wordsClear(page));
});

for (const [name, viewport, query] of [
  ['a tablet (640×900)', { width: 640, height: 900 }, ''],
  ['a phone in the projector theme (360×780)', { width: 360, height: 780 }, '&theme=projector'],
  ['a desktop in the projector theme (1024×768)', { width: 1024, height: 768 }, '&theme=projector'],
] as const) {
  test(WORDS_CLEAR(name), async ({ page }) => {
    await page.setViewportSize(viewport);
    await open(page, `classroom.html?stage=predict${query}`);
    await reveal(page);
    await wordsClear(page);
  });
}
