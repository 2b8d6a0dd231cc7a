// A teacher printed the worksheet and found: the sketch grid and the answer chart on a 0–600
// scale for a stock that starts at 60 (everything in the bottom tenth); the sketch squeezed on
// paper, its dates on top of each other; the tasks without their "What to do" steps; and the
// student sheet jumping from Part 1 to Part 3. Each is checked here on the printed PDF (read
// with pdf.js, ./pdf.ts) or on the page.
import { mkdirSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, open, test } from './fixtures.ts';
import { readPdf, readPdfText, type PdfText } from './pdf.ts';

/** The value axis's tick labels of the first chart on a printed page: a column of whole numbers. */
function ticksOf(items: PdfText[], above = Infinity) {
  const numbers = items.filter((t) => /^[\d,]+$/.test(t.str.trim()) && t.y < above);
  const right = (t: PdfText) => Math.round(t.x + t.width);
  const columns = new Map<number, PdfText[]>();
  for (const t of numbers) columns.set(right(t), [...(columns.get(right(t)) ?? []), t]);
  const column = [...columns.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return column.sort((a, b) => b.y - a.y);
}

/** The answer chart's reach up its axis, and the axis's top label (the scale the sketch grid must share). */
async function answerScale(page: Page) {
  return page
    .locator('[data-sheets="answers"] [data-chart="ukraine"] svg.ts__svg')
    .evaluate((svg) => {
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
      return {
        reach: (bottom - highest) / (bottom - gridTop),
        top: Math.max(...labels),
      };
    });
}

async function expectSharedScale(page: Page) {
  const { reach, top } = await answerScale(page);
  // The model's answer reaches past half of the axis, and stays on it.
  expect(reach).toBeGreaterThan(0.5);
  expect(reach).toBeLessThanOrEqual(1.001);
  await expect(page.locator('.ws-sketch')).toHaveAttribute('data-y-max', String(top));
}

/** The answer sheet's line labels that end past their chart's right edge (paper would cut them). */
async function expectLabelsInside(page: Page, scenario: string) {
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

/** Print the page open now. */
async function printOpen(page: Page, name: string) {
  mkdirSync('test-results/pdf', { recursive: true });
  const file = `test-results/pdf/${name}.pdf`;
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return file;
}

// Each page is opened (and printed) once; its checks are named steps.
test('a stock that runs out (v=1&bl=120): the sketch grid and the answer chart share a scale, on screen and on paper; each printed task says what to do; the parts read in order; the answer sheet’s labels stay inside their charts', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const classroomSteps = await test.step('the classroom view’s task steps', async () => {
    await open(page, 'classroom.html');
    return page
      .locator('.task')
      .evaluateAll((tasks) =>
        tasks.map((t) =>
          [...t.querySelectorAll('h4 + ul > li')].map((li) => li.textContent!.trim()),
        ),
      );
  });
  await open(page, 'worksheet.html?v=1&bl=120');
  await test.step('the sketch grid and the answer chart share a scale that fits a stock that runs out', () =>
    expectSharedScale(page));
  const printed = await page
    .locator('.ws-task')
    .evaluateAll((tasks) =>
      tasks.map((t) => [...t.querySelectorAll('.ws-do li')].map((li) => li.textContent!.trim())),
    );
  const student = await printOpen(page, 'paper-student');
  const studentPages = await readPdf(student);
  await open(page, 'worksheet.html?v=1&bl=120&sheet=answers');
  await test.step('the answer sheet’s line labels stay inside their charts (v=1&bl=120)', () =>
    expectLabelsInside(page, 'v=1&bl=120'));
  const answers = await printOpen(page, 'paper-answers');
  const answerPages = await readPdf(answers);

  await test.step('on paper the sketch grid lies exactly over the answer chart, its dates apart', async () => {
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
    const page1 = studentPages[0];
    const textWidth = page1!.width - 2 * (12 / 25.4) * 72;
    const span = dates.at(-1)!.x + dates.at(-1)!.width - dates[0]!.x;
    expect(span / textWidth, 'share of the text width the sketch spans').toBeGreaterThan(0.75);
    for (let i = 1; i < dates.length; i++)
      expect(dates[i]!.x, `${dates[i]!.str} clear of ${dates[i - 1]!.str}`).toBeGreaterThan(
        dates[i - 1]!.x + dates[i - 1]!.width + 4,
      );
  });

  await test.step('each printed task says what to do, as the classroom view does', () => {
    expect(printed.length).toBeGreaterThanOrEqual(3);
    for (const task of printed) expect(classroomSteps).toContainEqual(task);
    for (const task of printed) expect(task.length).toBeGreaterThan(0);
    const text = studentPages.map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
    for (const task of printed)
      for (const step of task) expect(text).toContain(step.replace(/\s+/g, ' '));
  });

  await test.step('the student sheet reads its parts in order and says where Part 2 is', () => {
    const text = studentPages.map((p) => p.text).join('\n');
    const at = [1, 2, 3, 4].map((n) => text.indexOf(`Part ${n}`));
    for (const [i, position] of at.entries())
      expect(position, `Part ${i + 1} on the student sheet`).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/Part 2[^\n]*answer sheet/);
    expect(answerPages[0]!.text).toMatch(/Parts 1, 3 and 4 are on the student sheet/);
  });
});

test('a stock that grows (v=1&bl=20): the sketch grid and the answer chart share a scale; the answer sheet’s labels stay inside their charts', async ({
  page,
}) => {
  await open(page, 'worksheet.html?v=1&bl=20');
  await test.step('the sketch grid and the answer chart share a scale that fits a stock that grows', () =>
    expectSharedScale(page));
  await open(page, 'worksheet.html?v=1&bl=20&sheet=answers');
  await test.step('the answer sheet’s line labels stay inside their charts (v=1&bl=20)', () =>
    expectLabelsInside(page, 'v=1&bl=20'));
});

test('the answer sheet’s line labels stay inside their charts, so paper does not cut them (v=1&je=60)', async ({
  page,
}) => {
  await open(page, 'worksheet.html?v=1&je=60&sheet=answers');
  await expectLabelsInside(page, 'v=1&je=60');
});
