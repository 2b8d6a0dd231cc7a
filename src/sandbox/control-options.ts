// Which sandbox controls a link shows, for teachers and embeds:
//   hide=je,bl      hide these sliders (short keys of main or advanced parameters)
//   lock=it         show these sliders but fixed at their value (disabled)
//   advanced=0|1    0: no "More assumptions" group at all; 1: that group starts open
// Read like every other link option: never throws; unusable values are dropped with a Notice.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { quoted, type Notice } from '../lib/notice.ts';
import { firstValue, groupByKey, queryPairs } from '../lib/query.ts';

export interface ControlOptions {
  hidden: ParameterId[];
  locked: ParameterId[];
  /** 'hidden': no advanced group; 'open': it starts open; 'closed': the default. */
  advanced: 'hidden' | 'open' | 'closed';
}

export const CONTROL_KEYS = { hide: 'hide', lock: 'lock', advanced: 'advanced' } as const;

export const defaultControlOptions = (): ControlOptions => ({
  hidden: [],
  locked: [],
  advanced: 'closed',
});

function parameterList(
  raw: string,
  key: string,
  label: string,
  ledger: readonly ParameterSpec[],
  notices: Notice[],
): ParameterId[] {
  const out: ParameterId[] = [];
  for (const part of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const spec = ledger.find((p) => p.short === part && p.control !== 'fixed');
    if (!spec) {
      notices.push({
        param: key,
        label,
        kind: 'dropped',
        message: `${label}: ${quoted(part)} is not a slider in the sandbox, so it is ignored.`,
      });
    } else if (!out.includes(spec.id)) out.push(spec.id);
  }
  return out;
}

export function parseControlOptions(
  query: string | URLSearchParams,
  ledger: readonly ParameterSpec[],
): { options: ControlOptions; notices: Notice[] } {
  const notices: Notice[] = [];
  const options = defaultControlOptions();
  const byKey = groupByKey(queryPairs(query));
  const hide = byKey.get(CONTROL_KEYS.hide);
  if (hide)
    options.hidden = parameterList(
      firstValue(hide, 'hide', 'Hidden sliders', notices),
      'hide',
      'Hidden sliders',
      ledger,
      notices,
    );
  const lock = byKey.get(CONTROL_KEYS.lock);
  if (lock)
    options.locked = parameterList(
      firstValue(lock, 'lock', 'Locked sliders', notices),
      'lock',
      'Locked sliders',
      ledger,
      notices,
    );
  const advanced = byKey.get(CONTROL_KEYS.advanced);
  if (advanced) {
    const raw = firstValue(advanced, 'advanced', 'More assumptions', notices).trim();
    if (raw === '0') options.advanced = 'hidden';
    else if (raw === '1') options.advanced = 'open';
    else
      notices.push({
        param: 'advanced',
        label: 'More assumptions',
        kind: 'dropped',
        message: `More assumptions: ${quoted(raw)} is not 0 or 1, so the group is shown closed.`,
      });
  }
  return { options, notices };
}
