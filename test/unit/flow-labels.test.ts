// Issue 13, item 13: the flow diagram's words never collide, at any size the story, an embed or
// a projector gives it. Boxes come from src/graphics/flow/labels.ts, which the diagram draws
// from, with the real labels from content/graphics.yaml.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { flowText, type Rect } from '../../src/graphics/flow/labels.ts';
import { flowLayout } from '../../src/graphics/flow/layout.ts';
import { FLOW_EDGES, FLOW_NODES } from '../../src/graphics/flow/states.ts';

const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const labels = result.content.labels.flow ?? {};

// Phones and embeds (portrait), laptops, the story at 1280×720 in the projector theme (the
// graphic's stage measured in Chromium: 485×320 with the old columns, 605×370 with the new),
// desktops, and the size the server draws at.
// The phone story's graphic above its text (about square: 336×324 at 360×780, 366×370 at
// 390×844, 336×290 at 360×740).
const SIZES: [number, number][] = [
  [296, 480],
  [336, 290],
  [336, 324],
  [366, 370],
  [352, 320],
  [336, 432],
  [342, 496],
  [336, 560],
  [388, 264],
  [420, 330],
  [485, 320],
  [520, 520],
  [560, 420],
  [605, 370],
  [640, 440],
  [640, 480],
  [720, 560],
  [820, 760],
  [1100, 820],
];

const overlap = (a: Rect, b: Rect, pad = 0) =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

const inside = (p: { x: number; y: number }, r: Rect) =>
  p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h;

/** Points along an edge's path (a line or a quadratic curve), every couple of px. */
function pathPoints(d: string): { x: number; y: number }[] {
  const n = [...d.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
  const [x0, y0] = [n[0]!, n[1]!];
  const quad = d.includes('Q');
  const [cx, cy, x1, y1] = quad ? [n[2]!, n[3]!, n[4]!, n[5]!] : [NaN, NaN, n[2]!, n[3]!];
  const steps = Math.max(2, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 2));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    if (!quad) return { x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t };
    const u = 1 - t;
    return {
      x: u * u * x0 + 2 * u * t * cx + t * t * x1,
      y: u * u * y0 + 2 * u * t * cy + t * t * y1,
    };
  });
}

describe.each(SIZES)('flow diagram at %i×%i', (width, height) => {
  const layout = flowLayout(width, height);
  const text = flowText(layout, labels);
  const edgeLabels = FLOW_EDGES.map((id) => ({ id, box: text.edges[id].box }));

  it('chooses the reading direction by the shape it gets', () => {
    // A picture wider than it is tall reads left to right, whatever its width.
    if (width > height * 1.1) expect(layout.orientation).toBe('wide');
    if (width < 560 && height > width * 1.2) expect(layout.orientation).toBe('narrow');
  });

  it('no edge label overlaps another, a box, the "not allowed" mark or the rule note', () => {
    for (const a of edgeLabels) {
      for (const b of edgeLabels)
        if (a !== b) expect(overlap(a.box, b.box, 1), `${a.id} × ${b.id}`).toBe(false);
      for (const node of FLOW_NODES)
        expect(overlap(a.box, layout.nodes[node], 1), `${a.id} × box ${node}`).toBe(false);
      if (a.id !== 'japanToUkraine')
        expect(overlap(a.box, text.mark, 1), `${a.id} × mark`).toBe(false);
      expect(overlap(a.box, text.rule.box), `${a.id} × rule note`).toBe(false);
    }
  });

  it('no label sits on an arrow', () => {
    for (const a of edgeLabels)
      for (const id of FLOW_EDGES) {
        const hit = pathPoints(layout.edges[id].d).find((p) => inside(p, a.box));
        expect(hit, `label ${a.id} on arrow ${id}`).toBeUndefined();
      }
  });

  it('every word stays inside the picture, and node names inside their boxes', () => {
    const all = [...edgeLabels.map((l) => l.box), text.rule.box, text.mark];
    for (const box of all) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.h).toBeLessThanOrEqual(layout.height);
    }
    for (const id of FLOW_NODES) {
      const node = layout.nodes[id];
      const name = text.nodes[id].box;
      expect(name.w, `${id} name width`).toBeLessThanOrEqual(node.w - 4);
      expect(name.h, `${id} name height`).toBeLessThanOrEqual(node.h - 2);
    }
  });

  it('the rule note clears every box', () => {
    for (const node of FLOW_NODES)
      expect(overlap(text.rule.box, layout.nodes[node], 1), `rule × ${node}`).toBe(false);
    expect(overlap(text.rule.box, text.mark, 1)).toBe(false);
  });
});
