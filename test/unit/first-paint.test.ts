// What makes the story's first paint need no request but the page (issue 12 §5): the first
// screen's CSS picked from the stylesheet, and the page shell that inlines it and the theme
// script, each allowed by its hash in the Content-Security-Policy.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { criticalCss, structuralSelector } from '../../scripts/critical-css.ts';
import {
  AFTER_FIRST_PAINT,
  CONTENT_SECURITY_POLICY,
  injectPage,
  policyWith,
} from '../../scripts/prerender-html.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('structuralSelector', () => {
  it.each([
    ["html:root[data-theme='dark'] .a::before", 'html .a'],
    ['.a > :not(.b)', '.a>*'],
    [':root', '*'],
    ['button:focus-visible', 'button'],
    ['.x:is(.y, .z) .q', '.x .q'],
    ['[hidden]', '*'],
    ['.a:not(:has(.b)) + .c', '.a+.c'],
  ])('%s → %s', (selector, structural) => {
    expect(structuralSelector(selector)).toBe(structural);
  });
});

describe('criticalCss', () => {
  const html = `<html><body><header class="top"><h1 class="title">T</h1></header>
    <main><section class="far"><p class="deep">x</p></section></main></body></html>`;
  const css = [
    ':root { --ink: #111; }',
    '.title { font-size: 2rem; }',
    '.title:hover { color: red; }',
    ".top[data-x='1'] .title::after { content: ''; }",
    '.deep { color: blue; }',
    '.nowhere { color: green; }',
    '@media (min-width: 40rem) { .title { font-size: 3rem; } .deep { margin: 0; } }',
    '@media (min-width: 90rem) { .deep { margin: 1rem; } }',
    '@media print { .title { color: black; } }',
    '@keyframes spin { from { transform: none; } to { transform: rotate(1turn); } }',
    '/* a comment */',
  ].join('\n');
  const out = criticalCss(html, css, '.far');

  it('keeps the rules the first screen can use, in any state', () => {
    expect(out).toContain('--ink: #111');
    expect(out).toContain('.title { font-size: 2rem; }');
    expect(out).toContain('.title:hover');
    expect(out).toContain(".top[data-x='1'] .title::after");
    expect(out).toMatch(/@media \(min-width: 40rem\) \{\s*\.title \{ font-size: 3rem; \}\s*\}/);
    expect(out).toContain('@keyframes spin');
  });

  it('drops rules for what is below the fold or nowhere, empty media blocks, print and comments', () => {
    expect(out).not.toContain('.deep');
    expect(out).not.toContain('.nowhere');
    expect(out).not.toContain('90rem');
    expect(out).not.toContain('print');
    expect(out).not.toContain('a comment');
  });

  it('keeps what it cannot read rather than risk an unstyled first screen', () => {
    // A namespaced selector css-select does not read, for an element that is below the fold.
    expect(criticalCss(html, 'svg|p.deep { color: red; }', '.far')).toContain('svg|p.deep');
    expect(criticalCss(html, 'p.deep { color: red; }', '.far')).toBe('');
  });
});

describe('injectPage for the first paint', () => {
  const template = `<!doctype html><html><head><!--app-head-->
<script src="./theme-init.js"></script>
<script type="module" crossorigin src="./assets/index-a.js"></script>
<link rel="stylesheet" crossorigin href="./assets/style-a.css">
</head><body><!--app-body--></body></html>`;
  const page = { head: '<title>T</title>', body: '<h1>Backfill</h1>' };
  const html = injectPage(template, page, {
    base: '../',
    preload: ['assets/Stepper-a.js', 'assets/ui-a.js'],
    csp: true,
    inlineScripts: { 'theme-init.js': 'document.documentElement.dataset.x = "</script>";' },
    criticalCss: 'h1 { font-size: 2rem; }',
  });

  it('inlines the theme script and the first screen’s CSS, each allowed by its hash', () => {
    const script = 'document.documentElement.dataset.x = "<\\/script>";';
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).not.toContain('theme-init.js');
    expect(html).toContain('<style>h1 { font-size: 2rem; }</style>');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(policy).toContain(`script-src 'self' ${sha(script)} ${sha(AFTER_FIRST_PAINT)};`);
    expect(policy).toContain(`style-src 'self' ${sha('h1 { font-size: 2rem; }')};`);
    expect(policy).not.toContain('unsafe-inline');
    // The policy comes before what it allows.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('requests nothing before the first paint: the loader at the end lists the files', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('type="module"');
    expect(head).not.toContain('modulepreload');
    expect(head.replace(/<noscript>.*?<\/noscript>/g, '')).not.toContain('stylesheet');
    const loader = /<script (data-load-[^>]*)>([^<]*)<\/script><\/body>/.exec(html);
    expect(loader?.[2]).toBe(AFTER_FIRST_PAINT);
    expect(loader?.[1]).toBe(
      'data-load-styles="../assets/style-a.css" data-load-preload="../assets/Stepper-a.js ../assets/ui-a.js" data-load-module="../assets/index-a.js"',
    );
  });

  it('loads the whole stylesheet without JavaScript', () => {
    expect(html).toContain(
      '<noscript><link rel="stylesheet" crossorigin href="../assets/style-a.css"></noscript>',
    );
  });

  it('leaves pages without a fold with their stylesheet, and says when a script is missing', () => {
    const plain = injectPage(template, page, { base: './', preload: ['assets/x.js'], csp: true });
    expect(plain).toContain('<link rel="stylesheet" crossorigin href="./assets/style-a.css">');
    expect(plain).toContain('<script type="module" crossorigin src="./assets/index-a.js">');
    expect(plain).toContain('<link rel="modulepreload" crossorigin href="./assets/x.js">');
    expect(plain).not.toContain('data-load-');
    expect(plain).toContain(CONTENT_SECURITY_POLICY);
    expect(() =>
      injectPage(template, page, { base: './', preload: [], inlineScripts: { 'x.js': '' } }),
    ).toThrow(/x\.js/);
  });

  it('adds hashes to a policy once each, and only where asked', () => {
    const policy = policyWith(CONTENT_SECURITY_POLICY, { scripts: ["'sha256-a'", "'sha256-a'"] });
    expect(policy).toContain("script-src 'self' 'sha256-a';");
    expect(policy).toContain("style-src 'self';");
  });
});
