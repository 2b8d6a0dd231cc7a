// One sentence for each limit that binds in the central run (workers/stockpile/events.ts), from
// content/sandbox/strings.yaml: "From March 2026 Japan is at its floor of 280 interceptors, so
// it can send only what Mitsubishi Heavy Industries builds: 2.5 a month."
import { formatNumber, formatPercent } from '../lib/format.ts';
import type { LimitEvent } from '../../workers/stockpile/events.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import { EMPTY, endMonth, month } from './describe-common.ts';
import { fill, type SandboxStrings } from './strings.ts';

/** "From March 2026", "From March 2026 to May 2027" or "In March 2026". */
export function describePeriod(
  event: { month: number; months: number },
  horizon: number,
  strings: SandboxStrings,
): string {
  const start = month(event.month);
  if (event.months === 1) return fill(strings.period.in, { month: start });
  if (event.month + event.months >= horizon) return fill(strings.period.from, { month: start });
  const end = month(event.month + event.months - 1);
  return fill(strings.period.fromTo, { month: start, end });
}

/** One limit as a sentence. `result` is the run the event belongs to. */
export function describeEvent(
  event: LimitEvent,
  result: ScenarioResult,
  strings: SandboxStrings,
): string {
  const words = strings.events;
  const H = result.scenario.horizon;
  if (event.kind === 'exportsBegin') {
    return fill(words.exportsBegin, { month: month(event.month), perYear: event.perMonth * 12 });
  }
  const period = describePeriod(event, H, strings);
  switch (event.kind) {
    case 'japanFloor': {
      const { floor } = event;
      if (event.japanStock < floor - EMPTY) return fill(words.japanBelowFloor, { period, floor });
      if (event.mhiPerMonth === 0) return fill(words.japanFloorNoOutput, { period, floor });
      return fill(words.japanFloor, { period, floor, mhi: formatNumber(event.mhiPerMonth) });
    }
    case 'transferCap':
      return event.cap === 0
        ? fill(words.transferCapZero, { period })
        : fill(words.transferCap, { period, cap: event.cap });
    case 'usPoolFloor':
      return event.usPool < event.floor - EMPTY
        ? fill(words.usPoolBelowFloor, { period, floor: event.floor })
        : fill(words.usPoolFloor, { period, floor: event.floor, cap: formatNumber(event.cap) });
    case 'ukraineShort': {
      const reachable = event.reachableLaunches * event.months;
      const share = reachable > 0 ? 1 - event.unmetLaunches / reachable : 1;
      return fill(words.ukraineShort, { period, share: formatPercent(share, strings.percent) });
    }
    case 'stocksCross': {
      const template = event.stock === 'ukraineStock' ? words.ukraineStockCross : words.usPoolCross;
      const steady = formatNumber(event.steadyRatePerYear);
      return fill(template, { period, steady, end: endMonth(result.scenario) });
    }
  }
}

/** Every limit that binds in the central run, in month order, one sentence each. */
export function describeEvents(result: ScenarioResult, strings: SandboxStrings): string[] {
  return result.events.map((event) => describeEvent(event, result, strings));
}
