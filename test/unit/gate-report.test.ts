// The gate's report of how fast and how busy its machine was, and how near its browser tests came
// to their time limits (scripts/gate-report.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeMachine,
  describeNearest,
  machineCpuSeconds,
  nearestTimeLimit,
  parseProcStat,
  playwrightReportCounts,
  vitestReportCounts,
} from '../../scripts/gate-report.mjs';

describe('the gate’s machine report', () => {
  it('reads /proc/stat’s columns: busy is user, nice, system, irq and softirq; steal apart', () => {
    // user nice system idle iowait irq softirq steal guest guest_nice, in 1/100 s
    const times = parseProcStat('cpu  100 20 30 400 50 6 7 8 9 10\ncpu0 1 2 3 4 5 6 7 8 9 10\n');
    expect(times?.busy).toBeCloseTo(1.63, 10);
    expect(times?.stolen).toBeCloseTo(0.08, 10);
    expect(times?.total).toBeCloseTo(6.21, 10);
  });

  it('says nothing rather than something wrong for a missing, malformed or zeroed line', () => {
    for (const text of [
      '',
      'intr 1 2 3 4 5 6 7 8',
      'cpu  1 2 3',
      'cpu  1 2 x 4 5 6 7 8',
      'cpu  1 2 -3 4 5 6 7 8',
      'cpu  0 0 0 0 0 0 0 0 0 0', // as some sandboxes write it
    ])
      expect(parseProcStat(text), JSON.stringify(text)).toBeUndefined();
  });

  it('counts the CPU time a process uses, where the machine tells', () => {
    const before = machineCpuSeconds();
    // A child that uses half a second of CPU (however long that takes on a busy machine).
    const child = spawnSync(process.execPath, [
      '-e',
      'const start = process.cpuUsage(); while (process.cpuUsage(start).user < 5e5);',
    ]);
    expect(child.status).toBe(0);
    const after = machineCpuSeconds();
    let readable: unknown;
    try {
      readable = parseProcStat(readFileSync('/proc/stat', 'utf8'));
    } catch {
      readable = undefined;
    }
    // Not Linux, or a /proc/stat of zeros: the gate omits the figure. Otherwise both readings.
    if (!readable) return expect(before ?? after).toBeUndefined();
    // The whole machine's count: at least the child's half second.
    expect(after!.busy - before!.busy).toBeGreaterThanOrEqual(0.45);
  });

  it('puts the busy share of all CPU time in one line, and the hypervisor’s take when there is one', () => {
    const start = { busy: 100, total: 200, stolen: 3 };
    expect(describeMachine(1.234, start, { busy: 1303, total: 1440, stolen: 3.2 })).toBe(
      'machine: reference workload 1.23 s; its CPUs worked 1203 s, 97% of their time',
    );
    expect(describeMachine(1, start, { busy: 700, total: 1200, stolen: 63 })).toBe(
      'machine: reference workload 1.00 s; its CPUs worked 600 s, 60% of their time, and the hypervisor took 60 s for other machines',
    );
    // No reading, or no time between the readings: the reference alone.
    expect(describeMachine(1, undefined, start)).toBe('machine: reference workload 1.00 s');
    expect(describeMachine(1, start, undefined)).toBe('machine: reference workload 1.00 s');
    expect(describeMachine(1, start, start)).toBe('machine: reference workload 1.00 s');
  });

  it('finds the browser test nearest its own time limit, in nested suites', () => {
    const spec = (title: string, line: number, timeout: number, durations: unknown[]) => ({
      title,
      file: 'a.spec.ts',
      line,
      tests: [{ timeout, results: durations.map((duration) => ({ duration })) }],
    });
    const report = {
      suites: [
        {
          specs: [spec('long but roomy', 1, 730_000, [80_000])],
          suites: [{ specs: [spec('short and tight', 9, 45_000, [3_000, 27_000])] }],
        },
        // A result with no limit (0) or no duration is skipped, not a division by zero or NaN.
        { specs: [spec('no limit', 20, 0, [5_000]), spec('no duration', 30, 1, [undefined])] },
        null,
        { specs: [null, { tests: [null, { timeout: 1, results: [null] }] }] },
      ],
    };
    expect(nearestTimeLimit(report)).toEqual({ share: 0.6, title: 'a.spec.ts:9 short and tight' });
    // Results with no duration, alone: skipped, not a NaN share.
    expect(
      nearestTimeLimit({ suites: [{ specs: [spec('no duration', 1, 9, [undefined])] }] }),
    ).toBeNull();
    for (const empty of [{ suites: [] }, null, 'not a report', { suites: 'nor this' }])
      expect(nearestTimeLimit(empty)).toBeNull();
  });

  it('names that test in one line, a long title cut to 110 characters with an ellipsis', () => {
    expect(describeNearest({ share: 0.254, title: 'a.spec.ts:9 short' })).toBe(
      'nearest its time limit: 25%, a.spec.ts:9 short',
    );
    const exact = 'x'.repeat(110);
    expect(describeNearest({ share: 1.5, title: exact })).toBe(
      `nearest its time limit: 150%, ${exact}`,
    );
    expect(describeNearest({ share: 0.3, title: `${exact}y` })).toBe(
      `nearest its time limit: 30%, ${'x'.repeat(109)}…`,
    );
  });

  it('counts Vitest’s tests: a file that broke without a failing test is one failure more', () => {
    const file = (status: string, tests: string[]) => ({
      status,
      assertionResults: tests.map((t) => ({ status: t })),
    });
    const report = {
      numPassedTests: 5,
      numFailedTests: 1,
      // Vitest counts the file and each describe around a failing test: not used.
      numFailedTestSuites: 3,
      testResults: [
        file('passed', ['passed', 'passed']),
        file('failed', ['passed', 'failed', 'passed']),
        file('failed', []), // did not load
        file('passed', ['passed']),
      ],
    };
    expect(vitestReportCounts(report)).toEqual({ passed: 5, failed: 2 });
    for (const bad of [
      null,
      'text',
      {},
      { ...report, testResults: 'x' },
      { ...report, numFailedTests: undefined },
      { ...report, numPassedTests: -1 },
      { ...report, numPassedTests: 1.5 },
    ])
      expect(vitestReportCounts(bad), JSON.stringify(bad)).toBeNull();
  });

  it('counts Playwright’s tests: a flaky test fails', () => {
    expect(playwrightReportCounts({ stats: { expected: 140, unexpected: 2, flaky: 1 } })).toEqual({
      passed: 140,
      failed: 3,
    });
    for (const bad of [
      null,
      {},
      { stats: null },
      { stats: { expected: 1, unexpected: 0 } },
      { stats: { expected: 1, unexpected: -2, flaky: 0 } },
      { stats: { expected: '1', unexpected: 0, flaky: 0 } },
    ])
      expect(playwrightReportCounts(bad), JSON.stringify(bad)).toBeNull();
  });
});
