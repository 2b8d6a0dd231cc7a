// The embed codes a journalist copies, for one chart at one pinned scenario:
//   iframe  a plain iframe, for CMSes that strip scripts (its height stays fixed: the chart fills
//           it, and scrolls inside it when it grows, e.g. when a reader opens its data table)
//   script  the same iframe plus our host script, which fits its height to the chart
//   amp     an <amp-iframe> for AMP pages (AMP resizes it from the chart's messages), with the
//           chart's picture as its placeholder
// The iframe codes carry no <noscript> picture: the frame itself is prerendered and reads
// without JavaScript, so a reader without JavaScript would see the chart twice.
// Every value is HTML-escaped; every URL must be absolute http(s).
import { absoluteUrl, escapeHtml } from '../lib/html.ts';

export interface EmbedSnippetInput {
  /** The chart's id, e.g. 'unmet' (marks the iframe for the host script). */
  chartId: string;
  /** The iframe's accessible name, e.g. the chart's title. */
  title: string;
  /** The embed page with its pinned scenario and options, absolute. */
  embedUrl: string;
  /** A picture of this view (or one labelled as the default), AMP's placeholder. */
  fallbackImageUrl: string;
  /** The authored text equivalent of the chart, used as the picture's alt text. */
  alt: string;
  /** The embed page's CSS color-scheme (links.ts colorSchemeOf), declared on the iframe too. */
  colorScheme: 'light' | 'dark' | 'light dark';
  /** Suggested height in CSS pixels, before the chart reports its own. */
  height: number;
  /** Where public/embed.js is served, absolute. */
  hostScriptUrl: string;
  /** AMP's responsive layout keeps width:height; the width that goes with `height`. Default 600. */
  ampWidth?: number;
}

/** The three codes, in the order the Share dialog offers them (the first is recommended). */
export const EMBED_FORMS = ['script', 'iframe', 'amp'] as const;
export type EmbedForm = (typeof EMBED_FORMS)[number];

export type EmbedSnippets = Record<EmbedForm, string>;

/**
 * `width:1px; min-width:100%` is the iOS Safari fix: otherwise the iframe grows to its content's
 * width. The color-scheme matches the embed page's, so the browser paints no backdrop behind a
 * transparent embed whatever the host page declares.
 */
export const iframeStyle = (colorScheme: EmbedSnippetInput['colorScheme']) =>
  `width:1px;min-width:100%;border:0;color-scheme:${colorScheme}`;
const DEFAULT_AMP_WIDTH = 600;

type Attributes = [name: string, value: string | true][];

/** One element's start tag; `true` writes a bare attribute (e.g. resizable). */
function tag(name: string, attributes: Attributes): string {
  const written = attributes.map(([key, value]) =>
    value === true ? key : `${key}="${escapeHtml(value)}"`,
  );
  return `<${[name, ...written].join(' ')}>`;
}

function pixels(value: number, what: string): string {
  if (!Number.isFinite(value) || value < 1) throw new Error(`${what} must be a positive number`);
  return String(Math.round(value));
}

export type IframeInput = Pick<EmbedSnippetInput, 'title' | 'embedUrl' | 'height' | 'colorScheme'>;

function iframeAttributes(input: IframeInput, src: string): Attributes {
  return [
    ['src', src],
    ['title', input.title],
    ['loading', 'lazy'],
    ['style', iframeStyle(input.colorScheme)],
    ['height', pixels(input.height, 'height')],
    ['scrolling', 'no'],
    ['allow', 'clipboard-write'],
  ];
}

/** Just the plain iframe (for oEmbed's html, where no script or noscript belongs). */
export function plainIframe(input: IframeInput): string {
  const src = absoluteUrl(input.embedUrl, 'embedUrl');
  return `${tag('iframe', iframeAttributes(input, src))}</iframe>`;
}

export function embedSnippets(input: EmbedSnippetInput): EmbedSnippets {
  const src = absoluteUrl(input.embedUrl, 'embedUrl');
  const image = absoluteUrl(input.fallbackImageUrl, 'fallbackImageUrl');
  const script = absoluteUrl(input.hostScriptUrl, 'hostScriptUrl');
  const plain = plainIframe(input);
  const marked = `${tag('iframe', [
    ...iframeAttributes(input, src),
    ['data-backfill-embed', input.chartId],
  ])}</iframe>`;
  const amp = [
    tag('amp-iframe', [
      ['src', src],
      ['title', input.title],
      ['width', pixels(input.ampWidth ?? DEFAULT_AMP_WIDTH, 'ampWidth')],
      ['height', pixels(input.height, 'height')],
      ['layout', 'responsive'],
      ['sandbox', 'allow-scripts allow-same-origin'],
      ['frameborder', '0'],
      ['resizable', true],
    ]),
    // AMP only resizes an iframe that has an "overflow" element for the reader to tap.
    `  ${tag('div', [
      ['overflow', true],
      ['tabindex', '0'],
      ['role', 'button'],
      ['aria-label', 'Show the whole chart'],
    ])}Show the whole chart</div>`,
    `  ${tag('amp-img', [
      ['placeholder', true],
      ['layout', 'fill'],
      ['src', image],
      ['alt', input.alt],
    ])}</amp-img>`,
    '</amp-iframe>',
  ].join('\n');

  return {
    iframe: plain,
    script: `${marked}\n${tag('script', [
      ['async', true],
      ['src', script],
    ])}</script>`,
    amp,
  };
}
