// Story chapters: Markdown with front matter and `::: type attr="value"` blocks, parsed with
// markdown-it into the typed blocks of src/lib/content-types.ts. Every problem is reported with
// its file and line; nothing unknown is passed through.
import type { Token } from 'markdown-it';
import { createMarkdown, type FigureMeta } from './inline-rules.ts';
import {
  FIGURE_STATUSES,
  type Block,
  type Chapter,
  type CitationRef,
  type FigureStatus,
  type Inline,
} from '../../src/lib/content-types.ts';
import type { ContentProblems } from './errors.ts';
import { figureLedgerProblems, type LedgerRef } from './guards.ts';
import { FrontMatterSchema, check } from './schemas.ts';
import { readYaml } from './yaml-file.ts';

/** The block types a chapter may use, and the attributes each takes. */
export const BLOCK_TYPES = {
  step: { required: ['state'], optional: [] },
  aside: { required: [], optional: ['title'] },
  sandbox: { required: [], optional: [] },
} as const;
type BlockType = keyof typeof BLOCK_TYPES;

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

const md = createMarkdown();

interface Node {
  token: Token;
  children: Node[];
}

/** Turn markdown-it's flat open/close token list into a tree. */
function toTree(tokens: Token[]): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  for (const token of tokens) {
    const level = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const node: Node = { token, children: [] };
      level.push(node);
      stack.push(node.children);
    } else if (token.nesting === -1) {
      stack.pop();
    } else {
      level.push({ token, children: [] });
    }
  }
  return root;
}

function parseAttributes(params: string): { type: string; attrs: Record<string, string> } | null {
  const match = /^\s*([A-Za-z][\w-]*)(.*)$/.exec(params);
  if (!match) return null;
  const attrs: Record<string, string> = {};
  const rest = match[2] ?? '';
  const attrPattern = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;
  let consumed = rest;
  for (const m of rest.matchAll(attrPattern)) {
    attrs[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
    consumed = consumed.replace(m[0], '');
  }
  if (consumed.trim()) return null;
  return { type: match[1]!, attrs };
}

/** Where an inline token list sits, for problems' line numbers. */
interface InlineEnv {
  file: string;
  ctx: StoryContext;
  /** The line of the inline token's first character. */
  line: (token: Token) => number;
}

function convertInlines(
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

export function parseChapter(file: string, text: string, ctx: StoryContext): Chapter | null {
  const { problems } = ctx;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!fm) {
    problems.add(file, 1, 'a chapter starts with front matter between --- lines (chapter, title)');
    return null;
  }
  const fmYaml = readYaml(file, fm[1]!, problems);
  // Front matter lines start after the opening ---.
  const front = check(
    FrontMatterSchema,
    file,
    { data: fmYaml.data, lineOf: (p) => fmYaml.lineOf(p) + 1 },
    problems,
  );
  const bodyOffset = fm[0].split('\n').length - 1;
  const body = text.slice(fm[0].length);
  const tokens = md.parse(body, {});
  const chapterId = front?.chapter ?? 'unknown';

  const lineAt = (token: Token): number => (token.map ? token.map[0] : 0) + bodyOffset + 1;

  const env: InlineEnv = { file, ctx, line: lineAt };

  const paragraph = (node: Node, inStep: boolean): Block | null => {
    const inline = node.children.find((c) => c.token.type === 'inline')?.token;
    if (!inline) return null;
    const flags = { cited: false, figures: false };
    const inlines = convertInlines(inline, flags, env);
    const factual =
      inStep || flags.figures || /\d/.test(inline.content.replace(/\[@[^\]]*\]/g, ''));
    if (factual && !flags.cited) {
      problems.add(
        file,
        lineAt(inline),
        'every factual paragraph needs a citation such as [@source-id]' +
          (flags.figures
            ? ' (it has a figure)'
            : inStep
              ? ' (it is a story step)'
              : ' (it has a number)'),
      );
    }
    return { type: 'paragraph', inlines };
  };

  const convertBlocks = (nodes: Node[], where: 'chapter' | BlockType): Block[] => {
    const blocks: Block[] = [];
    for (const node of nodes) {
      const tok = node.token;
      switch (tok.type) {
        case 'paragraph_open': {
          const block = paragraph(node, where === 'step');
          if (block) blocks.push(block);
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          const items: Inline[][] = [];
          for (const item of node.children) {
            const para = item.children.find((c) => c.token.type === 'paragraph_open');
            const inline = para?.children.find((c) => c.token.type === 'inline')?.token;
            if (inline) items.push(convertInlines(inline, { cited: false, figures: false }, env));
          }
          blocks.push({ type: 'list', ordered: tok.type === 'ordered_list_open', items });
          break;
        }
        case 'blockquote_open': {
          const para = node.children.find((c) => c.token.type === 'paragraph_open');
          const inline = para?.children.find((c) => c.token.type === 'inline')?.token;
          if (inline) {
            const flags = { cited: false, figures: false };
            const inlines = convertInlines(inline, flags, env);
            if (!flags.cited)
              problems.add(
                file,
                lineAt(inline),
                'a quotation needs a citation such as [@source-id]',
              );
            blocks.push({ type: 'quote', inlines });
          }
          break;
        }
        case 'container_block_open': {
          const parsed = parseAttributes(tok.info);
          const line = lineAt(tok);
          if (!parsed) {
            problems.add(
              file,
              line,
              `cannot read block "::: ${tok.info.trim()}" (use ::: type key="value")`,
            );
            break;
          }
          const { type, attrs } = parsed;
          if (!(type in BLOCK_TYPES)) {
            problems.add(
              file,
              line,
              `unknown block type "${type}" (known: ${Object.keys(BLOCK_TYPES).join(', ')})`,
            );
            break;
          }
          const spec = BLOCK_TYPES[type as BlockType];
          for (const key of Object.keys(attrs)) {
            if (
              !(spec.required as readonly string[]).includes(key) &&
              !(spec.optional as readonly string[]).includes(key)
            ) {
              problems.add(file, line, `block "${type}" does not take "${key}"`);
            }
          }
          if (where !== 'chapter') {
            problems.add(file, line, `block "${type}" cannot sit inside "${where}"`);
            break;
          }
          if (type === 'step') {
            const state = attrs.state?.trim();
            if (!state) {
              problems.add(file, line, 'step has no state (write ::: step state="state-name")');
              break;
            }
            if (!ctx.knownStates.has(state)) {
              problems.add(
                file,
                line,
                `step state "${state}" is not known to any graphic (see src/graphics/registry.ts)`,
              );
            }
            const previous = ctx.states.get(state);
            if (previous) {
              problems.add(
                file,
                line,
                `state "${state}" is already used at ${previous.file}:${previous.line}`,
              );
            }
            ctx.states.set(state, { file, line });
            const index = ctx.stepCount++;
            blocks.push({
              type: 'step',
              state,
              index,
              blocks: convertBlocks(node.children, 'step'),
            });
          } else if (type === 'aside') {
            blocks.push({
              type: 'aside',
              title: attrs.title ?? '',
              blocks: convertBlocks(node.children, 'aside'),
            });
          } else {
            if (node.children.length) problems.add(file, line, 'the sandbox block takes no text');
            blocks.push({ type: 'sandbox' });
          }
          break;
        }
        case 'html_block':
          problems.add(file, lineAt(tok), 'raw HTML is not allowed in content; use Markdown');
          break;
        default:
          problems.add(
            file,
            lineAt(tok),
            `unsupported Markdown "${tok.type.replace(/_open$/, '')}"`,
          );
      }
    }
    return blocks;
  };

  const blocks = convertBlocks(toTree(tokens), 'chapter');
  if (!front) return null;
  return { id: chapterId, title: front.title, kicker: front.kicker, file, blocks };
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
