// What the gate (scripts/test.mjs) reports beside its time: how fast and how busy its machine
// was, so that times from different machines (or one machine on a busy day) can be compared
// (machines of the same kind have run the same gate in 284 s and in 640 s); how near any
// browser test came to its time limit; and the counts the test runners' reports give. See the
// README's "How long".
import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) this process spends on a fixed, deterministic single-core
 * workload: 3×10⁷ steps of the recurrence x → (x·1103515245 + 12345) mod 2³¹, then sorting
 * 2×10⁵ further values of it. (Its products pass 2⁵³, so JavaScript rounds them: a poor random
 * generator, but the same work on every machine, which is all a yardstick needs.) It has a
 * tenth of the steps of the loop in the README's measurements (`3e8` and `2e6`), which took
 * 4.4–4.7 s on the machines where the gate took 284–494 s, and 10.0–11.1 s on the one where it
 * took 568–640 s (2 December 2026); there this workload took 0.98–1.14 s, a tenth, as far as
 * that one machine shows (the sort does not scale exactly).
 * @returns {number} CPU seconds, so that waiting for a busy CPU does not count (a slower CPU, or
 *   one slowed by other machines' work on the same hardware, still does)
 */
export function referenceSeconds() {
  const started = process.cpuUsage();
  let x = 1;
  for (let i = 0; i < 3e7; i++) x = (x * 1103515245 + 12345) % 2147483648;
  /** @type {number[]} */
  const numbers = [];
  for (let i = 0; i < 2e5; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    numbers.push(x / 2147483648);
  }
  numbers.sort((a, b) => a - b);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/**
 * The machine's CPU time so far, summed over all its CPUs, in seconds.
 * @typedef {{ busy: number, total: number, stolen: number }} CpuTimes
 *   `busy`: working (user, nice, system, interrupts); `total`: every state, idle and waiting for
 *   disk included; `stolen`: time the CPUs wanted to run while the hypervisor ran other
 *   machines (0 where it does not say)
 */

/**
 * Reads /proc/stat's first line: `cpu  user nice system idle iowait irq softirq steal …`, in
 * clock ticks of 1/100 s (fixed on Linux).
 * @param {string} text the file's contents
 * @returns {CpuTimes | undefined} undefined when the line is missing or malformed, or all zero
 *   (as some sandboxes write it)
 */
export function parseProcStat(text) {
  const [label, ...fields] = (text.split('\n', 1)[0] ?? '').trim().split(/\s+/);
  const ticks = fields.slice(0, 8).map(Number);
  if (label !== 'cpu' || ticks.length < 8 || !ticks.every((n) => Number.isFinite(n) && n >= 0))
    return undefined;
  const at = (/** @type {number} */ i) => (ticks[i] ?? 0) / 100;
  const total = ticks.reduce((sum, n) => sum + n, 0) / 100;
  if (total === 0) return undefined;
  return { busy: at(0) + at(1) + at(2) + at(5) + at(6), total, stolen: at(7) };
}

/**
 * The machine's CPU time so far (see {@link CpuTimes}). The difference between two readings is
 * what the whole machine did between them: on a machine that runs only the gate, the gate's own
 * use, browsers included. (A process's count of its children's time misses most of the
 * browsers' processes, which are not waited for by the process that started them.)
 * @returns {CpuTimes | undefined} undefined off Linux, or where /proc/stat says nothing
 */
export function machineCpuSeconds() {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The gate's line about its machine, e.g. "machine: reference workload 1.00 s; its CPUs
 * worked 1203 s, 97% of their time".
 * @param {number} reference {@link referenceSeconds}' result
 * @param {CpuTimes | undefined} start {@link machineCpuSeconds} before the stages
 * @param {CpuTimes | undefined} end and after them
 * @returns {string}
 */
export function describeMachine(reference, start, end) {
  let line = `machine: reference workload ${reference.toFixed(2)} s`;
  if (!start || !end || !(end.total > start.total)) return line;
  const busy = end.busy - start.busy;
  const stolen = end.stolen - start.stolen;
  // A share of all CPU time, so no wall clock or count of CPUs is needed.
  line += `; its CPUs worked ${busy.toFixed(0)} s, ${Math.round((100 * busy) / (end.total - start.total))}% of their time`;
  if (stolen >= 0.5) line += `, and the hypervisor took ${stolen.toFixed(0)} s for other machines`;
  return line;
}

/**
 * The browser test that came nearest its time limit, from Playwright's JSON report (each test
 * carries its own limit, `test.setTimeout` included): its share of the limit (0–1, more if it
 * timed out) and its file, line and title. A share that creeps up warns of timeouts on a slower
 * machine before they happen. Anything in the report that is not as expected is skipped.
 * @param {unknown} report the parsed `.reports/playwright.json`
 * @returns {{ share: number, title: string } | null} null when no result has both a duration
 *   and a time limit
 */
export function nearestTimeLimit(report) {
  /** @type {{ share: number, title: string } | null} */
  let nearest = null;
  /** @param {unknown} value */
  const list = (value) => (Array.isArray(value) ? value : []);
  /** @param {any} suite */
  const walk = (suite) => {
    if (!suite || typeof suite !== 'object') return;
    for (const child of list(suite.suites)) walk(child);
    for (const spec of list(suite.specs))
      for (const test of list(spec?.tests))
        for (const result of list(test?.results)) {
          const limit = test.timeout;
          const duration = result?.duration;
          if (!(typeof limit === 'number' && limit > 0)) continue;
          if (!(typeof duration === 'number' && duration >= 0)) continue;
          const share = duration / limit;
          if (!nearest || share > nearest.share)
            nearest = { share, title: `${spec.file}:${spec.line} ${spec.title}` };
        }
  };
  walk(report);
  return nearest;
}

/**
 * The gate's line about {@link nearestTimeLimit}'s test, e.g. "nearest its time limit: 25%,
 * a.spec.ts:9 its title", the title cut to 110 characters (the last an ellipsis).
 * @param {{ share: number, title: string }} nearest
 * @returns {string}
 */
export function describeNearest({ share, title }) {
  const shown = title.length > 110 ? `${title.slice(0, 109)}…` : title;
  return `nearest its time limit: ${Math.round(share * 100)}%, ${shown}`;
}

/**
 * Passed and failed counts; null (which the gate counts as one failure) unless both are
 * non-negative integers.
 * @param {unknown} passed
 * @param {unknown} failed
 * @returns {{ passed: number, failed: number } | null}
 */
function countsOf(passed, failed) {
  const count = (/** @type {unknown} */ n) => Number.isInteger(n) && Number(n) >= 0;
  return count(passed) && count(failed) ? { passed: Number(passed), failed: Number(failed) } : null;
}

/**
 * Passed and failed tests from Vitest's JSON report. A test file that failed without a failing
 * test (it did not load, or a hook threw) counts as one failure more; Vitest's own count of
 * failed suites would also count every `describe` around a failing test.
 * @param {any} report the parsed report
 * @returns {{ passed: number, failed: number } | null} null for a missing or malformed report
 */
export function vitestReportCounts(report) {
  if (!report || typeof report !== 'object' || !Array.isArray(report.testResults)) return null;
  const brokenFiles = report.testResults.filter(
    (/** @type {any} */ file) =>
      file?.status === 'failed' &&
      !(Array.isArray(file.assertionResults) ? file.assertionResults : []).some(
        (/** @type {any} */ test) => test?.status === 'failed',
      ),
  ).length;
  const failedTests = report.numFailedTests;
  return countsOf(
    report.numPassedTests,
    Number.isInteger(failedTests) ? failedTests + brokenFiles : undefined,
  );
}

/**
 * Passed and failed tests from Playwright's JSON report: a flaky test (passed on a retry) fails.
 * @param {any} report the parsed report
 * @returns {{ passed: number, failed: number } | null} null for a missing or malformed report
 */
export function playwrightReportCounts(report) {
  const stats = report && typeof report === 'object' ? report.stats : undefined;
  if (!stats || typeof stats !== 'object') return null;
  const { unexpected, flaky } = stats;
  return countsOf(
    stats.expected,
    Number.isInteger(unexpected) && Number.isInteger(flaky) ? unexpected + flaky : undefined,
  );
}
