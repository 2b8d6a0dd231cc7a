import type { Block } from '../lib/content-types.ts';

export type Segment =
  | { kind: 'prose'; blocks: Block[] }
  | { kind: 'step'; step: Extract<Block, { type: 'step' }> }
  | { kind: 'sandbox' };

/** Group a chapter's blocks: runs of prose become one card; steps and the sandbox stand alone. */
export function segments(blocks: readonly Block[]): Segment[] {
  const out: Segment[] = [];
  for (const block of blocks) {
    if (block.type === 'step') out.push({ kind: 'step', step: block });
    else if (block.type === 'sandbox') out.push({ kind: 'sandbox' });
    else {
      const last = out[out.length - 1];
      if (last?.kind === 'prose') last.blocks.push(block);
      else out.push({ kind: 'prose', blocks: [block] });
    }
  }
  return out;
}
