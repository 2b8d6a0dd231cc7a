// Every story graphic is one definition in its own folder (src/graphics/<id>/index.ts) drawn by
// the folder's one .svelte file; the registry's invariants, as kevin-bacon's registry.spec asserts
// its own. Adding a graphic that breaks one of these fails here, not in a browser.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import {
  GRAPHICS,
  GRAPHIC_OF_STATE,
  creditedSources,
  graphicHeight,
  tableForState,
} from '../../src/graphics/registry.ts';
import type { GraphicData } from '../../src/graphics/definition.ts';
import { content } from '../support/content.ts';

const GRAPHICS_DIR = join(import.meta.dirname, '../../src/graphics');
const data: GraphicData = content;

describe('the story graphics’ definitions', () => {
  it('one folder per graphic, each with its definition and exactly one drawing', () => {
    const folders = readdirSync(GRAPHICS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(GRAPHICS.map((g) => g.id).sort()).toEqual(folders);
    for (const folder of folders) {
      const files = readdirSync(join(GRAPHICS_DIR, folder));
      expect(files, folder).toContain('index.ts');
      expect(files.filter((f) => f.endsWith('.svelte')).length, folder).toBe(1);
    }
  });

  it('no two graphics know the same state, and every state maps to its graphic', () => {
    const all = GRAPHICS.flatMap((g) => g.states as readonly string[]);
    expect(new Set(all).size).toBe(all.length);
    for (const g of GRAPHICS) for (const s of g.states) expect(GRAPHIC_OF_STATE.get(s)).toBe(g.id);
  });

  it('every state’s table has a word for every column and a cell for every column', () => {
    for (const g of GRAPHICS) {
      for (const state of g.states) {
        const table = tableForState(state, data, 'caption');
        expect(table.caption).toBe('caption');
        for (const column of table.columns) expect(column, `${g.id} ${state}`).toMatch(/\S/);
        for (const row of table.rows) expect(row.length).toBe(table.columns.length);
        expect(JSON.stringify(table.rows), `${g.id} ${state}`).not.toContain('undefined');
      }
    }
  });

  it('the table’s words come from content/graphics.yaml', () => {
    const flow = tableForState('threat-ballistic', data, '');
    expect(flow.columns).toEqual(['From', 'To', 'What', 'In this view']);
    const words = { ...content.graphics.flow!.table, from: 'Von' };
    const edited = {
      ...data,
      graphics: { ...data.graphics, flow: { ...content.graphics.flow!, table: words } },
    };
    expect(tableForState('threat-ballistic', edited, '').columns[0]).toBe('Von');
  });

  it('a state no graphic draws is refused', () => {
    expect(() => tableForState('pie-chart', data, '')).toThrow(
      /No graphic draws state "pie-chart"/,
    );
  });

  it('heights are whole pixels, within an embed’s range, at every width from a phone up', () => {
    for (const g of GRAPHICS) {
      for (let width = 280; width <= 1600; width += 40) {
        const h = graphicHeight(g.id, width);
        expect(Number.isInteger(h), `${g.id} at ${width}`).toBe(true);
        expect(h).toBeGreaterThanOrEqual(200);
        expect(h).toBeLessThanOrEqual(800);
      }
    }
  });

  it('credits name known sources, each once, after those the embed credits', () => {
    const ids = new Set(content.sources.map((s) => s.id));
    for (const g of GRAPHICS) {
      for (const state of g.states) {
        for (const id of g.credits(state as never, data)) expect(ids.has(id), id).toBe(true);
        const credited = content.embeds[g.id]!.sources;
        const sources = creditedSources(g.id, state, credited, data).map((s) => s.id);
        expect(new Set(sources).size).toBe(sources.length);
        expect(sources.slice(0, credited.length)).toEqual([...new Set(credited)]);
      }
    }
    // The timeline at its first state cites the events it shows, and only those.
    expect(GRAPHICS[1].credits('timeline-postwar', data).length).toBeGreaterThan(0);
  });
});

describe('graphics.yaml against the definitions', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function problemsWith(edit: (yaml: string) => string): string[] {
    dir = mkdtempSync(join(tmpdir(), 'backfill-graphics-'));
    const copy = join(dir, 'content');
    cpSync('content', copy, { recursive: true });
    const file = join(copy, 'graphics.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const result = loadContent(copy, dir);
    return result.ok ? [] : result.problems.list.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }

  it('refuses a graphic without a word its table needs, at its line', () => {
    const problems = problemsWith((yaml) => yaml.replace('      view: In this view\n', ''));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/graphics\.yaml:\d+: graphic "flow" needs its table's words: view$/,
      ),
    ]);
  });

  it('refuses copy for a graphic that does not exist', () => {
    const problems = problemsWith((yaml) =>
      yaml.replace(
        'graphics:\n',
        'graphics:\n  pie:\n    title: A pie\n    description: Round.\n    table: {}\n',
      ),
    );
    expect(problems).toEqual([
      'content/graphics.yaml:6: "pie" is not a story graphic (known: flow, timeline, scale)',
    ]);
  });
});
