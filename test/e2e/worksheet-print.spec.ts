// The worksheet printed to PDF by Chromium, on A4 and on US Letter: page size, page count, the
// text on the pages (poppler's pdftotext), and a page rendered as an image (pdftoppm) to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { expect, open, test } from './fixtures.ts';

const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [
    '-layout',
    ...(page ? ['-f', String(page), '-l', String(page)] : []),
    file,
    '-',
  ]).toString();
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file]).toString();

test('the worksheet prints on A4 and US Letter without losing a page or cutting a chart', async ({
  page,
}) => {
  test.setTimeout(60_000);
  mkdirSync('test-results/pdf', { recursive: true });
  const counts: number[] = [];
  for (const [paper, size] of [
    ['a4', /pts \(A4\)/],
    ['letter', /612 x 792 pts \(letter\)/],
  ] as const) {
    await open(page, `worksheet.html?v=1&bl=120&paper=${paper}`);
    const file = `test-results/pdf/worksheet-${paper}.pdf`;
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const info = pdfInfo(file);
    expect(info).toMatch(size);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    counts.push(pages);
    const text = pdfText(file);
    for (const words of [
      'Backfill worksheet',
      'Part 1. Predict',
      "Part 2. The model's answer",
      'Part 3. Scenario tasks',
      'How five reports told one story',
      'Exit question',
      '120 missiles a month',
    ])
      expect(text, words).toContain(words);
    // Each part starts its own page; each chart is whole on page 2.
    expect(pdfText(file, 1)).toContain('Part 1. Predict');
    const two = pdfText(file, 2);
    expect(two).toContain("Part 2. The model's answer");
    expect(two).toContain("Ukraine's defence");
    expect(two).toContain('Ballistic missiles Ukraine could not engage');
    expect(two).toMatch(/2024[\s\S]*2025[\s\S]*2026/);
    expect(pdfText(file, 3)).toContain('Part 3. Scenario tasks');
    // No page of the worksheet is left empty.
    for (let p = 1; p <= pages; p++)
      expect(pdfText(file, p).trim().length, `page ${p}`).toBeGreaterThan(20);
  }
  expect(counts[0]).toBe(counts[1]);
  // Page 2 as a picture, to look at (test-results/pdf/worksheet-page-2.png).
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '2',
    '-l',
    '2',
    '-singlefile',
    'test-results/pdf/worksheet-a4.pdf',
    'test-results/pdf/worksheet-page-2',
  ]);
  expect(statSync('test-results/pdf/worksheet-page-2.png').size).toBeGreaterThan(10_000);
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
