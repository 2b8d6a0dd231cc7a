import { describe, expect, it } from 'vitest';
import { content, ledger } from '../support/content.ts';

const links = content.links;
import { parseControlOptions } from '../../src/links/control-options.ts';

describe('sandbox control options in a link', () => {
  it('hides and locks sliders by short key, and hides or opens the advanced group', () => {
    const { options, notices } = parseControlOptions(
      '?hide=up,us&lock=it&advanced=0',
      ledger,
      links,
    );
    expect(options).toEqual({
      hidden: ['usProductionFrom2026', 'usShareForUkraine'],
      locked: ['interceptorsPerTarget'],
      advanced: 'hidden',
    });
    expect(notices).toEqual([]);
    expect(parseControlOptions('advanced=1', ledger, links).options.advanced).toBe('open');
  });

  it('ignores keys that are not sliders, and says so', () => {
    const { options, notices } = parseControlOptions(
      'hide=js,nope,je&advanced=maybe',
      ledger,
      links,
    );
    expect(options.hidden).toEqual(['japanExportPerYear']);
    expect(options.advanced).toBe('closed');
    expect(notices.map((n) => n.message)).toEqual([
      'Hidden sliders: “js” is not a slider in the sandbox, so it is ignored.',
      'Hidden sliders: “nope” is not a slider in the sandbox, so it is ignored.',
      'More assumptions: “maybe” is not 0 or 1, so the group is shown closed.',
    ]);
  });

  it('never throws on garbage', () => {
    for (const q of [
      '%',
      'hide=%E0%A4%A',
      'lock=,,,',
      '__proto__=1&hide=__proto__',
      'advanced=' + 'x'.repeat(5000),
    ]) {
      expect(() => parseControlOptions(q, ledger, links)).not.toThrow();
    }
  });
});
