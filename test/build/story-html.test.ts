// Tests of the built site in dist/ (npm test builds first): the prerendered HTML holds the
// whole story without JavaScript, with working citations and complete page metadata.
import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';

const html = readFileSync('dist/index.html', 'utf8');
const $ = load(html);
const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const { content } = result;

describe('the prerendered story page', () => {
  it('has language, title, description, canonical and social cards', () => {
    expect($('html').attr('lang')).toBe('en');
    expect($('title').text()).toBe(content.site.title);
    expect($('meta[name="description"]').attr('content')).toBe(content.site.description);
    expect($('link[rel="canonical"]').attr('href')).toBe(content.site.siteUrl);
    for (const p of [
      'og:title',
      'og:description',
      'og:image',
      'og:url',
      'og:type',
      'og:image:alt',
    ]) {
      expect($(`meta[property="${p}"]`).attr('content'), p).toBeTruthy();
    }
    for (const n of ['twitter:card', 'twitter:title', 'twitter:image']) {
      expect($(`meta[name="${n}"]`).attr('content'), n).toBeTruthy();
    }
    expect($('meta[property="og:image"]').attr('content')).toMatch(/^https:\/\/.+\.png$/);
    expect($('link[rel="icon"]').attr('href')).toBe('./favicon.svg');
  });

  it('ships the files static hosts and crawlers ask for', () => {
    for (const file of [
      'robots.txt',
      'favicon.svg',
      'social.png',
      'apple-touch-icon.png',
      'noscript.css',
    ]) {
      expect(existsSync(`dist/${file}`), file).toBe(true);
    }
  });

  it('contains every chapter and every step, in order, as text', () => {
    for (const chapter of content.chapters) {
      expect($(`#chapter-${chapter.id}-title`).text()).toContain(chapter.title);
    }
    const steps = $('.step[data-step]')
      .map((_, el) => $(el).attr('data-state'))
      .get();
    expect(steps).toEqual(content.steps.map((s) => s.state));
    expect($('.step').first().text()).toContain('Russia strikes Ukraine almost daily');
  });

  it('gives every step a static graphic for readers without JavaScript', () => {
    // <noscript> content is raw text to an HTML parser with scripting on; parse it as markup.
    const statics = $('.step noscript')
      .map((_, el) => load($(el).html() ?? '')('svg').attr('data-state'))
      .get();
    expect(statics).toEqual(content.steps.map((s) => s.state));
  });

  it('links every citation mark to its source, and every source back to each mark', () => {
    const marks = $('sup.cite a');
    expect(marks.length).toBeGreaterThan(30);
    marks.each((_, el) => {
      const target = $(el).attr('href')!.slice(1);
      expect($(`[id="${target}"]`).length, target).toBe(1);
    });
    $('.sources li').each((_, li) => {
      const back = $(li).find('.sources__back a');
      expect(back.length).toBeGreaterThan(0);
      back.each((_, a) => {
        expect($(`[id="${$(a).attr('href')!.slice(1)}"]`).length).toBe(1);
      });
    });
  });

  it('marks every figure in the text with its status', () => {
    $('.figure-value').each((_, el) => {
      expect($(el).next().attr('class')).toMatch(/status status--(reported|derived|illustrative)/);
    });
  });

  it('has no duplicate ids outside <noscript>', () => {
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('loads only first-party resources', () => {
    $('script[src], link[href], img[src]').each((_, el) => {
      const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
      const rel = $(el).attr('rel') ?? '';
      if (rel === 'canonical') return;
      expect(url, url).not.toMatch(/^(https?:)?\/\//);
    });
  });
});
