import js from '@eslint/js';
import * as espree from 'espree';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-ssr/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.reports/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    // public/*.js run as classic scripts on readers' and other people's pages (embed.js on news
    // sites): ES2017 syntax and globals only, browser globals, no modules. espree with
    // ecmaVersion 2017 rejects anything newer (?., ??, object spread, catch without binding).
    files: ['public/**/*.js'],
    languageOptions: {
      parser: espree,
      ecmaVersion: 2017,
      sourceType: 'script',
      globals: { ...globals.browser },
    },
    rules: {
      // ES2017 has no catch without a binding: an unused `e` there is fine.
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  {
    // Island markers are our own build-time output, never text from a URL or a message. The
    // other {@html} sites (EmbedPage's script tag, the model document and the corrections log,
    // rendered from content/ with raw HTML disabled) each say so on a line of their own.
    files: ['src/islands/Island.svelte'],
    rules: { 'svelte/no-at-html-tags': 'off' },
  },
);
