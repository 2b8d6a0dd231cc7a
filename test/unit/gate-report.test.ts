// The gate's report of how fast and how busy its machine was, and how near its browser tests came
// to their time limits (scripts/gate-report.mjs).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  describeMachine,
  machineCpuSeconds,
  nearestTimeLimit,
  parseProcStat,
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
      'intr 1 2 3',
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
    if (!before || !after) return; // not Linux, or a /proc/stat of zeros: the gate omits the figure
    // The whole machine's count: at least the child's half second.
    expect(after.busy - before.busy).toBeGreaterThanOrEqual(0.45);
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
    for (const empty of [{ suites: [] }, null, 'not a report', { suites: 'nor this' }])
      expect(nearestTimeLimit(empty)).toBeNull();
  });
});
