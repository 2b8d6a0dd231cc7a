import { describe, expect, it } from 'vitest';
import { content } from '../support/content.ts';
import { flowLayout } from '../../src/graphics/flow/layout.ts';
import { FLOW_NODES } from '../../src/graphics/flow/states.ts';
import { scaleLayout } from '../../src/graphics/scale/layout.ts';
import { scaleState, SCALE_STATE_IDS } from '../../src/graphics/scale/states.ts';
import { timelineLayout } from '../../src/graphics/timeline/layout.ts';
import { TIMELINE_STATE_IDS, timelineState } from '../../src/graphics/timeline/states.ts';

const { timeline, scale } = content;
const SIZES: [number, number][] = [
  [296, 480],
  [336, 560],
  [560, 420],
  [640, 440],
  [820, 760],
  [1100, 820],
];

describe('graphic layouts stay inside the picture at every size', () => {
  it.each(SIZES)('flow diagram at %i×%i: boxes inside, none overlapping', (w, h) => {
    const layout = flowLayout(w, h);
    const boxes = FLOW_NODES.map((id) => layout.nodes[id]);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(w);
      expect(b.y + b.h).toBeLessThanOrEqual(h);
    }
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
  });

  it.each(SIZES)(
    'flow diagram at %i×%i: every arrow is long enough to see, with room for its label',
    (w, h) => {
      const layout = flowLayout(w, h);
      for (const [id, edge] of Object.entries(layout.edges)) {
        const [x1, y1, x2, y2] = (
          /^M([\d.-]+),([\d.-]+)[LQ].*?([\d.-]+),([\d.-]+)$/.exec(edge.d) ?? []
        )
          .slice(1)
          .map(Number);
        expect(Math.hypot(x2! - x1!, y2! - y1!), `${id} length`).toBeGreaterThanOrEqual(24);
        // Labels wrap to this width: enough for a short word ("licence").
        expect(edge.labelWidth, `${id} label room`).toBeGreaterThanOrEqual(50);
      }
    },
  );

  it('flow diagram with no room (a hidden figure measures 0 × 0): no negative size', () => {
    for (const [w, h] of [
      [0, 0],
      [20, 20],
    ] as const) {
      const layout = flowLayout(w, h);
      for (const b of Object.values(layout.nodes)) {
        expect(b.w, `${b.id} at ${w}×${h}`).toBeGreaterThanOrEqual(0);
        expect(b.h, `${b.id} at ${w}×${h}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it.each(SIZES)('timeline at %i×%i: labels never overlap and stay inside', (w, h) => {
    for (const id of TIMELINE_STATE_IDS) {
      const s = timelineState(id);
      const layout = timelineLayout({ events: timeline, ...s, width: w, height: h });
      const spans = layout.labels.map((l) => [
        l.top,
        l.top + (1 + l.lines.length + l.detail.length) * layout.lineHeight,
      ]);
      spans.forEach(([top, bottom], i) => {
        expect(top).toBeGreaterThanOrEqual(layout.top - 1);
        expect(bottom).toBeLessThanOrEqual(layout.bottom + 1);
        if (i > 0) expect(top).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
      });
    }
  });

  it.each(SIZES)('scale chart at %i×%i: bars fit the axis', (w, h) => {
    for (const id of SCALE_STATE_IDS) {
      const s = scaleState(id);
      const max = Math.max(...scale.filter((b) => s.bars.includes(b.id)).map((b) => b.value));
      const layout = scaleLayout(scale, s.bars, s.focus, max * 1.1, w, h);
      for (const bar of layout.bars.filter((b) => b.visible)) {
        expect(bar.x + bar.w).toBeLessThanOrEqual(layout.right + 0.5);
        expect(bar.y + bar.h).toBeLessThanOrEqual(layout.bottom);
      }
    }
  });
});
