// What travels with a shared chart: content/sharing.yaml checked at build time, the scenario in
// words and in file names, CSV files with their byte-order mark and header block, the suggested
// frame height, and the two site addresses (siteUrl from content or BACKFILL_SITE_URL; the
// served one for anything made in the browser).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { csvFile, tableToCsv } from '../../src/charts/csv.ts';
import { suggestedHeight } from '../../src/share/fit.ts';
import { chartWords } from '../../src/embed/picture-text.ts';
import { matchingPreset, scenarioLine, scenarioSlug } from '../../src/share/scenario-line.ts';
import {
  PLACEHOLDER_SITE_URL,
  isPlaceholderSiteUrl,
  placeholderWarning,
  readSiteUrl,
  servedSiteUrl,
} from '../../src/lib/site-address.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { readCsvFile } from './csv-parse.ts';

const loaded = loadContent('content', undefined, {});
if (!loaded.ok) throw new Error(loaded.problems.format());
const content = loaded.content;
const { parameters: ledger, presets, sharing } = content;
const defaults = defaultValues(ledger);

describe('the scenario a sandbox chart shows', () => {
  it('in words: the default, a preset, or each changed setting with its default', () => {
    expect(scenarioLine({ values: defaults, seed: 1 }, ledger, presets, sharing.scenario)).toBe(
      "Backfill's default scenario",
    );
    const barrage = presets.find((p) => p.id === 'winter-barrage')!;
    const preset = { values: { ...defaults, ...barrage.values }, seed: 1 };
    expect(matchingPreset(preset, presets, ledger)?.id).toBe('winter-barrage');
    expect(scenarioLine(preset, ledger, presets, sharing.scenario)).toBe(
      'Scenario: Winter barrage (a Backfill preset)',
    );
    // Another seed is not the preset.
    expect(matchingPreset({ ...preset, seed: 2 }, presets, ledger)).toBeNull();
    const custom = {
      values: { ...defaults, japanExportPerYear: 1, interceptorsPerTarget: 3 },
      seed: 9,
    };
    expect(scenarioLine(custom, ledger, presets, sharing.scenario)).toBe(
      "Scenario: Japan's exports to the US 1 interceptor a year (default 10); Interceptors fired per ballistic missile 3 interceptors per missile (default 2); Random seed 9 (default 1)",
    );
  });

  it('in file names: "default", a preset’s id, or the changed link keys, short and safe', () => {
    expect(scenarioSlug({ values: defaults, seed: 1 }, ledger, presets)).toBe('default');
    const allItCan = presets.find((p) => p.id === 'all-it-can-spare')!;
    expect(
      scenarioSlug({ values: { ...defaults, ...allItCan.values }, seed: 1 }, ledger, presets),
    ).toBe('all-it-can-spare');
    expect(
      scenarioSlug({ values: { ...defaults, japanExportPerYear: 40 }, seed: 7 }, ledger, presets),
    ).toBe('je40-s7');
    // Everything changed: too long for a file name, so a checksum, the same every time.
    const everything = Object.fromEntries(ledger.map((p) => [p.id, p.max])) as typeof defaults;
    const long = scenarioSlug({ values: everything, seed: 12345 }, ledger, presets);
    expect(long).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(scenarioSlug({ values: everything, seed: 12345 }, ledger, presets)).toBe(long);
    expect(scenarioSlug({ values: everything, seed: 12346 }, ledger, presets)).not.toBe(long);
  });

  it('in a picture’s words: title, caption, scenario, alt text, source and credit', () => {
    const target = {
      chart: 'ukraine' as const,
      values: { ...defaults, japanExportPerYear: 40 },
      seed: 1,
    };
    const words = chartWords(target, content, 'https://news.example.com/graphics/');
    expect(words.title).toBe(content.sandboxCopy.charts.ukraine!.title);
    // Two panels, two units: the CSV names them in its columns; one panel names its axis.
    expect(words.units).toBe(content.sharing.csv.columnUnits);
    expect(
      chartWords({ ...target, chart: 'difference' }, content, PLACEHOLDER_SITE_URL).units,
    ).toBe(content.sandboxCopy.charts.difference!.axes.difference);
    expect(words.scenario).toBe(
      "Scenario: Japan's exports to the US 40 interceptors a year (default 10)",
    );
    expect(words.alt.startsWith(content.embeds.ukraine.alt!)).toBe(true);
    expect(words.alt).toContain(words.scenario!);
    expect(words.alt.endsWith(words.caption)).toBe(true);
    expect(words.source).toContain('https://news.example.com/graphics/model.html');
    expect(words.credit).toBe('Graphic: Backfill, news.example.com/graphics');
    expect(words.view).toBe('je40');
    const story = chartWords(
      { chart: 'timeline', step: 'after-summit' },
      content,
      PLACEHOLDER_SITE_URL,
    );
    expect(story.caption).toBe(content.states['after-summit']!.caption);
    expect(story.source).toMatch(/^Sources?: /);
    expect(story.view).toBe('after-summit');
  });
});

describe('CSV files', () => {
  it('start with a UTF-8 byte-order mark, then "# key,value" lines, then the table', () => {
    const body = tableToCsv({
      caption: 'x',
      columns: ['What', 'When'],
      rows: [['Kishida–Biden summit', '2025–26']],
    });
    const text = csvFile(body, [
      ['Chart', 'A chart, with a comma'],
      ['Source', 'Said "so"'],
    ]);
    expect(
      text.startsWith('\uFEFF# Chart,"A chart, with a comma"\r\n# Source,"Said ""so"""\r\n'),
    ).toBe(true);
    expect(readCsvFile(text)).toEqual({
      notes: [
        ['Chart', 'A chart, with a comma'],
        ['Source', 'Said "so"'],
      ],
      rows: [
        ['What', 'When'],
        ['Kishida–Biden summit', '2025–26'],
      ],
    });
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvFile('a\r\n')).toBe('\uFEFFa\r\n');
  });
});

describe('the suggested frame height', () => {
  const look = { controls: [], heading: '', note: '' };
  it('grows with sliders and with the journalist’s own words', () => {
    expect(suggestedHeight(850, look)).toBe(850);
    expect(suggestedHeight(850, { ...look, controls: ['a', 'b'] })).toBe(850 + 320);
    const worded = suggestedHeight(850, {
      ...look,
      heading: 'h'.repeat(60),
      note: 'n'.repeat(100),
    });
    expect(worded).toBeGreaterThanOrEqual(850 + 3 * 27 + 3 * 22);
  });
});

describe('where the site is', () => {
  it('links made in a browser use the address the page came from', () => {
    const at = {
      href: 'https://news.example.com/graphics/backfill/embed/flow.html?x=1',
      protocol: 'https:',
    };
    expect(servedSiteUrl('../', PLACEHOLDER_SITE_URL, at)).toBe(
      'https://news.example.com/graphics/backfill/',
    );
    // The offline file, opened from a USB stick: the public address.
    expect(
      servedSiteUrl('./', 'https://real.example/', {
        href: 'file:///E:/backfill-offline.html',
        protocol: 'file:',
      }),
    ).toBe('https://real.example/');
    // Outside a browser (the build): the public address.
    expect(servedSiteUrl('./', 'https://real.example/')).toBe('https://real.example/');
  });

  it('reads an address from outside: http(s), a slash added, no query', () => {
    expect(readSiteUrl(' https://news.example.com/backfill ')).toEqual({
      url: 'https://news.example.com/backfill/',
    });
    expect(readSiteUrl('ftp://x.example/')).toEqual({
      error: '"ftp://x.example/" is not an http(s) address',
    });
    expect(readSiteUrl('https://x.example/?a=1')).toHaveProperty('error');
    expect(readSiteUrl('not an address')).toHaveProperty('error');
  });

  it('warns loudly while siteUrl is the placeholder, and not once it is real', () => {
    expect(isPlaceholderSiteUrl(PLACEHOLDER_SITE_URL)).toBe(true);
    const warning = placeholderWarning('https://backfill.example.org/sub/');
    expect(warning[0]).toMatch(/^WARNING: siteUrl is still the placeholder/);
    expect(warning.join(' ')).toContain('BACKFILL_SITE_URL');
    expect(placeholderWarning('https://news.example.com/')).toEqual([]);
  });

  it('BACKFILL_SITE_URL sets siteUrl for one build, and a bad one is a content problem', () => {
    const set = loadContent('content', undefined, {
      BACKFILL_SITE_URL: 'https://news.example.com/b',
    });
    expect(set.ok && set.content.site.siteUrl).toBe('https://news.example.com/b/');
    const bad = loadContent('content', undefined, { BACKFILL_SITE_URL: 'javascript:alert(1)' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.format()).toBe(
        'BACKFILL_SITE_URL (environment variable):1: "javascript:alert(1)" is not an http(s) address',
      );
    const unset = loadContent('content', undefined, { BACKFILL_SITE_URL: '' });
    expect(unset.ok && unset.content.site.siteUrl).toBe(PLACEHOLDER_SITE_URL);
  });
});

describe('sharing.yaml validation', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function problemsWith(edit: (yaml: string) => string): string[] {
    dir = mkdtempSync(join(tmpdir(), 'backfill-sharing-'));
    const root = join(dir, 'content');
    cpSync('content', root, { recursive: true });
    const file = join(root, 'sharing.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const result = loadContent(root, dir, {});
    return result.ok ? [] : result.problems.list.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
  const lineOf = (yaml: string, text: string) =>
    yaml.slice(0, yaml.indexOf(text)).split('\n').length;

  it('accepts the file as it is', () => {
    expect(problemsWith((y) => y)).toEqual([]);
  });

  it('names a template that lost or gained a placeholder, at its line', () => {
    let line = 0;
    const problems = problemsWith((y) => {
      const out = y.replace("custom: 'Scenario: {settings}'", "custom: 'Scenario: {setings}'");
      line = lineOf(out, 'custom:');
      return out;
    });
    expect(problems).toEqual([
      `content/sharing.yaml:${line}: scenario.custom: must use exactly the placeholders {settings}`,
    ]);
  });

  it('refuses a CSV key a spreadsheet would split', () => {
    const problems = problemsWith((y) => y.replace('  units: Units', '  units: Units, per month'));
    expect(problems.join('\n')).toMatch(/csv\.units: must have no comma or quote/);
  });
});
