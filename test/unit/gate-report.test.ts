// The gate's report of how fast and how busy its machine was (scripts/gate-report.mjs), and how near its
// browser tests came to their time limits.
import { spawnSync } from 'node:child_process';
import { platform } from 'node:os';
import { describe, expect, it } from 'vitest';
import { machineCpuSeconds, nearestTimeLimit } from '../../scripts/gate-report.mjs';

describe('the gate’s machine report', () => {
  it.runIf(platform() === 'linux')('counts the CPU time a process uses', () => {
    const before = machineCpuSeconds()!;
    // A child that uses half a second of CPU (however long that takes on a busy machine).
    const child = spawnSync(process.execPath, [
      '-e',
      'const start = process.cpuUsage(); while (process.cpuUsage(start).user < 5e5);',
    ]);
    expect(child.status).toBe(0);
    const after = machineCpuSeconds()!;
    // The whole machine's count: at least the child's half second (ticks are 1/100 s).
    expect(after.busy - before.busy).toBeGreaterThanOrEqual(0.45);
    expect(after.stolen).toBeGreaterThanOrEqual(before.stolen);
  });

  it('finds the browser test nearest its own time limit, in nested suites', () => {
    const spec = (title: string, line: number, timeout: number, durations: number[]) => ({
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
        // A result with no limit (0) or no duration is skipped, not a division by zero.
        { specs: [spec('no limit', 20, 0, [5_000])] },
      ],
    };
    expect(nearestTimeLimit(report)).toEqual({ share: 0.6, title: 'a.spec.ts:9 short and tight' });
    expect(nearestTimeLimit({ suites: [] })).toBeNull();
  });
});
