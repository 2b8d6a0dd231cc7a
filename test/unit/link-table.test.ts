// Issue 12 §1: the README's two link-option tables and the teacher notes' table are views of the
// option table (src/links/options.ts): a key, a page, a word or a default that disagrees with the
// definitions fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../support/content.ts';
import { SITE_PAGES, linkOptionDocs, type SitePage } from '../../src/classroom/link-options.ts';
import { EMBED_THEMES, THEMES } from '../../src/lib/themes.ts';
import {
  EMBED_TEXT_MAX,
  LINK_OPTIONS,
  OPTION_KEYS,
  PAPER_OPTION,
  SHEET_OPTION,
  STAGE_OPTION,
  optionsOf,
  type OptionKey,
  type ReadContext,
} from '../../src/links/options.ts';

const README = readFileSync('README.md', 'utf8');
const SITE = Object.keys(SITE_PAGES) as SitePage[];

/** The rows of the first Markdown table after `marker`, as cells (header and rule left out). */
function tableAfter(marker: string): string[][] {
  const start = README.indexOf(marker);
  expect(start, marker).toBeGreaterThanOrEqual(0);
  const lines = README.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** `a`, `b` → ['a', 'b'] */
const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The site pages an option applies to (not embeds). */
const sitePagesOf = (key: OptionKey) => SITE.filter((p) => LINK_OPTIONS[key].pages.includes(p));

/** The words an option of a few accepts, where the README lists them. */
const WORDS: Partial<Record<OptionKey, readonly string[]>> = {
  theme: THEMES,
  stage: STAGE_OPTION.values,
  paper: PAPER_OPTION.values,
  sheet: SHEET_OPTION.values,
  advanced: ['0', '1'],
};

describe('the README’s site link options', () => {
  const rows = tableAfter('### Link options');
  const scenario = rows.find((r) => r[0]!.startsWith('scenario'))!;
  const own = rows.filter((r) => r !== scenario);

  it('lists every option of the site’s pages, once, and nothing else', () => {
    const listed = own.flatMap((r) => codes(r[0]!)).sort();
    const scenarioKeys = ['v', 's', 'view'];
    const expected = OPTION_KEYS.filter(
      (k) => sitePagesOf(k).length > 0 && !scenarioKeys.includes(k),
    ).sort();
    expect(listed).toEqual(expected);
    // The scenario row names the scenario's keys (and the ledger's, by example).
    expect(codes(scenario[0]!)).toEqual(expect.arrayContaining(scenarioKeys));
  });

  it('gives each the pages the definitions give it', () => {
    const pagesIn = (cell: string) =>
      cell === 'all' ? SITE : cell.split(',').map((p) => p.trim().replace(/ \(.*\)$/, ''));
    for (const row of own) {
      for (const key of codes(row[0]!) as OptionKey[])
        expect(pagesIn(row[1]!), key).toEqual(sitePagesOf(key));
    }
    expect(pagesIn(scenario[1]!)).toEqual(sitePagesOf('view'));
  });

  it('lists exactly the words each option accepts', () => {
    for (const row of own) {
      const [key] = codes(row[0]!) as OptionKey[];
      const words = WORDS[key!];
      if (words) expect(codes(row[2]!).sort(), key).toEqual([...words].sort());
    }
  });
});

describe('the README’s embed options', () => {
  const rows = tableAfter('| Option        | Values');
  const context: ReadContext = {
    page: 'embed',
    ledger: content.parameters,
    charts: ['unmet'],
    copy: content.links,
  };
  const byKey = new Map(rows.map((r) => [codes(r[0]!)[0]!, r]));

  it('lists every option an embed reads from its link (its chart is its address)', () => {
    const expected = optionsOf('embed').filter((k) => k !== 'chart' && k !== 'step');
    const listed = [...byKey.keys()].filter((k) => k in LINK_OPTIONS);
    expect(listed.sort()).toEqual([...expected].sort());
    // And the ledger's keys, by example.
    expect(byKey.has(content.parameters[0]!.short)).toBe(true);
  });

  it('gives the words and defaults the definitions give', () => {
    expect(codes(byKey.get('theme')![1]!).sort()).toEqual([...EMBED_THEMES].sort());
    for (const key of ['transparent', 'title'] as const)
      expect(codes(byKey.get(key)![1]!).sort(), key).toEqual(['0', '1']);
    for (const key of ['theme', 'transparent', 'controls', 'title', 's'] as const) {
      const option = LINK_OPTIONS[key];
      const serialize = option.serialize as (v: unknown, c: ReadContext) => string | null;
      expect(codes(byKey.get(key)![2]!), key).toEqual([
        serialize(option.fallback(context), context),
      ]);
    }
    for (const key of ['heading', 'note'] as const)
      expect(byKey.get(key)![1], key).toContain(`at most ${EMBED_TEXT_MAX[key]} characters`);
  });
});

describe('the teacher notes’ table', () => {
  const docs = linkOptionDocs(
    {
      ledger: content.parameters,
      stepIds: content.steps.map((s) => s.state),
      links: content.links,
    },
    content.ui.linkOptions,
  );

  it('documents every option of the site’s pages, with the pages it applies to', () => {
    const scenario = docs.find((d) => d.key.includes(','))!;
    const own = docs.filter((d) => d !== scenario);
    const expected = OPTION_KEYS.filter(
      (k) => sitePagesOf(k).length > 0 && !['v', 's', 'view'].includes(k),
    );
    expect(own.map((d) => d.key).sort()).toEqual([...expected].sort());
    for (const doc of own) expect(doc.pages, doc.key).toEqual(sitePagesOf(doc.key as OptionKey));
    expect(scenario.pages).toEqual(sitePagesOf('view'));
  });
});
