// "How the model works" (content/model.md) to HTML, at build time. Full Markdown (headings,
// tables, code) but no raw HTML; citations [@id] become numbered notes like the story's, and a
// citation of an unknown source fails the build with its line.
import markdownIt, { type StateInline } from 'markdown-it';
import type { Source, SourceNote } from '../../src/lib/content-types.ts';
import type { ContentProblems } from './errors.ts';
import { writeModelNumbers } from './model-numbers.ts';

export interface ModelDoc {
  html: string;
  notes: SourceNote[];
}

export function renderModelDoc(
  file: string,
  text: string,
  sources: readonly Source[],
  problems: ContentProblems,
): ModelDoc {
  const numbers = new Map<string, number>();
  const backrefs = new Map<string, string[]>();
  const md = markdownIt({ html: false, linkify: false, typographer: true });

  md.inline.ruler.before('link', 'citation', (state: StateInline, silent: boolean) => {
    const start = state.pos;
    if (state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x40)
      return false;
    const end = state.src.indexOf(']', start);
    if (end < 0) return false;
    const body = state.src.slice(start + 1, end);
    if (!/^@[^\s\];,]+(\s*[;,]\s*@[^\s\];,]+)*$/.test(body)) return false;
    if (!silent) {
      const token = state.push('citation', '', 0);
      token.meta = { ids: body.split(/[;,]/).map((s) => s.trim().slice(1)) };
    }
    state.pos = end + 1;
    return true;
  });

  md.renderer.rules.citation = (tokens, idx) => {
    const ids = (tokens[idx]!.meta as { ids: string[] }).ids;
    return ids
      .map((id) => {
        let n = numbers.get(id);
        if (n === undefined) {
          n = numbers.size + 1;
          numbers.set(id, n);
        }
        const list = backrefs.get(id) ?? [];
        const anchor = `cite-${n}-${list.length + 1}`;
        list.push(anchor);
        backrefs.set(id, list);
        return `<sup class="cite"><a id="${anchor}" href="#source-${md.utils.escapeHtml(id)}"><span class="visually-hidden">Source </span>${n}</a></sup>`;
      })
      .join('');
  };
  // Tables scroll inside their own focusable region on narrow screens; each region is named by
  // the first column heading so screen-reader users can tell them apart.
  let tableCount = 0;
  md.renderer.rules.table_open = (tokens, idx) => {
    tableCount++;
    const firstHeading = tokens.slice(idx).find((t) => t.type === 'inline')?.content ?? '';
    const label = md.utils.escapeHtml(
      `Table ${tableCount}${firstHeading ? `: ${firstHeading.replace(/`/g, '')}` : ''}`,
    );
    return `<div class="doc-table" tabindex="0" role="region" aria-label="${label}"><table>`;
  };
  md.renderer.rules.table_close = () => '</table></div>';
  md.renderer.rules.code_block = md.renderer.rules.fence = (tokens, idx) =>
    `<pre class="equations" tabindex="0"><code>${md.utils.escapeHtml(tokens[idx]!.content)}</code></pre>\n`;

  // Check citations line by line first, so problems carry their line.
  const known = new Set(sources.map((s) => s.id));
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\[@([^\]]+)\]/g)) {
      for (const raw of m[1]!.split(/[;,]/)) {
        const id = raw.trim().replace(/^@/, '');
        if (!known.has(id))
          problems.add(
            file,
            i + 1,
            `citation of unknown source "${id}" (add it to content/sources.yaml)`,
          );
      }
    }
  });

  // The page has its own h1; the document's headings start at h2. The model's start month and
  // default run count are written in from the code.
  const written = writeModelNumbers(text, ['startMonth', 'runs']);
  const html = md.render(written.replace(/^# .*\n/, ''));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const notes = [...numbers.entries()]
    .sort((a, b) => a[1] - b[1])
    .flatMap(([id, n]) => {
      const source = byId.get(id);
      return source ? [{ n, source, backrefs: backrefs.get(id) ?? [] }] : [];
    });
  return { html, notes };
}
