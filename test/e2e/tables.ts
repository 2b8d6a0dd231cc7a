// Data tables whose headers and numbers line up: for every column of every table on a page, the
// header's alignment and the alignment of each cell under it. A number right-aligned under a
// left-aligned header reads as sitting under the next column.
import { type Page } from '@playwright/test';

/** Every column of every table on the page whose cells are not aligned like its header. */
export async function misalignedColumns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const side = (el: Element) => {
      const align = getComputedStyle(el).textAlign;
      const rtl = getComputedStyle(el).direction === 'rtl';
      if (align === 'center' || align === '-webkit-center') return 'centre';
      if (align === 'right' || (align === 'end' && !rtl) || (align === 'start' && rtl))
        return 'right';
      return 'left';
    };
    /** The cells of a row by the column each starts at (colspan counted). */
    const byColumn = (row: HTMLTableRowElement) => {
      const cells: [number, Element][] = [];
      let c = 0;
      for (const cell of row.cells) {
        cells.push([c, cell]);
        c += cell.colSpan || 1;
      }
      return cells;
    };
    const problems: string[] = [];
    for (const table of document.querySelectorAll('table')) {
      const head = table.tHead?.rows[table.tHead.rows.length - 1];
      if (!head) continue;
      const name =
        table.caption?.textContent?.trim() ||
        table.getAttribute('class') ||
        table.closest('[aria-label]')?.getAttribute('aria-label') ||
        'a table';
      const headers = new Map(byColumn(head));
      for (const body of table.tBodies)
        for (const row of body.rows)
          for (const [c, cell] of byColumn(row)) {
            const header = headers.get(c);
            if (!header || side(header) === side(cell)) continue;
            problems.push(
              `${name}: "${header.textContent?.trim()}" is ${side(header)}-aligned, its cell "${cell.textContent?.trim()}" ${side(cell)}-aligned`,
            );
          }
    }
    return [...new Set(problems)];
  });
}
