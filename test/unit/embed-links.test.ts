// Links and embed URLs pin the whole view, and an embed page reads them back exactly.
import { describe, expect, it } from 'vitest';
import { content } from '../support/content.ts';
import {
  DEFAULT_LOOK,
  embedQuery,
  embedUrl,
  fallbackImagePath,
  shareUrl,
  siteHref,
  type SandboxTarget,
} from '../../src/share/links.ts';
import { readEmbed, readSandboxEmbed, readStoryEmbed } from '../../src/embed/read-embed.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';

const { parameters: ledger, states, links } = content;
const copy = links;
const SITE = 'https://backfill.example.org/';

const scenario: SandboxTarget = {
  chart: 'unmet',
  values: { ...defaultValues(ledger), japanExportPerYear: 25, ballisticLaunchesPerMonth: 80 },
  seed: 42,
};

describe('pinned links', () => {
  it('write every parameter, the seed, the chart and every option, even defaults', () => {
    const query = embedQuery(scenario, DEFAULT_LOOK, ledger);
    const params = new URLSearchParams(query);
    expect(params.get('v')).toBe('1');
    for (const p of ledger) expect(params.has(p.short), p.short).toBe(true);
    expect(params.get('je')).toBe('25');
    expect(params.get('s')).toBe('42');
    expect(params.get('view')).toBe('unmet');
    expect(params.get('theme')).toBe('light');
    // No title or note of the journalist's own: nothing to write.
    expect(params.has('heading') || params.has('note')).toBe(false);
    expect(params.get('transparent')).toBe('0');
    expect(params.get('controls')).toBe('none');
    expect(params.get('title')).toBe('1');
  });

  it('name chosen sliders by their short keys, fixed parameters never', () => {
    const look = { ...DEFAULT_LOOK, controls: ['japanExportPerYear', 'usProduction2024'] as never };
    expect(new URLSearchParams(embedQuery(scenario, look, ledger)).get('controls')).toBe('je');
  });

  it('pin a story graphic to its step, with no scenario or sliders', () => {
    const query = embedQuery({ chart: 'flow', step: 'backfill' }, DEFAULT_LOOK, ledger);
    expect(query).toBe('v=1&step=backfill&theme=light&transparent=0&title=1');
  });

  it('point at the right pages and pictures', () => {
    expect(embedUrl(SITE, { chart: 'flow', step: 'backfill' }, DEFAULT_LOOK, ledger)).toBe(
      `${SITE}embed/flow.html?v=1&step=backfill&theme=light&transparent=0&title=1`,
    );
    expect(shareUrl(SITE, { chart: 'timeline', step: 'after-summit' }, ledger)).toBe(
      `${SITE}#step-after-summit`,
    );
    expect(shareUrl(SITE, scenario, ledger)).toMatch(
      /^https:\/\/backfill\.example\.org\/\?v=1&je=25&.*&s=42&view=unmet#sandbox$/,
    );
    expect(siteHref('../', scenario, ledger)).toMatch(/^\.\.\/\?v=1&je=25&.*#sandbox$/);
    expect(fallbackImagePath('ukraine')).toBe('embed/ukraine.svg');
    expect(fallbackImagePath('flow', 'backfill')).toBe('embed/flow.backfill.svg');
  });
});

describe('reading an embed page’s own link', () => {
  it('reads back exactly what was pinned, without notices', () => {
    const look = {
      theme: 'dark',
      transparent: true,
      controls: ['japanExportPerYear', 'ballisticLaunchesPerMonth'],
      showTitle: false,
      heading: 'If Japan sent 25 a year & Russia fired 80: “less unmet”?',
      note: 'Our scenario, not a forecast. Über-cautious; 50% = half, #1 <b>bold</b> مرحبا',
    } as const;
    const read = readSandboxEmbed(
      embedQuery(scenario, { ...look, controls: [...look.controls] }, ledger),
      'unmet',
      ledger,
      copy,
    );
    expect(read.notices).toEqual([]);
    expect(read.target).toEqual(scenario);
    expect(read.look).toEqual(look);
  });

  it('reads a story step and falls back to the first state, with a notice', () => {
    expect(readStoryEmbed('step=no-direct-route', 'flow', states, ledger, copy).target.step).toBe(
      'no-direct-route',
    );
    const wrong = readStoryEmbed('step=scale-need&controls=je', 'flow', states, ledger, copy);
    expect(wrong.target.step).toBe('threat-ballistic');
    expect(wrong.notices.map((n) => n.message)).toEqual([
      'Story step: “scale-need” is not a state of this graphic, so its first state is shown.',
    ]);
  });

  it('ignores scenario keys on a story graphic and the story step on a sandbox chart', () => {
    expect(readStoryEmbed('bl=9999&s=x', 'scale', states, ledger, copy).notices).toEqual([]);
    expect(readSandboxEmbed('step=%%%&view=nope', 'japan', ledger, copy).notices).toEqual([]);
  });

  it('migrates an old link, clamps out-of-range values and says so', () => {
    const read = readEmbed('japanExportPerYear=20&seed=3&bl=900', 'ukraine', states, ledger, copy);
    if (!('values' in read.target)) throw new Error('expected a scenario');
    expect(read.fromVersion).toBe(0);
    expect(read.target.values.japanExportPerYear).toBe(20);
    expect(read.target.seed).toBe(3);
    expect(read.target.values.ballisticLaunchesPerMonth).toBe(150);
    expect(read.notices.map((n) => n.kind).sort()).toEqual(['clamped', 'migrated']);
  });
});

describe('the journalist’s own title and note', () => {
  const read = (query: string) => readStoryEmbed(query, 'flow', states, ledger, copy);

  it('are read as plain text, on any chart', () => {
    const story = read('heading=Where%20they%20go&note=From%20our%20desk');
    expect([story.look.heading, story.look.note]).toEqual(['Where they go', 'From our desk']);
    expect(story.notices).toEqual([]);
    expect(readSandboxEmbed('heading=A', 'japan', ledger, copy).look.heading).toBe('A');
  });

  it('lose control and text-direction characters, and say so', () => {
    // U+202E would show "gnp.exe" as "exe.png"; U+0000 and a zero-width joiner are invisible.
    const { look, notices } = read(
      `heading=${encodeURIComponent('Safe\u202e gnp.exe\u0000 title\u200d')}`,
    );
    expect(look.heading).toBe('Safe gnp.exe title');
    expect(notices.map((n) => [n.param, n.kind, n.message])).toEqual([
      [
        'heading',
        'clamped',
        'Title: control and text-direction characters were removed from the text.',
      ],
    ]);
  });

  it('are cut to their length, and say so', () => {
    const { look, notices } = read(`note=${'n'.repeat(400)}&heading=${'h'.repeat(101)}`);
    expect(Array.from(look.note)).toHaveLength(280);
    expect(look.note.endsWith('…')).toBe(true);
    expect(Array.from(look.heading)).toHaveLength(100);
    expect(notices.map((n) => n.message)).toEqual([
      'Title: the text was longer than 100 characters, so it was shortened.',
      'Note: the text was longer than 280 characters, so it was shortened.',
    ]);
  });

  it('are never markup: angle brackets stay text, and white space collapses', () => {
    const { look } = read(`note=${encodeURIComponent('<img src=x onerror=alert(1)>\n\n  two')}`);
    expect(look.note).toBe('<img src=x onerror=alert(1)> two');
  });
});
