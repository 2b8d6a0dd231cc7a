// The one islands table and the one pages table (issue 12 §2): every island and page is one
// entry, and the table's parts agree with each other and with the code that uses them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISLANDS, isIslandName } from '../../src/islands/islands.ts';
import { PAGES, teacherName } from '../../src/pages/pages.ts';

const svelteFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.svelte'))
    .map((f) => join(dir, f));

describe('the islands table', () => {
  it.each(Object.entries(ISLANDS))(
    '%s: its loader loads the component at its source',
    async (_name, island) => {
      expect(existsSync(island.source), island.source).toBe(true);
      const loaded = await island.load();
      const direct = (await import(/* @vite-ignore */ `/${island.source}`)) as typeof loaded;
      expect(loaded.default).toBe(direct.default);
    },
  );

  it('names every island a page uses, and every island it names is used', () => {
    const used = new Set<string>();
    for (const file of svelteFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<Island\s[^>]*?name="([\w-]+)"/g))
        used.add(m[1]!);
    }
    for (const name of used) expect(isIslandName(name), `<Island name="${name}">`).toBe(true);
    expect([...used].sort()).toEqual(Object.keys(ISLANDS).sort());
  });

  it('rejects names it does not hold', () => {
    expect(isIslandName('sandbox')).toBe(true);
    expect(isIslandName('toString')).toBe(false);
    expect(isIslandName('')).toBe(false);
  });
});

describe('the pages table', () => {
  it('gives every page its own id and file, and a component that exists', () => {
    expect(new Set(PAGES.map((p) => p.id)).size).toBe(PAGES.length);
    expect(new Set(PAGES.map((p) => p.path)).size).toBe(PAGES.length);
    for (const page of PAGES) {
      expect(existsSync(`src/pages/${page.component}.svelte`), page.component).toBe(true);
      expect(page.path).toMatch(/^[\w/-]+\.html$/);
    }
  });

  it('has the story at index.html, in the offline file, with its fold marked', () => {
    const story = PAGES.find((p) => p.path === 'index.html');
    expect(story?.id).toBe('story');
    expect(story?.offline).toBe(true);
    expect('belowFold' in story! && story.belowFold).toBeTruthy();
  });

  it('keeps embed pages out of the offline file (they live in other sites’ frames)', () => {
    const embeds = PAGES.filter((p) => p.path.startsWith('embed/'));
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.every((p) => !p.offline)).toBe(true);
  });

  it('names pages for the teacher notes, falling back to the id', () => {
    expect(teacherName('teachers')).toBe('teacher notes');
    expect(teacherName('story')).toBe('story');
    expect(teacherName('no-such-page')).toBe('no-such-page');
  });

  it('is the only list of pages: the offline router and build carry none of their own', () => {
    const route = readFileSync('src/offline/route.ts', 'utf8');
    const offline = readFileSync('scripts/offline.mjs', 'utf8');
    for (const source of [route, offline]) expect(source).not.toMatch(/'corrections'/);
    expect(offline).toMatch(/server\.PAGES\.filter\(\(p\) => p\.offline\)/);
  });
});
