// The worksheet printed to PDF by Chromium, on A4 and on US Letter: page size, page count, the
// text on the pages, and a page drawn as an image to look at, all read with pdf.js (./pdf.ts).
import { mkdirSync } from 'node:fs';
import { expect, open, test } from './fixtures.ts';
import { pdfPageToPng, readPdf } from './pdf.ts';

test('the worksheet prints on A4 and US Letter without losing a page or cutting a chart', async ({
  page,
}) => {
  test.setTimeout(60_000);
  mkdirSync('test-results/pdf', { recursive: true });
  const counts: number[] = [];
  for (const [paper, size] of [
    // In points: A4 is 210 × 297 mm, US Letter 8.5 × 11 inches.
    ['a4', { width: 595.28, height: 841.89 }],
    ['letter', { width: 612, height: 792 }],
  ] as const) {
    await open(page, `worksheet.html?v=1&bl=120&paper=${paper}`);
    const file = `test-results/pdf/worksheet-${paper}.pdf`;
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const pages = await readPdf(file);
    for (const [i, p] of pages.entries()) {
      expect(p.width, `${paper} page ${i + 1} width`).toBeCloseTo(size.width, 0);
      expect(p.height, `${paper} page ${i + 1} height`).toBeCloseTo(size.height, 0);
    }
    counts.push(pages.length);
    const text = pages.map((p) => p.text).join('\n');
    for (const words of [
      'Backfill worksheet',
      'Part 1. Predict',
      'Part 3. Scenario tasks',
      'How five reports told one story',
      'Exit question',
      '120 missiles a month',
    ])
      expect(text, words).toContain(words);
    // Each part starts its own page. This is the student sheet: the model's answer (Part 2) is
    // the answer sheet, printed apart (worksheet-sheets.spec.ts).
    expect(pages[0]!.text).toContain('Part 1. Predict');
    expect(pages[1]!.text).toContain('Part 3. Scenario tasks');
    // No page of the worksheet is left empty.
    for (const [i, p] of pages.entries())
      expect(p.text.trim().length, `page ${i + 1}`).toBeGreaterThan(20);
  }
  expect(counts[0]).toBe(counts[1]);
  // Page 1 as a picture, to look at (test-results/pdf/worksheet-page-1.png).
  const bytes = await pdfPageToPng(
    'test-results/pdf/worksheet-a4.pdf',
    1,
    'test-results/pdf/worksheet-page-1.png',
  );
  expect(bytes).toBeGreaterThan(10_000);
});

test('the story prints a graphic for every step', async ({ page }) => {
  await open(page, '');
  await expect(page.locator('.step__print')).toHaveCount(0);
  const steps = await page.locator('.step[data-step]').count();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.step__print')).toHaveCount(steps);
  await expect(page.locator('.step__print').first()).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
});
