// What the gate (scripts/test.mjs) reports beside its time: how fast and how busy its machine
// was, so that times from different machines (or one machine on a busy day) can be compared
// (machines of the same kind have run the same gate in 284 s and in 636 s), and how near any
// browser test came to its time limit. See the README's "How long".
import { readFileSync } from 'node:fs';

/**
 * Seconds this process takes for a fixed, deterministic single-core workload: 3×10⁷ steps of an
 * integer linear congruential generator, then sorting 2×10⁵ of its numbers It is a tenth of the
 * loop the README's measurements used (`3e8` steps and `2e6` numbers), so ten times it compares
 * with them: that loop took 4.4–4.7 s on the machines where the gate took 284–480 s, and
 * 10.0–11.1 s on the one where it took 636–682 s (2 December 2026).
 * @returns {number} wall seconds (the process is busy throughout, so this is CPU time too)
 */
export function referenceSeconds() {
  const started = process.hrtime.bigint();
  let x = 1;
  for (let i = 0; i < 3e7; i++) x = (x * 1103515245 + 12345) % 2147483648;
  /** @type {number[]} */
  const numbers = [];
  for (let i = 0; i < 2e5; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    numbers.push(x / 2147483648);
  }
  numbers.sort((a, b) => a - b);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * The machine's CPU time so far, from /proc/stat's first line (Linux; undefined elsewhere), in
 * seconds summed over all CPUs (its clock ticks are 1/100 s): `busy` (working: user, system and
 * interrupts) and `stolen` (time this machine's CPUs wanted to run but the hypervisor ran other
 * machines; 0 where the hypervisor does not report it). The difference
 * between two readings is what the whole machine did between them: on a machine that runs only
 * the gate, the gate's own use, browsers included. (A process's count of its children's time
 * misses most of the browsers' processes, which are not waited for by the process that started
 * them.)
 * @returns {{ busy: number, stolen: number } | undefined}
 */
export function machineCpuSeconds() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    // cpu  user nice system idle iowait irq softirq steal …
    const [label, ...fields] = line.trim().split(/\s+/);
    const ticks = fields.slice(0, 8).map(Number);
    if (label !== 'cpu' || ticks.length < 8 || !ticks.every(Number.isFinite)) return undefined;
    const at = (/** @type {number} */ i) => ticks[i] ?? 0;
    return { busy: (at(0) + at(1) + at(2) + at(5) + at(6)) / 100, stolen: at(7) / 100 };
  } catch {
    return undefined;
  }
}

/**
 * The browser test that came nearest its time limit, from Playwright's JSON report (each test
 * carries its own limit, `test.setTimeout` included): its share of the limit (0–1, more if it
 * timed out) and its file, line and title. A share that creeps up warns of timeouts on a slower
 * machine before they happen.
 * @param {{ suites?: any[] }} report the parsed `.reports/playwright.json`
 * @returns {{ share: number, title: string } | null} null for a report with no results
 */
export function nearestTimeLimit(report) {
  /** @type {{ share: number, title: string } | null} */
  let nearest = null;
  /** @param {{ suites?: any[], specs?: any[] }} suite */
  const walk = (suite) => {
    for (const child of suite.suites ?? []) walk(child);
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        for (const result of test.results ?? []) {
          if (!(test.timeout > 0) || !(result.duration >= 0)) continue;
          const share = result.duration / test.timeout;
          if (!nearest || share > nearest.share)
            nearest = { share, title: `${spec.file}:${spec.line} ${spec.title}` };
        }
  };
  walk(report);
  return nearest;
}
