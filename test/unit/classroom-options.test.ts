// Teachers' link options: read like every other link option, documented from the same
// definitions, and applied before paint by public/theme-init.js with the same values.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { content } from '../support/content.ts';
import {
  THEMES as SITE_THEMES,
  linkOptionDocs,
  parsePaperOption,
  parseStageOption,
  parseThemeOption,
} from '../../src/classroom/link-options.ts';
import { CLASSROOM_STAGES } from '../../src/lib/classroom-types.ts';
import { checkSiteLink } from '../../scripts/content/site-links.ts';

const links = content.links;
const context = {
  ledger: content.parameters,
  stepIds: content.steps.map((s) => s.state),
  links,
};

describe('reading the options', () => {
  it('accepts every documented value, in any case', () => {
    for (const theme of SITE_THEMES)
      expect(parseThemeOption(`theme=${theme.toUpperCase()}`, links)).toEqual({
        value: theme,
        notices: [],
      });
    for (const stage of CLASSROOM_STAGES)
      expect(parseStageOption(`?stage=${stage}`, links).value).toBe(stage);
    expect(parsePaperOption('paper=letter', links)).toEqual({ value: 'letter', notices: [] });
    expect(parsePaperOption('', links)).toEqual({ value: 'a4', notices: [] });
  });

  it('explains anything else, never throws, and keeps the default', () => {
    expect(parseStageOption('stage=lunch', links).notices[0]!.message).toBe(
      'Classroom stage: “lunch” is not goals, predict, tasks, glossary or media, so the classroom view opens at its start.',
    );
    expect(parsePaperOption('paper=A5&paper=letter', links).value).toBe('a4');
    expect(parsePaperOption('paper=A5&paper=letter', links).notices).toHaveLength(2);
    expect(parseThemeOption('Theme=dark', links).notices[0]!.message).toContain(
      'is not one this page reads',
    );
    for (const junk of [
      'theme=%E0%A4%A',
      'theme=<b>',
      `theme=${'x'.repeat(5000)}`,
      '%%%',
      '__proto__=1&stage=',
    ]) {
      expect(() => [
        parseThemeOption(junk, links),
        parseStageOption(junk, links),
        parsePaperOption(junk, links),
      ]).not.toThrow();
    }
  });
});

describe('the documentation table', () => {
  const docs = linkOptionDocs(context, content.ui.linkOptions);

  it('has a working example for every option, which opens without a notice', () => {
    for (const doc of docs) expect(checkSiteLink(doc.example, context), doc.example).toEqual([]);
  });

  it('lists the values the code accepts', () => {
    const row = (key: string) => docs.find((d) => d.key === key)!;
    expect(row('theme').values).toBe(SITE_THEMES.join(', '));
    expect(row('stage').values).toBe(CLASSROOM_STAGES.join(', '));
    expect(row('step').values).toContain(context.stepIds.join(', '));
  });

  it('catches a link a writer got wrong', () => {
    expect(checkSiteLink('classroom.html?stgae=predict', context)).toEqual([
      '"stgae" is not a link option of classroom.html',
    ]);
    expect(checkSiteLink('lesson.html', context)[0]).toContain('is not a page of this site');
    expect(checkSiteLink('index.html?step=nowhere', context)[0]).toContain(
      'is not a step of this story',
    );
  });
});

describe('public/theme-init.js', () => {
  const script = readFileSync('public/theme-init.js', 'utf8');
  function themeFor(search: string, stored: Record<string, string> = {}) {
    const dataset: Record<string, string> = {};
    const session = new Map<string, string>(Object.entries(stored));
    runInNewContext(script, {
      document: { documentElement: { dataset } },
      location: { search },
      URLSearchParams,
      JSON,
      localStorage: { getItem: () => null },
      sessionStorage: {
        getItem: (k: string) => session.get(k) ?? null,
        setItem: (k: string, v: string) => session.set(k, v),
      },
    });
    return { theme: dataset.theme, session: session.get('backfill:link-theme') };
  }

  it('applies exactly the themes the link option accepts', () => {
    for (const theme of SITE_THEMES) {
      expect(themeFor(`?theme=${theme}`)).toEqual({
        theme: theme === 'auto' ? undefined : theme,
        session: theme,
      });
    }
    expect(themeFor('?theme=neon')).toEqual({ theme: undefined, session: undefined });
  });

  it('keeps a link’s theme for the rest of the visit', () => {
    expect(themeFor('', { 'backfill:link-theme': 'projector' }).theme).toBe('projector');
  });
});
