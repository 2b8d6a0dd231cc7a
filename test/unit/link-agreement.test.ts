// Issue 12 §1 and the code review (2026-11-30, 1.3): the same input read differently by two
// readers. Each of these once disagreed; now every reader is a view of one option table.
import { describe, expect, it } from 'vitest';
import { content, ledger } from '../support/content.ts';
import { EMBED_THEMES } from '../../src/lib/themes.ts';
import { parseStageOption, parseThemeOption } from '../../src/links/choices.ts';
import { parseControlOptions } from '../../src/links/control-options.ts';
import { parseEmbedOptions } from '../../src/links/embed-options.ts';
import { readLink } from '../../src/links/page-link.ts';
import { parseScenario } from '../../src/links/url-state.ts';
import { readEmbed } from '../../src/embed/read-embed.ts';

const copy = content.links;
const stepIds = content.steps.map((s) => s.state);
const embed = (query: string) => parseEmbedOptions(query, { charts: ['unmet'], ledger }, copy);
const LOOKALIKE = 'is not one this page reads';

describe('one theme vocabulary, read one way', () => {
  it('a theme word means the same on a site page and on an embed, in any case and spacing', () => {
    // The site's reader lower-cased and trimmed; the embed's matched exactly ("Dark" was light).
    for (const theme of EMBED_THEMES) {
      for (const written of [theme, theme.toUpperCase(), ` ${theme} `, 'Dark']) {
        const query = `theme=${encodeURIComponent(written)}`;
        const site = parseThemeOption(query, copy);
        const onEmbed = embed(query);
        expect(onEmbed.options.theme, written).toBe(site.value);
        expect(onEmbed.notices, written).toEqual([]);
      }
    }
  });

  it('a word only the site knows is explained on an embed, which stays light', () => {
    expect(parseThemeOption('theme=projector', copy).value).toBe('projector');
    const { options, notices } = embed('theme=projector');
    expect(options.theme).toBe('light');
    expect(notices.map((n) => n.message)).toEqual([
      'Theme: “projector” is not light, dark or auto, so “light” is used.',
    ]);
  });
});

describe('switches and lists', () => {
  it('1 and 0 read alike everywhere, spaces around them ignored', () => {
    // advanced= trimmed its value; title= and transparent= did not.
    expect(parseControlOptions('advanced=%201', ledger, copy).options.advanced).toBe('open');
    const { options, notices } = embed('title=%200&transparent=1%20');
    expect([options.showTitle, options.transparent, notices]).toEqual([false, true, []]);
  });

  it('a list of sliders reads the same for hide= and for an embed’s controls=', () => {
    const list = 'bl,je,bl, ,je';
    expect(parseControlOptions(`hide=${list}`, ledger, copy).options.hidden).toEqual(
      embed(`controls=${list}`).options.controls,
    );
  });
});

describe('keys that look like ours', () => {
  it('are explained by every reader, the sandbox’s own options too', () => {
    // Three checkers did this, and hide/lock/advanced had none ("Hide=je" was silently ignored).
    const said = (notices: { message: string }[]) =>
      notices.filter((n) => n.message.includes(LOOKALIKE));
    expect(said(parseControlOptions('Hide=je', ledger, copy).notices)).toHaveLength(1);
    expect(said(parseControlOptions('LOCK=je', ledger, copy).notices)).toHaveLength(1);
    expect(said(parseThemeOption('Theme=dark', copy).notices)).toHaveLength(1);
    expect(said(parseStageOption('Stage=predict', copy).notices)).toHaveLength(1);
    expect(said(embed('Chart=unmet').notices)).toHaveLength(1);
    expect(said(parseScenario('Step=backfill', ledger, { copy, stepIds }).notices)).toHaveLength(1);
    const text = readEmbed('v=1&Heading=Hi', 'unmet', {}, ledger, copy);
    expect(said(text.notices)).toHaveLength(1);
  });
});

describe('one bad ?step=, said once', () => {
  it('the story’s step buttons explain it, and the sandbox’s reading does not repeat it', () => {
    const query = 'v=1&step=nowhere&bl=120';
    const page = readLink(query, '', 'story', { ledger, stepIds, copy });
    expect(page.noticesOf('step').map((n) => n.message)).toEqual([
      'Story step: “nowhere” is not a step of this story, so the story opens at its start.',
    ]);
    expect(page.value('step')).toBeNull();
    // What the sandbox reads from the same link: the scenario, without the story's step.
    const sandbox = parseScenario(page.query, ledger, { copy, stepIds, without: ['step'] });
    expect(sandbox.notices.filter((n) => n.param === 'step')).toEqual([]);
    expect(sandbox.state.values.ballisticLaunchesPerMonth).toBe(120);
  });

  it('and a page that has no story does not read ?step= at all', () => {
    // The classroom view once read it (and complained about a malformed one).
    expect(
      parseScenario('step=NOT%20A%20STEP', ledger, { copy, page: 'classroom' }).notices,
    ).toEqual([]);
  });
});
