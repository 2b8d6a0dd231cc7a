// A teacher printed the worksheet and found: the sketch grid and the answer chart on a 0–600
// scale for a stock that starts at 60 (everything in the bottom tenth); the sketch squeezed on
// paper, its dates on top of each other; the tasks without their "What to do" steps; and the
// student sheet jumping from Part 1 to Part 3. Each is checked here on the printed PDF (read
// with pdf.js, ./pdf.ts) or on the page.
import { mkdirSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, open, test } from './fixtures.ts';
import { readPdf, readPdfText, type PdfText } from './pdf.ts';

async function print(page: Page, path: string, name: string) {
  mkdirSync('test-results/pdf', { recursive: true });
  await open(page, path);
  const file = `test-results/pdf/${name}.pdf`;
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return file;
}

/** The value axis's tick labels of the first chart on a printed page: a column of whole numbers. */
function ticksOf(items: PdfText[], above = Infinity) {
  const numbers = items.filter((t) => /^[\d,]+$/.test(t.str.trim()) && t.y < above);
  const right = (t: PdfText) => Math.round(t.x + t.width);
  const columns = new Map<number, PdfText[]>();
  for (const t of numbers) columns.set(right(t), [...(columns.get(right(t)) ?? []), t]);
  const column = [...columns.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return column.sort((a, b) => b.y - a.y);
}

for (const [what, scenario] of [
  ['a stock that runs out', 'v=1&bl=120'],
  ['a stock that grows', 'v=1&bl=20'],
] as const) {
  test(`the sketch grid and the answer chart share a scale that fits ${what}`, async ({ page }) => {
    await open(page, `worksheet.html?${scenario}`);
    const answer = page.locator('[data-sheets="answers"] [data-chart="ukraine"] svg.ts__svg');
    const { reach, top } = await answer.evaluate((svg) => {
      const grid = [...svg.querySelectorAll('.ts__grid line')].map((l) =>
        Number(l.getAttribute('y1')),
      );
      const labels = [...svg.querySelectorAll('.ts__grid text')].map((t) =>
        Number((t.textContent ?? '').replace(/,/g, '')),
      );
      const gridTop = Math.min(...grid);
      const bottom = Math.max(...grid);
      const highest = Math.min(
        ...[...svg.querySelectorAll<SVGGraphicsElement>('.ts__band90, .ts__line, .ts__baseline')]
          .map((p) => p.getBBox())
          .filter((b) => b.width > 0)
          .map((b) => b.y),
      );
      return { reach: (bottom - highest) / (bottom - gridTop), top: Math.max(...labels) };
    });
    // The model's answer reaches past half of the axis, and stays on it.
    expect(reach).toBeGreaterThan(0.5);
    expect(reach).toBeLessThanOrEqual(1.001);
    await expect(page.locator('.ws-sketch')).toHaveAttribute('data-y-max', String(top));
  });
}

test('on paper the sketch grid lies exactly over the answer chart, its dates apart', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const student = await print(page, 'worksheet.html?v=1&bl=120', 'paper-student');
  const answers = await print(page, 'worksheet.html?v=1&bl=120&sheet=answers', 'paper-answers');
  const sketchText = await readPdfText(student, 1);
  const answerText = await readPdfText(answers, 1);
  const second = answerText.find((t) => t.str.includes('Ballistic missiles Ukraine'))!;
  const sketch = ticksOf(sketchText);
  const answer = ticksOf(answerText, second.y);
  expect(sketch.length).toBeGreaterThanOrEqual(3);
  expect(sketch.map((t) => t.str)).toEqual(answer.map((t) => t.str));
  // The same distance between gridlines and the same left edge, to half a point.
  for (let i = 1; i < sketch.length; i++)
    expect(
      Math.abs(sketch[i - 1]!.y - sketch[i]!.y - (answer[i - 1]!.y - answer[i]!.y)),
      `gridline ${sketch[i]!.str}`,
    ).toBeLessThan(0.5);
  expect(
    Math.abs(sketch[0]!.x + sketch[0]!.width - (answer[0]!.x + answer[0]!.width)),
  ).toBeLessThan(0.5);
  // The sketch's dates in a row under its grid, none on another.
  const dates = sketchText
    .filter((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t.str.trim()))
    .sort((a, b) => a.x - b.x);
  expect(dates.length).toBe(7);
  // Drawn across the page's text width (A4 less 12 mm margins), not squeezed into half of it.
  const [page1] = await readPdf(student);
  const textWidth = page1!.width - 2 * (12 / 25.4) * 72;
  const span = dates.at(-1)!.x + dates.at(-1)!.width - dates[0]!.x;
  expect(span / textWidth, 'share of the text width the sketch spans').toBeGreaterThan(0.75);
  for (let i = 1; i < dates.length; i++)
    expect(dates[i]!.x, `${dates[i]!.str} clear of ${dates[i - 1]!.str}`).toBeGreaterThan(
      dates[i - 1]!.x + dates[i - 1]!.width + 4,
    );
});

test('each printed task says what to do, as the classroom view does', async ({ page }) => {
  await open(page, 'classroom.html');
  const steps = await page
    .locator('.task')
    .evaluateAll((tasks) =>
      tasks.map((t) => [...t.querySelectorAll('h4 + ul > li')].map((li) => li.textContent!.trim())),
    );
  await open(page, 'worksheet.html?v=1&bl=120');
  const printed = await page
    .locator('.ws-task')
    .evaluateAll((tasks) =>
      tasks.map((t) => [...t.querySelectorAll('.ws-do li')].map((li) => li.textContent!.trim())),
    );
  expect(printed.length).toBeGreaterThanOrEqual(3);
  for (const task of printed) expect(steps).toContainEqual(task);
  for (const task of printed) expect(task.length).toBeGreaterThan(0);
  const file = await print(page, 'worksheet.html?v=1&bl=120', 'paper-tasks');
  const text = (await readPdf(file)).map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
  for (const task of printed)
    for (const step of task) expect(text).toContain(step.replace(/\s+/g, ' '));
});

test('the student sheet reads its parts in order and says where Part 2 is', async ({ page }) => {
  const file = await print(page, 'worksheet.html?v=1&bl=120', 'paper-parts');
  const text = (await readPdf(file)).map((p) => p.text).join('\n');
  const at = [1, 2, 3, 4].map((n) => text.indexOf(`Part ${n}`));
  for (const [i, position] of at.entries())
    expect(position, `Part ${i + 1} on the student sheet`).toBeGreaterThanOrEqual(0);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(text).toMatch(/Part 2[^\n]*answer sheet/);
  const answers = await print(page, 'worksheet.html?v=1&bl=120&sheet=answers', 'paper-parts-2');
  expect((await readPdf(answers))[0]!.text).toMatch(/Parts 1, 3 and 4 are on the student sheet/);
});

test('the answer sheet’s line labels stay inside their charts, so paper does not cut them', async ({
  page,
}) => {
  for (const scenario of ['v=1&bl=120', 'v=1&bl=20', 'v=1&je=60']) {
    await open(page, `worksheet.html?${scenario}&sheet=answers`);
    const outside = await page.locator('[data-sheets="answers"] svg.ts__svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const right = (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => t.getBBox().x + t.getBBox().width > right + 0.5)
          .map(
            (t) =>
              `${t.textContent}: ends at ${Math.round(t.getBBox().x + t.getBBox().width)} of ${right}`,
          );
      }),
    );
    expect(outside, scenario).toEqual([]);
  }
});
