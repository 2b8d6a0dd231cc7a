// Issue 13, item 15: a scenario opened from a link (or by Back and Forward) is the scenario that
// the next screen-reader sentence is measured against, not the model's defaults.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { describeChange } from '../../src/sandbox/describe.ts';
import { SandboxState } from '../../src/sandbox/sandbox-state.svelte.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED, simulate } from '../../workers/stockpile/simulate.ts';

const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const ledger = result.content.parameters;
const strings = result.content.sandboxStrings;
const spec = ledger.find((p) => p.id === 'ballisticLaunchesPerMonth')!;

describe('the live sentence after a scenario from a link', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('describes the next move against the link’s scenario', () => {
    const sandbox = new SandboxState(ledger);
    const link = { ...defaultValues(ledger), ballisticLaunchesPerMonth: spec.max };
    // What the sandbox does with a share link: every setting replaced, nothing announced.
    sandbox.replace(link, DEFAULT_SEED);
    vi.runAllTimers();
    expect(sandbox.announcement).toBe('');
    const moved = spec.max - 10 * spec.step;
    sandbox.set('ballisticLaunchesPerMonth', moved);
    vi.runAllTimers();
    const before = simulate(ledger, link, { seed: DEFAULT_SEED });
    const after = simulate(
      ledger,
      { ...link, ballisticLaunchesPerMonth: moved },
      { seed: DEFAULT_SEED },
    );
    const fromDefaults = describeChange(
      simulate(ledger, defaultValues(ledger), { seed: DEFAULT_SEED }),
      after,
      spec,
      strings,
    );
    expect(sandbox.announcement).toBe(describeChange(before, after, spec, strings));
    // The case that went wrong: compared with the defaults, the sentence says something else.
    expect(sandbox.announcement).not.toBe(fromDefaults);
  });
});
