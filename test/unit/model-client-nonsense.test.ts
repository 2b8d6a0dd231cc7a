// The model client against workers that answer nonsense (issue 13 item 12), and goal seeks.
import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLedger } from '../../scripts/content/load.ts';
import {
  createModelClient,
  type GoalSeekDelivery,
  type ModelClient,
  type ModelDelivery,
  type WorkerLike,
} from '../../src/sandbox/model-client.ts';
import { goalSeek, type Goal } from '../../workers/stockpile/goal-seek.ts';
import { type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { WORKED } from './worked-scenario.ts';

const ledger = loadLedger('content');
const worked = { ...WORKED };
const RUNS = 40;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

const valuesAt = (i: number): ParameterValues => ({
  ...worked,
  japanExportPerYear: i % 61,
  ballisticLaunchesPerMonth: 10 + 5 * (i % 29),
});

let client: ModelClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

/** A worker whose every answer comes from `answer`: the real model, or nonsense. */
function answeringWorker(answer: {
  simulate?: (values: ParameterValues, seed: number, runs?: number) => unknown;
  goalSeek?: (...args: unknown[]) => unknown;
}) {
  const made: { calls: number; terminated: boolean }[] = [];
  const ports: MessagePort[] = [];
  const create = (): WorkerLike => {
    const record = { calls: 0, terminated: false };
    made.push(record);
    const channel = new MessageChannel();
    const count =
      <A extends unknown[]>(f?: (...args: A) => unknown) =>
      (...args: A) => {
        record.calls++;
        return f?.(...args);
      };
    expose({ simulate: count(answer.simulate), goalSeek: count(answer.goalSeek) }, channel.port1);
    const endpoint = channel.port2 as MessagePort & WorkerLike;
    endpoint.terminate = () => {
      record.terminated = true;
      channel.port1.close();
    };
    ports.push(channel.port1, channel.port2);
    return endpoint;
  };
  return { made, create, close: () => ports.forEach((p) => p.close()) };
}

const GOAL: Goal = { kind: 'engagedShare', share: 0.95 };

describe('the model client with a worker that answers nonsense', () => {
  const nonsense: [string, (values: ParameterValues, seed: number, runs?: number) => unknown][] = [
    ['nothing', () => undefined],
    ['a string', () => 'hello'],
    [
      'a series of the wrong length',
      (v, seed, runs) => {
        const r = simulate(ledger, v, { seed, runs });
        r.scenario.stocks.ukraineStock = r.scenario.stocks.ukraineStock.slice(1);
        return r;
      },
    ],
    [
      'a NaN in a band',
      (v, seed, runs) => {
        const r = simulate(ledger, v, { seed, runs });
        r.difference.bands.extraDelivered.p95[3] = Number.NaN;
        return r;
      },
    ],
    [
      'an unknown kind of event',
      (v, seed, runs) => {
        const r = simulate(ledger, v, { seed, runs });
        return { ...r, events: [{ kind: 'surprise', month: 2 }] };
      },
    ],
    [
      'the answer to other inputs',
      (_v, seed, runs) => simulate(ledger, valuesAt(9), { seed, runs }),
    ],
  ];

  for (const [what, answer] of nonsense) {
    it(`runs the model on the page instead, once told ${what}, and drops the worker`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const fake = answeringWorker({ simulate: answer });
      const delivered: ModelDelivery[] = [];
      client = createModelClient({
        ledger,
        onResult: (d) => delivered.push(d),
        createWorker: fake.create,
        runs: RUNS,
      });
      try {
        client.request(valuesAt(3), 2);
        await until(() => delivered.length === 1, 'the main-thread delivery');
        client.request(valuesAt(4), 2);
        await until(() => delivered.length === 2, 'the next delivery');
        expect(client.mode).toBe('main-thread');
        expect(delivered.map((d) => d.mode)).toEqual(['main-thread', 'main-thread']);
        expect(delivered[0]!.result).toEqual(
          simulate(ledger, valuesAt(3), { seed: 2, runs: RUNS }),
        );
        // No restart of a worker that answers nonsense, and one warning only.
        expect(fake.made).toEqual([{ calls: 1, terminated: true }]);
        expect(warn).toHaveBeenCalledTimes(1);
        expect(String(warn.mock.calls[0]![0])).toMatch(/malformed result/);
      } finally {
        warn.mockRestore();
        fake.close();
      }
    });
  }
});

describe('goal seeks through the client', () => {
  it('come from the worker, latest request winning, and are checked like scenarios', async () => {
    const fake = answeringWorker({
      goalSeek: (values, goal, lever, seed, runs) =>
        goalSeek(ledger, values as ParameterValues, goal as Goal, lever as 'mhiOutputPerYear', {
          seed: seed as number,
          runs: runs as number,
        }),
    });
    const answers: GoalSeekDelivery[] = [];
    client = createModelClient({
      ledger,
      onResult: () => {},
      onGoalSeek: (d) => answers.push(d),
      createWorker: fake.create,
      runs: RUNS,
    });
    try {
      for (let i = 0; i < 5; i++) client.requestGoalSeek(valuesAt(i), 1, GOAL, 'usShareForUkraine');
      await until(() => answers.at(-1)?.id === 5, 'the latest answer');
      expect(answers.length).toBeLessThanOrEqual(2);
      expect(answers.at(-1)!.mode).toBe('worker');
      expect(answers.at(-1)!.result).toEqual(
        goalSeek(ledger, valuesAt(4), GOAL, 'usShareForUkraine', { seed: 1, runs: RUNS }),
      );
      expect(() => client!.requestGoalSeek(worked, 1, GOAL, 'horizonMonths' as never)).toThrow(
        /unknown lever/,
      );
    } finally {
      fake.close();
    }
  });

  it('are solved on the page when the worker answers nonsense', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fake = answeringWorker({ goalSeek: () => ({ central: 'lots' }) });
    const answers: GoalSeekDelivery[] = [];
    client = createModelClient({
      ledger,
      onResult: () => {},
      onGoalSeek: (d) => answers.push(d),
      createWorker: fake.create,
      runs: RUNS,
    });
    try {
      client.requestGoalSeek(worked, 1, GOAL, 'japanExportPerYear');
      await until(() => answers.length === 1, 'the main-thread answer');
      expect(answers[0]!.mode).toBe('main-thread');
      expect(answers[0]!.result.central).toBe(14);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
      fake.close();
    }
  });
});
