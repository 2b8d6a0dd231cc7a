// public/embed.js runs on newsroom pages we do not control: keep it a small classic script
// that cannot navigate, inject HTML or evaluate code. Its behaviour is tested in a real browser
// (test/e2e/embed-resize.spec.ts).
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync('public/embed.js', 'utf8');
const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('public/embed.js', () => {
  it('is a classic script (no module syntax) and stays small', () => {
    expect(() => new Script(source)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(Buffer.byteLength(source)).toBeLessThan(3500);
  });

  it('never navigates, writes HTML, evaluates code or stores anything', () => {
    for (const forbidden of [
      /\blocation\b/,
      /\.href\s*=/,
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write/,
      /\beval\b|new Function|setTimeout\(\s*['"`]/,
      /localStorage|sessionStorage|document\.cookie/,
      /\bfetch\b|XMLHttpRequest|createElement/,
      /postMessage\([^)]*'\*'/,
    ]) {
      expect(code, String(forbidden)).not.toMatch(forbidden);
    }
  });

  it('sets nothing on the page but an embed iframe’s style.height', () => {
    const assignments = [...code.matchAll(/([\w.[\]]+)\s*=(?!=)/g)].map((m) => m[1]);
    const outsideVars = assignments.filter((a) => a!.includes('.') && !a!.startsWith('message.'));
    expect(outsideVars).toEqual(['frame.style.height']);
  });
});
