// Inline Markdown in content: citations ([@id]), figures ({{text|status}}), glossary terms and
// the checks on them, for story paragraphs and for single YAML fields (classroom copy). Every
// problem is reported with its file and line.
import type { Token } from 'markdown-it';
import { createMarkdown, type FigureMeta } from './inline-rules.ts';
import {
  FIGURE_STATUSES,
  type CitationRef,
  type FigureStatus,
  type Inline,
} from '../../src/lib/content-types.ts';
import type { ContentProblems } from './errors.ts';
import { figureLedgerProblems, type LedgerRef } from './guards.ts';

/** The longest glossary term a story sentence may show: about a third of a 360 px line. */
const TERM_MAX_CHARS = 24;

/** Shared across chapters so note numbers and "first use" follow page order. */
export interface StoryContext {
  problems: ContentProblems;
  /** The assumptions ledger, for figures that name an entry (see guards.ts). */
  ledger?: ReadonlyMap<string, LedgerRef>;
  sourceIds: ReadonlySet<string>;
  knownStates: ReadonlySet<string>;
  /** Glossary lookup: lowercased term or alias → term id. */
  glossary: ReadonlyMap<string, string>;
  noteNumbers: Map<string, number>;
  backrefs: Map<string, string[]>;
  termsSeen: Set<string>;
  stepCount: number;
  states: Map<string, { file: string; line: number }>;
}

/** The one Markdown parser of the story and the classroom copy. */
export const md = createMarkdown();

/** Where an inline token list sits, for problems' line numbers. */
export interface InlineEnv {
  file: string;
  ctx: StoryContext;
  /** The line of the inline token's first character. */
  line: (token: Token) => number;
}

/** Inline tokens to typed inlines, checking citations, figures and terms as it goes. */
export function convertInlines(
  parent: Token,
  inside: { cited: boolean; figures: boolean },
  env: InlineEnv,
): Inline[] {
  const { file, ctx } = env;
  const { problems } = ctx;
  const lineAt = env.line;
  const inlineLine = (token: Token, offset: number): number =>
    lineAt(token) + (token.content.slice(0, offset).match(/\n/g)?.length ?? 0);
  const out: Inline[] = [];
  const stack: Inline[][] = [out];
  const open: Inline[] = [];
  const push = (node: Inline) => stack[stack.length - 1]!.push(node);
  for (const tok of parent.children ?? []) {
    switch (tok.type) {
      case 'text':
        if (tok.content) push({ t: 'text', v: tok.content });
        break;
      case 'softbreak':
        push({ t: 'text', v: ' ' });
        break;
      case 'hardbreak':
        push({ t: 'br' });
        break;
      case 'code_inline':
        push({ t: 'code', v: tok.content });
        break;
      case 'em_open':
      case 'strong_open': {
        const node: Inline = tok.type === 'em_open' ? { t: 'em', c: [] } : { t: 'strong', c: [] };
        push(node);
        open.push(node);
        stack.push((node as { c: Inline[] }).c);
        break;
      }
      case 'link_open': {
        const href = String(tok.attrGet('href') ?? '');
        if (!/^(https?:\/\/|mailto:|#|\.\/)/.test(href)) {
          problems.add(
            file,
            lineAt(parent),
            `link "${href}" must be https://, mailto:, #anchor or ./page`,
          );
        }
        const node: Extract<Inline, { t: 'link' }> = { t: 'link', href, c: [] };
        push(node);
        open.push(node);
        stack.push(node.c);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        open.pop();
        stack.pop();
        break;
      case 'citation': {
        const meta = tok.meta as { ids: string[]; offset: number };
        const refs: CitationRef[] = [];
        for (const id of meta.ids) {
          if (!ctx.sourceIds.has(id)) {
            problems.add(
              file,
              inlineLine(parent, meta.offset),
              `citation of unknown source "${id}" (add it to content/sources.yaml)`,
            );
            continue;
          }
          let n = ctx.noteNumbers.get(id);
          if (n === undefined) {
            n = ctx.noteNumbers.size + 1;
            ctx.noteNumbers.set(id, n);
          }
          const list = ctx.backrefs.get(id) ?? [];
          const anchor = `cite-${n}-${list.length + 1}`;
          list.push(anchor);
          ctx.backrefs.set(id, list);
          refs.push({ id, n, anchor });
        }
        inside.cited = true;
        push({ t: 'cite', refs });
        break;
      }
      case 'figure': {
        const meta = tok.meta as unknown as FigureMeta;
        const line = inlineLine(parent, meta.offset);
        if (!(FIGURE_STATUSES as readonly string[]).includes(meta.status)) {
          problems.add(
            file,
            line,
            `figure "{{${meta.text}|${meta.status}}}" needs a status: ${FIGURE_STATUSES.join(', ')}`,
          );
        }
        if (meta.extra)
          problems.add(file, line, `figure "{{${meta.text}|…}}" has more than text|status|ledger`);
        if (meta.ledger !== undefined) {
          const figure = { text: meta.text, status: meta.status, ledger: meta.ledger };
          for (const message of figureLedgerProblems(figure, ctx.ledger))
            problems.add(file, line, message);
        }
        inside.figures = true;
        push({ t: 'figure', v: meta.text, status: meta.status as FigureStatus });
        break;
      }
      case 'term': {
        const meta = tok.meta as { label: string; id?: string; offset: number };
        const termId = meta.id ?? ctx.glossary.get(meta.label.toLowerCase());
        if (!termId || ![...ctx.glossary.values()].includes(termId)) {
          problems.add(
            file,
            inlineLine(parent, meta.offset),
            `glossary term "${meta.id ?? meta.label}" is not in content/glossary.yaml`,
          );
          push({ t: 'text', v: meta.label });
          break;
        }
        // A term is a button, and a button cannot wrap: a long one breaks out of its line on a
        // phone. Keep the words that open the explanation short; the rest stays plain text.
        if (meta.label.length > TERM_MAX_CHARS) {
          problems.add(
            file,
            inlineLine(parent, meta.offset),
            `glossary term "${meta.label}" is ${meta.label.length} characters; a term opens its explanation as a button, which cannot wrap on a phone: keep it to ${TERM_MAX_CHARS} (e.g. [[Three Principles|three-principles]] on Transfer of …)`,
          );
        }
        const first = !ctx.termsSeen.has(termId);
        ctx.termsSeen.add(termId);
        push({ t: 'term', id: termId, c: [{ t: 'text', v: meta.label }], first });
        break;
      }
      case 'html_inline':
        problems.add(file, lineAt(parent), 'raw HTML is not allowed in content; use Markdown');
        break;
      default:
        problems.add(file, lineAt(parent), `unsupported inline Markdown "${tok.type}"`);
    }
  }
  return out;
}

/**
 * One piece of inline Markdown from a YAML field (classroom copy): the same citations, figures,
 * glossary terms and checks as the story, reported at the field's line. `cited` and `figures`
 * say what it holds, so the caller can insist on a citation.
 */
export function parseInlineMarkdown(
  file: string,
  line: number,
  text: string,
  ctx: StoryContext,
): { inlines: Inline[]; cited: boolean; figures: boolean } {
  const flags = { cited: false, figures: false };
  const [inline] = md.parseInline(text, {});
  if (!inline) return { inlines: [], ...flags };
  const inlines = convertInlines(inline, flags, { file, ctx, line: () => line });
  return { inlines, ...flags };
}
