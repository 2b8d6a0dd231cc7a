import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../support/content.ts';
import {
  GRAPHIC_OF_STATE,
  GRAPHIC_IDS,
  storyViewAt,
  type StoryView,
} from '../../src/graphics/registry.ts';
import { activeIndexFor } from '../../src/story/scroll-engine.ts';

const stepStates = content.steps.map((s) => s.state);

/** What a reader sees after stepping one at a time: each graphic keeps its latest state. */
function stepThrough(path: number[]): StoryView {
  let view = storyViewAt(stepStates, 0);
  for (const index of path) {
    const next = storyViewAt(stepStates, index);
    view = {
      active: next.active,
      states: { ...view.states, [next.active]: next.states[next.active] },
    };
  }
  return view;
}

describe('the story view at a step', () => {
  it('knows a graphic for every step', () => {
    for (const state of stepStates) expect(GRAPHIC_OF_STATE.has(state)).toBe(true);
  });

  it('shows the step’s own state on the active graphic', () => {
    stepStates.forEach((state, i) => {
      const view = storyViewAt(stepStates, i);
      expect(view.states[view.active]).toBe(state);
    });
  });

  it('jumping straight to step N equals stepping through 0..N', () => {
    for (let n = 0; n < stepStates.length; n++) {
      const path = Array.from({ length: n + 1 }, (_, i) => i);
      expect(storyViewAt(stepStates, n)).toEqual(stepThrough(path));
    }
  });

  it('any walk of Prev/Next moves that ends at N shows the same as jumping to N', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (moves) => {
        let i = 0;
        for (const forward of moves)
          i = Math.max(0, Math.min(stepStates.length - 1, i + (forward ? 1 : -1)));
        const jumped = storyViewAt(stepStates, i);
        // Graphics not yet reached show their first state either way.
        expect(jumped.active).toBe(GRAPHIC_OF_STATE.get(stepStates[i]!));
        for (const g of GRAPHIC_IDS) {
          const seenUpTo = stepStates.slice(0, i + 1).filter((s) => GRAPHIC_OF_STATE.get(s) === g);
          expect(jumped.states[g]).toBe(
            seenUpTo.at(-1) ?? stepStates.find((s) => GRAPHIC_OF_STATE.get(s) === g),
          );
        }
      }),
    );
  });

  it('clamps indexes outside the story', () => {
    expect(storyViewAt(stepStates, -5)).toEqual(storyViewAt(stepStates, 0));
    expect(storyViewAt(stepStates, 999)).toEqual(storyViewAt(stepStates, stepStates.length - 1));
  });
});

describe('the scroll engine’s choice of step', () => {
  it('is the last step whose top has passed the line', () => {
    expect(activeIndexFor([100, 500, 900], 450)).toBe(0);
    expect(activeIndexFor([-400, 100, 900], 450)).toBe(1);
    expect(activeIndexFor([-900, -500, -100], 450)).toBe(2);
  });

  it('holds step 0 before the story starts (not "no step")', () => {
    expect(activeIndexFor([800, 1600], 450)).toBe(0);
  });
});
