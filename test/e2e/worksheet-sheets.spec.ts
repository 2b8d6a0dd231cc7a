// Issue 13, item 14: a worksheet made for paper. The student sheet and the answer sheet are
// printed apart (two buttons, or ?sheet=), so double-sided printing never puts the model's
// answer on the back of the prediction page; each task has its own QR code; the sketch grid has
// horizontal guides and the answer chart's scale. PDF text is read through ./pdf.ts (readPdf).
import { mkdirSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, open, test, untilInPage } from './fixtures.ts';
import { pdfPageToPng, readPdf } from './pdf.ts';

const SCENARIO = 'v=1&bl=120';
/** Words only the answer sheet may carry. */
const ANSWER_WORDS = [
  "Part 2. The model's answer",
  'Ballistic missiles Ukraine could not engage',
  'a modelled scenario, not a fact',
];
/** Words only the student sheet may carry. */
const STUDENT_WORDS = [
  'Part 1. Predict',
  'Part 3. Scenario tasks',
  'How five reports told one story',
];

async function printPdf(page: Page, path: string, name: string) {
  mkdirSync('test-results/pdf', { recursive: true });
  await open(page, path);
  const file = `test-results/pdf/${name}.pdf`;
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return readPdf(file);
}

// The student sheet is printed once per paper size; what worksheet-print.spec.ts and this file
// check on it are named steps of one test.
test('the student sheet prints on A4 and US Letter without the answer, without losing a page or cutting a chart', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const counts: number[] = [];
  for (const [paper, size] of [
    // In points: A4 is 210 × 297 mm, US Letter 8.5 × 11 inches.
    ['a4', { width: 595.28, height: 841.89 }],
    ['letter', { width: 612, height: 792 }],
  ] as const) {
    const pages = await printPdf(
      page,
      `worksheet.html?${SCENARIO}&paper=${paper}`,
      `worksheet-student-${paper}`,
    );
    const text = pages.map((p) => p.text).join('\n');
    await test.step(`the student sheet prints without the answer (${paper})`, () => {
      for (const words of STUDENT_WORDS) expect(text, words).toContain(words);
      for (const words of ANSWER_WORDS) expect(text, words).not.toContain(words);
      // The prediction is page 1; its back (page 2) holds the tasks, never the answer.
      expect(pages[0]!.text).toContain('Part 1. Predict');
      expect(pages[1]!.text).toContain('Part 3. Scenario tasks');
    });
    await test.step(`the worksheet prints on ${paper} without losing a page or cutting a chart`, () => {
      for (const [i, p] of pages.entries()) {
        expect(p.width, `${paper} page ${i + 1} width`).toBeCloseTo(size.width, 0);
        expect(p.height, `${paper} page ${i + 1} height`).toBeCloseTo(size.height, 0);
      }
      counts.push(pages.length);
      for (const words of [
        'Backfill worksheet',
        'Part 1. Predict',
        'Part 3. Scenario tasks',
        'How five reports told one story',
        'Exit question',
        '120 missiles a month',
      ])
        expect(text, words).toContain(words);
      // Each part starts its own page. This is the student sheet: the model's answer (Part 2)
      // is the answer sheet, printed apart.
      expect(pages[0]!.text).toContain('Part 1. Predict');
      expect(pages[1]!.text).toContain('Part 3. Scenario tasks');
      // No page of the worksheet is left empty.
      for (const [i, p] of pages.entries())
        expect(p.text.trim().length, `page ${i + 1}`).toBeGreaterThan(20);
    });
  }
  await test.step('A4 and US Letter have as many pages; page 1 drawn as a picture', async () => {
    expect(counts[0]).toBe(counts[1]);
    // Page 1 as a picture, to look at (test-results/pdf/worksheet-page-1.png).
    const bytes = await pdfPageToPng(
      'test-results/pdf/worksheet-student-a4.pdf',
      1,
      'test-results/pdf/worksheet-page-1.png',
    );
    expect(bytes).toBeGreaterThan(10_000);
  });
});

test.describe('the worksheet’s two sheets on paper', () => {
  for (const paper of ['a4', 'letter'] as const) {
    test(`the answer sheet prints on its own (${paper})`, async ({ page }) => {
      const pages = await printPdf(
        page,
        `worksheet.html?${SCENARIO}&paper=${paper}&sheet=answers`,
        `worksheet-answers-${paper}`,
      );
      const text = pages.map((p) => p.text).join('\n');
      for (const words of ANSWER_WORDS) expect(text, words).toContain(words);
      for (const words of STUDENT_WORDS) expect(text, words).not.toContain(words);
      // Both charts whole on the first page, with their years, and the scenario named on it.
      expect(pages[0]!.text).toContain("Ukraine's ready interceptors");
      expect(pages[0]!.text).toContain('Ballistic missiles Ukraine could not engage');
      expect(pages[0]!.text).toMatch(/2024[\s\S]*2025[\s\S]*2026/);
      expect(pages[0]!.text).toContain('120 missiles a month');
      // One sheet of paper, so nothing of it lands on the back of anything else.
      expect(pages).toHaveLength(1);
    });
  }
});

test('a link with an unknown sheet prints the student sheet and says so', async ({ page }) => {
  await open(page, `worksheet.html?${SCENARIO}&sheet=teacher`);
  await expect(page.getByTestId('notices')).toContainText(
    'Sheet: “teacher” is not student or answers',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-sheets="answers"]')).toBeHidden();
  await expect(page.locator('[data-sheets="student"]')).toBeVisible();
});

test('each task has its own QR code, carrying its own link; the toolbar prints each sheet with its own button', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __printed: string[] };
    w.__printed = [];
    // What would be printed: the sheet the worksheet has chosen when Print is called.
    window.print = () => {
      w.__printed.push(document.querySelector<HTMLElement>('.worksheet')!.dataset.sheet ?? '');
    };
  });
  await open(page, `worksheet.html?${SCENARIO}`);

  await test.step('each task has its own QR code, carrying its own link', async () => {
    // Every task's code drawn, then all of them read in one round trip.
    await untilInPage(page, () =>
      [...document.querySelectorAll('.ws-task')].every(
        (t) => t.querySelectorAll('svg.qr').length === 1,
      ),
    );
    const tasks = await page.locator('.ws-task').evaluateAll((els) =>
      els.map((task) => ({
        codes: task.querySelectorAll('svg.qr').length,
        url: task.querySelector('svg.qr')?.getAttribute('data-url') ?? null,
        printed: task.querySelector('.ws-url')?.textContent ?? null,
      })),
    );
    const count = tasks.length;
    expect(count).toBeGreaterThanOrEqual(3);
    const urls: string[] = [];
    for (const [i, task] of tasks.entries()) {
      expect(task.codes, `task ${i + 1}: QR codes`).toBe(1);
      const url = task.url!;
      // The code carries the link printed beside it.
      expect(task.printed, `task ${i + 1}: printed link`).toBe(url);
      expect(url).toMatch(/^https?:\/\/.+#sandbox$/);
      urls.push(url);
    }
    expect(new Set(urls).size).toBe(count);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ws-task').first().locator('svg.qr')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('the toolbar prints each sheet with its own button', async () => {
    const printed = () =>
      page.evaluate(() => (window as unknown as { __printed: string[] }).__printed);
    await page.getByRole('button', { name: 'Print the answer sheet' }).click();
    await expect.poll(printed).toEqual(['answers']);
    await expect(page).toHaveURL(/sheet=answers/);
    await page.getByRole('button', { name: 'Print the student sheet' }).click();
    await expect.poll(printed).toEqual(['answers', 'student']);
    await expect(page).toHaveURL(/sheet=student/);
    // In print, only the chosen sheet is laid out.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-sheets="student"]')).toBeVisible();
    await expect(page.locator('[data-sheets="answers"]')).toBeHidden();
  });
});

test('the sketch grid has horizontal guides and the answer chart’s scale', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 1000 });
  await open(page, `worksheet.html?${SCENARIO}`);
  const read = (selector: string) =>
    page.locator(selector).evaluate((svg) => {
      const top = svg.getBoundingClientRect().top;
      const ticks = [...svg.querySelectorAll('text')]
        .filter((t) => /^[\d,]+$/.test((t.textContent ?? '').trim()))
        .filter((t) => t.getAttribute('text-anchor') === 'end')
        // The x axis's last date may also end-anchor (so it stays inside); it is no y tick.
        .filter((t) => !t.classList.contains('ts__xtick'))
        .map((t) => ({
          value: (t.textContent ?? '').trim(),
          y: t.getBoundingClientRect().top - top,
        }));
      const guides = [...svg.querySelectorAll('line')].filter(
        (l) => l.getAttribute('y1') === l.getAttribute('y2'),
      ).length;
      return { width: Math.round(svg.getBoundingClientRect().width), ticks, guides };
    });
  const sketch = await read('.ws-sketch svg');
  const answer = await read('[data-sheets="answers"] [data-chart="ukraine"] svg.ts__svg');
  expect(sketch.ticks.length).toBeGreaterThanOrEqual(3);
  // The same values at the same heights (to a pixel), on a plot of the same width.
  expect(sketch.ticks.map((t) => t.value)).toEqual(answer.ticks.map((t) => t.value));
  sketch.ticks.forEach((t, i) =>
    expect(Math.abs(t.y - answer.ticks[i]!.y), `tick ${t.value}`).toBeLessThanOrEqual(1),
  );
  expect(sketch.width).toBe(answer.width);
  // A guide at every value, and one halfway between each two.
  expect(sketch.guides).toBeGreaterThanOrEqual(2 * sketch.ticks.length - 1);
});
