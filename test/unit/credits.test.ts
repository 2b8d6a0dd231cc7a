// Issue 13, item 15: credit lines name an outlet a newspaper can print. A source whose outlet is
// not named (the relay of the Yomiuri report) carries a printable credit, and the build refuses
// one without it, with its file and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { creditLine, creditOf, creditedSources } from '../../src/share/credits.ts';
import { STATES_BY_GRAPHIC } from '../../src/graphics/registry.ts';

const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const { sources, embeds, timeline, scale } = result.content;
const words = result.content.sharing.credit;
const UNPRINTABLE = /not named|unnamed|outlet/i;

describe('credits', () => {
  it('every source has something printable to credit', () => {
    for (const source of sources) expect(creditOf(source), source.id).not.toMatch(UNPRINTABLE);
  });

  it('an unnamed outlet is credited by what it relays', () => {
    const relay = sources.find((s) => s.id === 'relay-yomiuri-2024-03')!;
    expect(relay.outlet).toMatch(/not named/);
    expect(creditOf(relay)).toMatch(/Yomiuri Shimbun/);
    const named = sources.find((s) => s.outlet === 'The Japan Times')!;
    expect(creditOf(named)).toBe('The Japan Times');
  });

  it('no embed’s credit line prints an unnamed outlet, at any state', () => {
    const data = { timeline, scale, sources };
    for (const graphic of ['flow', 'timeline', 'scale'] as const) {
      for (const state of STATES_BY_GRAPHIC[graphic]) {
        const line = creditLine(
          creditedSources(graphic, state, embeds[graphic].sources, data),
          words,
          99,
        );
        expect(line, `${graphic} at ${state}`).not.toMatch(UNPRINTABLE);
      }
    }
    const flow = creditLine(
      creditedSources('flow', 'backfill', embeds.flow.sources, data),
      words,
      99,
    );
    expect(flow).toContain('The Yomiuri Shimbun, as relayed by an English-language news site');
  });
});

describe('the build checks credits', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function problemsWith(edit: (text: string) => string): string[] {
    dir = mkdtempSync(join(tmpdir(), 'backfill-credits-'));
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const path = join(content, 'sources.yaml');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const loaded = loadContent(content, dir);
    return loaded.ok ? [] : loaded.problems.list.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }

  it('refuses an unnamed outlet without a credit, at its line', () => {
    const problems = problemsWith((text) =>
      text.replace(/\n {2}credit: The Yomiuri Shimbun, as relayed by[^\n]*/, ''),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/sources\.yaml:\d+: the outlet of "relay-yomiuri-2024-03" is not named, so it needs a credit/,
    );
  });

  it('refuses a credit that does not name an outlet either', () => {
    const problems = problemsWith((text) =>
      text.replace(
        'credit: The Yomiuri Shimbun, as relayed by an English-language news site',
        'credit: An unnamed site',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/sources\.yaml:\d+: the credit of "relay-yomiuri-2024-03" must name an outlet/,
      ),
    ]);
  });
});
