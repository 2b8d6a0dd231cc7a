// Story chapters: Markdown with front matter and `::: type attr="value"` blocks, parsed with
// markdown-it into the typed blocks of src/lib/content-types.ts. Every problem is reported with
// its file and line; nothing unknown is passed through.
import type { Token } from 'markdown-it';
import type { Block, Chapter, Inline } from '../../src/lib/content-types.ts';
import { convertInlines, md, type InlineEnv, type StoryContext } from './story-inline.ts';
import { FrontMatterSchema, check } from './schemas.ts';
import { readYaml } from './yaml-file.ts';

export { parseInlineMarkdown, type StoryContext } from './story-inline.ts';

/** The block types a chapter may use, and the attributes each takes. */
export const BLOCK_TYPES = {
  step: { required: ['state'], optional: [] },
  aside: { required: [], optional: ['title'] },
  sandbox: { required: [], optional: [] },
} as const;
type BlockType = keyof typeof BLOCK_TYPES;

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
