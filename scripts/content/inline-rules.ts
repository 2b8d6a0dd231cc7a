// The inline syntax of content Markdown, as markdown-it rules: citations [@id], glossary terms
// [[text|term-id]] and figures {{text|status|ledger-entry}}. story.ts walks the tokens they make.
import markdownIt, { type MarkdownIt, type StateInline } from 'markdown-it';
import container from 'markdown-it-container';

/** What a figure token carries. */
export interface FigureMeta {
  text: string;
  status: string;
  /** The ledger entry the figure restates, when it names one. */
  ledger?: string;
  /** More than three parts between the braces. */
  extra: boolean;
  offset: number;
}

/** The Markdown parser for story chapters and YAML copy: CommonMark plus the rules below. */
export function createMarkdown(): MarkdownIt {
  const m = markdownIt({ html: true, linkify: false, typographer: true });
  m.disable(['image', 'table', 'heading', 'lheading', 'code', 'fence', 'hr']);
  // One generic container; the walker checks the type so unknown ones get a clear error.
  m.use(container, 'block', { validate: (params: string) => /^\s*[A-Za-z]/.test(params) });
  m.inline.ruler.before('link', 'citation', citationRule);
  m.inline.ruler.before('link', 'term', termRule);
  m.inline.ruler.before('emphasis', 'figure', figureRule);
  return m;
}

// [@source-id] or [@one; @two]
function citationRule(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x40) return false;
  const end = src.indexOf(']', start);
  if (end < 0) return false;
  const body = src.slice(start + 1, end);
  if (!/^@[^\s\];,]+(\s*[;,]\s*@[^\s\];,]+)*$/.test(body)) return false;
  if (!silent) {
    const token = state.push('citation', '', 0);
    token.meta = { ids: body.split(/[;,]/).map((s) => s.trim().slice(1)), offset: start };
  }
  state.pos = end + 1;
  return true;
}

// [[text]] or [[text|term-id]]
function termRule(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5b) return false;
  const end = src.indexOf(']]', start);
  if (end < 0) return false;
  const [label = '', explicitId] = src.slice(start + 2, end).split('|');
  if (!label.trim()) return false;
  if (!silent) {
    const token = state.push('term', '', 0);
    token.meta = { label: label.trim(), id: explicitId?.trim(), offset: start };
  }
  state.pos = end + 2;
  return true;
}

// {{about 30 a year|reported}}, or with the ledger entry it restates:
// {{about 30 a year|reported|mhiOutputPerYear}}
function figureRule(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x7b || src.charCodeAt(start + 1) !== 0x7b) return false;
  const end = src.indexOf('}}', start);
  if (end < 0) return false;
  const [text = '', status = '', ledger, ...extra] = src.slice(start + 2, end).split('|');
  if (!silent) {
    const token = state.push('figure', '', 0);
    token.meta = {
      text: text.trim(),
      status: status.trim(),
      ledger: ledger?.trim(),
      extra: extra.length > 0,
      offset: start,
    };
  }
  state.pos = end + 2;
  return true;
}
