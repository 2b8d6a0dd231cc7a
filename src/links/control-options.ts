// Which sandbox controls a link shows, for teachers and embeds: a view of the option table
// (options.ts) for hide, lock and advanced.
//   hide=je,bl      hide these sliders (short keys of main or advanced parameters)
//   lock=it         show these sliders but fixed at their value (disabled)
//   advanced=0|1    0: no "More assumptions" group at all; 1: that group starts open
// Read like every other link option: never throws; unusable values are dropped with a Notice.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { LinkCopy } from '../lib/content-types.ts';
import type { Notice } from '../lib/notice.ts';
import { groupByKey, queryPairs } from '../lib/query.ts';
import { LINK_OPTIONS, type OptionValues } from './options.ts';
import { readOptions } from './read.ts';

export interface ControlOptions {
  hidden: ParameterId[];
  locked: ParameterId[];
  /** 'hidden': no advanced group; 'open': it starts open; 'closed': the default. */
  advanced: OptionValues['advanced'];
}

export const CONTROL_KEYS = {
  hide: LINK_OPTIONS.hide.key,
  lock: LINK_OPTIONS.lock.key,
  advanced: LINK_OPTIONS.advanced.key,
} as const;

export const defaultControlOptions = (): ControlOptions => ({
  hidden: [],
  locked: [],
  advanced: 'closed',
});

export function parseControlOptions(
  query: string,
  ledger: readonly ParameterSpec[],
  copy: LinkCopy,
): { options: ControlOptions; notices: Notice[] } {
  const notices: Notice[] = [];
  const read = readOptions(
    ['hide', 'lock', 'advanced'],
    groupByKey(queryPairs(query)),
    { page: 'story', ledger, copy },
    notices,
  );
  return { options: { hidden: read.hide, locked: read.lock, advanced: read.advanced }, notices };
}
