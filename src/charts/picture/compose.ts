// A chart as a complete, credited graphic, ready for a newspaper's graphics desk: its title, the
// sentence of what it shows, the scenario (sandbox charts), the chart itself (with its legend),
// the source line and the "Backfill" credit, on the light theme's background. One function
// makes every such picture: the downloads (SVG and PNG) and the build's fallback pictures.
import { wrapText } from '../../lib/svg-text.ts';
import { escapeHtml } from '../../lib/html.ts';
import type { InlinedSvg } from './inline.ts';

/** The words around the chart (src/embed/picture-text.ts makes them). */
export interface PictureWords {
  title: string;
  /** What the chart shows: the describer's sentence or the story state's caption. */
  caption: string;
  /** Sandbox charts: which scenario (scenario-line.ts). */
  scenario?: string;
  /** The picture's text equivalent, for its <desc>. */
  alt: string;
  /** "Source: …" */
  source: string;
  /** "Graphic: Backfill, …" */
  credit: string;
}

export interface Picture {
  /** A standalone SVG file: XML declaration, namespace, title and description. */
  markup: string;
  width: number;
  height: number;
}

const PAD = 24;
const GAP = 12;
const SIZES = { title: 20, caption: 15, scenario: 13, small: 12 } as const;

/** Token values for the picture's own text, with plain fallbacks should a token be missing. */
function paint(tokens: ReadonlyMap<string, string>) {
  return {
    background: tokens.get('--bg-raised') ?? '#ffffff',
    ink: tokens.get('--ink') ?? '#1b1b1f',
    muted: tokens.get('--ink-muted') ?? '#53535e',
    rule: tokens.get('--rule') ?? '#d9d6cf',
    font: tokens.get('--font-ui') ?? 'system-ui, sans-serif',
  };
}

interface Block {
  markup: string;
  bottom: number;
}

function textBlock(
  text: string,
  top: number,
  width: number,
  size: number,
  style: string,
  part: string,
): Block {
  const wrapped = text ? wrapText(text, width, size) : [];
  if (!wrapped.length) return { markup: '', bottom: top };
  const leading = Math.round(size * 1.35);
  const lines = wrapped.map(
    (line, i) =>
      `<text x="${PAD}" y="${top + size + i * leading}" style="${escapeHtml(style)};font-size:${size}px">${escapeHtml(line)}</text>`,
  );
  return {
    markup: `<g class="${part}">${lines.join('')}</g>`,
    bottom: top + wrapped.length * leading + Math.round(size * 0.35),
  };
}

/** The chart's inlined <svg>, placed at (x, y) at its own size. */
function placed(chart: InlinedSvg, x: number, y: number): string {
  const { width, height } = chart.viewBox;
  const open = chart.markup.slice(0, chart.markup.indexOf('>') + 1);
  const selfClosing = open.endsWith('/>');
  const attrs = open
    .replace(/^<svg/, '')
    .replace(/\/?>$/, '')
    .replace(/\s(?:x|y|width|height)="[^"]*"/g, '');
  const start = `<svg x="${x}" y="${y}" width="${width}" height="${height}"${attrs}`;
  return selfClosing ? `${start}/>` : `${start}>${chart.markup.slice(open.length)}`;
}

/** The credited picture of a chart. */
export function composePicture(words: PictureWords, chart: InlinedSvg): Picture {
  const p = paint(chart.tokens);
  const inner = Math.round(chart.viewBox.width);
  const width = inner + PAD * 2;
  const title = textBlock(
    words.title,
    PAD - 4,
    inner,
    SIZES.title,
    `fill:${p.ink};font-weight:700`,
    'title',
  );
  const caption = textBlock(
    words.caption,
    title.bottom,
    inner,
    SIZES.caption,
    `fill:${p.muted}`,
    'caption',
  );
  const scenario = textBlock(
    words.scenario ?? '',
    caption.bottom,
    inner,
    SIZES.scenario,
    `fill:${p.ink};font-weight:600`,
    'scenario',
  );
  const chartTop = scenario.bottom + GAP;
  const chartBottom = chartTop + Math.round(chart.viewBox.height);
  const ruleY = chartBottom + GAP;
  const source = textBlock(
    words.source,
    ruleY + 4,
    inner,
    SIZES.small,
    `fill:${p.muted}`,
    'source',
  );
  const credit = textBlock(
    words.credit,
    source.bottom,
    inner,
    SIZES.small,
    `fill:${p.ink};font-weight:700`,
    'credit',
  );
  const height = credit.bottom + PAD - 6;
  const markup = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="backfill-title backfill-desc" lang="en" style="font-family:${escapeHtml(p.font)}">`,
    `<title id="backfill-title">${escapeHtml(words.caption ? `${words.title}: ${words.caption}` : words.title)}</title>`,
    `<desc id="backfill-desc">${escapeHtml(words.alt)}</desc>`,
    `<rect class="background" width="${width}" height="${height}" style="fill:${p.background}"/>`,
    title.markup,
    caption.markup,
    scenario.markup,
    placed(chart, PAD, chartTop),
    `<line class="rule" x1="${PAD}" x2="${width - PAD}" y1="${ruleY}" y2="${ruleY}" style="stroke:${p.rule};stroke-width:1"/>`,
    source.markup,
    credit.markup,
    '</svg>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
  return { markup, width, height };
}
