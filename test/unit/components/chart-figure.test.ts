// ChartFigure and DataTable, rendered as the prerender renders them: the figure's name and text
// equivalent, the picture hidden from assistive technology, and a data table that works without
// JavaScript (in the page, inside a <details>), with a caption and header scopes.
import { describe, expect, it } from 'vitest';
import ChartFigure from '../../../src/charts/ChartFigure.svelte';
import DataTable from '../../../src/charts/DataTable.svelte';
import type { TableData } from '../../../src/lib/table-data.ts';
import { htmlSnippet, renderHTML } from '../../support/render.ts';

const table: TableData = {
  caption: 'Ready interceptors <b>by month</b>',
  columns: ['Month', 'Scenario', 'Without exports'],
  rows: [
    ['January 2024', 60, 60],
    ['February 2024', 1234.56, 70],
  ],
};

describe('DataTable', () => {
  const $ = renderHTML(DataTable, { table });

  it('is a named, focusable region (so a wide table scrolls from the keyboard)', () => {
    const region = $('div.data-table');
    expect(region.attr('role')).toBe('region');
    expect(region.attr('tabindex')).toBe('0');
    expect(region.attr('aria-label')).toBe('Ready interceptors <b>by month</b> (table)');
  });

  it('has a caption, column headers with scope=col and row headers with scope=row', () => {
    // The caption is text: markup in it is escaped, never rendered.
    expect($('caption').text()).toBe('Ready interceptors <b>by month</b>');
    expect($('caption b')).toHaveLength(0);
    expect(
      $('thead th[scope="col"]')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(table.columns);
    expect(
      $('tbody th[scope="row"]')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(['January 2024', 'February 2024']);
  });

  it('formats numbers and marks numeric cells', () => {
    const cells = $('tbody tr').eq(1).find('td');
    expect(cells.map((_, td) => $(td).text()).get()).toEqual(['1,234.6', '70']);
    expect(cells.filter('.numeric')).toHaveLength(2);
  });
});

describe('ChartFigure', () => {
  const render = (extra: Record<string, unknown> = {}) =>
    renderHTML(ChartFigure, {
      title: 'Ukraine’s ready interceptors',
      caption: 'Runs out in May 2025',
      description: 'A line falls from 60 to 0 by May 2025.',
      table,
      source: 'Source: the model',
      graphic: htmlSnippet('<svg class="probe-svg" role="img"><title>x</title></svg>'),
      'data-chart': 'ukraine',
      ...extra,
    });

  it('is named by its title and described by its text equivalent', () => {
    const $ = render();
    const figure = $('figure.chart-figure');
    const title = $(`#${figure.attr('aria-labelledby')}`);
    const desc = $(`#${figure.attr('aria-describedby')}`);
    expect(title.text()).toBe('Ukraine’s ready interceptors');
    expect(title.closest('figcaption')).toHaveLength(1);
    expect(desc.text()).toBe('A line falls from 60 to 0 by May 2025.');
    expect(desc.hasClass('visually-hidden')).toBe(true);
    expect($('.chart-figure__caption').text()).toBe('Runs out in May 2025');
    expect($('.chart-figure__source').text()).toBe('Source: the model');
    // Extra data- attributes reach the figure (tests and styles find charts by them).
    expect(figure.attr('data-chart')).toBe('ukraine');
  });

  it('hides the picture from assistive technology (the description stands in for it)', () => {
    const $ = render();
    const graphic = $('.chart-figure__graphic');
    expect(graphic.attr('aria-hidden')).toBe('true');
    expect(graphic.find('svg.probe-svg')).toHaveLength(1);
  });

  it('ships the data table closed, in the page, so it works without JavaScript', () => {
    const $ = render();
    const details = $('details.chart-figure__table');
    expect(details.attr('open')).toBeUndefined();
    expect(details.find('summary').text()).toBe('Data table');
    expect(details.find('table caption').text()).toBe(table.caption);
    expect(details.find('tbody tr')).toHaveLength(2);
  });

  it('calls a table function at render (no JavaScript yet), and leaves out what is not given', () => {
    let calls = 0;
    const $ = render({
      caption: undefined,
      source: undefined,
      table: () => (calls++, table),
    });
    expect(calls).toBe(1);
    expect($('tbody tr')).toHaveLength(2);
    expect($('.chart-figure__caption')).toHaveLength(0);
    expect($('.chart-figure__source')).toHaveLength(0);
  });
});
