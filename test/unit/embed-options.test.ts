import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, ledger } from '../support/content.ts';
import {
  EMBED_ID,
  EMBED_THEMES,
  defaultEmbedOptions,
  parseEmbedOptions,
  serializeEmbedOptions,
  type EmbedOptions,
} from '../../src/links/embed-options.ts';
import {
  CHART_VIEWS,
  parseScenario,
  serializeScenario,
  defaultScenario,
} from '../../src/links/url-state.ts';
import { runs } from '../support/runs.ts';

const context = { charts: CHART_VIEWS, ledger };
const parse = (q: string) => parseEmbedOptions(q, context, content.links);

describe('embed options', () => {
  it('defaults: the first chart, light theme, opaque, no sliders, title shown, no id', () => {
    const { options, notices } = parse('');
    // The sandbox's first chart is what Japan's exports change (issue 10).
    expect(options).toEqual({
      chart: 'difference',
      theme: 'light',
      transparent: false,
      controls: [],
      showTitle: true,
      id: null,
    });
    expect(notices).toEqual([]);
    expect(
      parseEmbedOptions('', { ...context, defaultChart: 'unmet' }, content.links).options.chart,
    ).toBe('unmet');
  });

  it('reads every option', () => {
    const { options, notices } = parse(
      '?chart=us-pool&theme=dark&transparent=1&controls=je,bl,us&title=0&id=story-chart_2',
    );
    expect(notices).toEqual([]);
    expect(options).toEqual({
      chart: 'us-pool',
      theme: 'dark',
      transparent: true,
      controls: ['japanExportPerYear', 'ballisticLaunchesPerMonth', 'usShareForUkraine'],
      showTitle: false,
      id: 'story-chart_2',
    });
  });

  it('drops unknown values with a notice and keeps the default', () => {
    const { options, notices } = parse('chart=pie&theme=sepia&transparent=yes&title=true');
    expect(options).toEqual(defaultEmbedOptions(context));
    expect(notices.map((n) => [n.param, n.kind])).toEqual([
      ['chart', 'dropped'],
      ['theme', 'dropped'],
      ['transparent', 'dropped'],
      ['title', 'dropped'],
    ]);
    expect(notices[0]!.message).toBe(
      "Chart: \u201cpie\u201d is not one of this page's charts, so \u201cdifference\u201d is used.",
    );
    expect(notices[1]!.message).toBe(
      'Theme: \u201csepia\u201d is not light, dark or auto, so \u201clight\u201d is used.',
    );
  });

  it('only offers sliders for main and advanced parameters', () => {
    const { options, notices } = parse('controls=je,js,zz,yy,je,,h');
    // js (Japan's starting stock) is fixed; zz and yy are not parameters; je once.
    expect(options.controls).toEqual(['japanExportPerYear', 'horizonMonths']);
    expect(notices.map((n) => n.message)).toEqual([
      "Sliders: Japan's interceptor stock in January 2024 is fixed in this model, so it has no slider in an embed.",
      'Sliders: \u201czz\u201d and \u201cyy\u201d are not settings an embed can show, so they are left out.',
    ]);
    expect(parse('controls=none').options.controls).toEqual([]);
    expect(parse('controls=none').notices).toEqual([]);
  });

  it('bounds what a forged controls list can cost', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `k${i}`).join(',');
    const { options, notices } = parse(`controls=${many}`);
    expect(options.controls).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('\u201ck2\u201d and 197 more are not settings');
  });

  it("reads pym.js's childId when there is no id, and only safe ids", () => {
    expect(parse('childId=pym-container').options.id).toBe('pym-container');
    expect(parse('id=ours&childId=theirs').options.id).toBe('ours');
    for (const bad of ['a b', '<img>', 'x'.repeat(65), '', 'caf\u00e9', 'a.b']) {
      const { options, notices } = parse(`id=${encodeURIComponent(bad)}`);
      expect(options.id, bad).toBeNull();
      expect(notices[0]).toMatchObject({ param: 'id', kind: 'dropped' });
    }
    expect(parse(`id=${'x'.repeat(64)}`).options.id).toBe('x'.repeat(64));
  });

  it('ignores scenario and host keys silently, and notes lookalikes of its own', () => {
    const scenario = serializeScenario(defaultScenario(ledger), ledger, { pin: true });
    expect(parse(`${scenario}&initialWidth=600&parentTitle=News&parentUrl=x`).notices).toEqual([]);
    const { notices } = parse('Chart=unmet&THEME=dark');
    expect(notices.map((n) => n.param)).toEqual(['chart', 'theme']);
    expect(notices[0]!.message).toContain('(it reads \u201cchart\u201d)');
  });

  it('and the scenario reader ignores the embed keys', () => {
    expect(
      parseScenario('v=1&chart=unmet&theme=dark&controls=je&title=0&id=x', ledger, {
        copy: content.links,
      }).notices,
    ).toEqual([]);
  });
});

describe('embed options round trip', () => {
  const adjustable = ledger.filter((p) => p.control !== 'fixed').map((p) => p.id);
  const optionsArbitrary: fc.Arbitrary<EmbedOptions<(typeof CHART_VIEWS)[number]>> = fc.record({
    chart: fc.constantFrom(...CHART_VIEWS),
    theme: fc.constantFrom(...EMBED_THEMES),
    transparent: fc.boolean(),
    controls: fc.uniqueArray(fc.constantFrom(...adjustable)),
    showTitle: fc.boolean(),
    id: fc.option(fc.stringMatching(EMBED_ID), { nil: null }),
  });

  it('parse(serialize(x)) is x', () => {
    fc.assert(
      fc.property(optionsArbitrary, (options) => {
        const parsed = parse(serializeEmbedOptions(options, context));
        expect(parsed.notices).toEqual([]);
        expect(parsed.options).toEqual(options);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never throws and always gives allowed values', () => {
    const key = fc.oneof(
      fc.constantFrom(
        'chart',
        'theme',
        'transparent',
        'controls',
        'title',
        'id',
        'childId',
        '__proto__',
      ),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom('%', '%E0%A4%A', ...CHART_VIEWS, ...EMBED_THEMES, '1', '0', 'je,bl', 'none'),
    );
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 20 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(query, (q) => {
        const { options } = parse(q);
        expect(CHART_VIEWS).toContain(options.chart);
        expect(EMBED_THEMES).toContain(options.theme);
        expect(typeof options.transparent).toBe('boolean');
        expect(typeof options.showTitle).toBe('boolean');
        for (const id of options.controls) expect(adjustable).toContain(id);
        expect(options.id === null || EMBED_ID.test(options.id)).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });
});
