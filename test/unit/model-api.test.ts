import { expose, releaseProxy, wrap, type Remote } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLedger } from '../../scripts/content/load.ts';
import { createModelApi, type ModelApi } from '../../workers/stockpile/api.ts';
import { goalSeek } from '../../workers/stockpile/goal-seek.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { WORKED } from './worked-scenario.ts';

// The worker file itself imports the site's virtual content module, so it cannot load in Node;
// this exposes the very same API object over a MessageChannel, as the worker does.
const ledger = loadLedger('content');
const channel = new MessageChannel();
expose(createModelApi(ledger), channel.port1);
const remote: Remote<ModelApi> = wrap<ModelApi>(channel.port2);

afterAll(() => {
  remote[releaseProxy]();
  channel.port1.close();
  channel.port2.close();
});

describe('the model API over a message channel', () => {
  const values = { ...WORKED };

  it('returns what a direct simulate() call returns', async () => {
    const result = await remote.simulate(values, 42);
    expect(result).toEqual(simulate(ledger, values, { seed: 42 }));
    expect(result.scenario.stocks.ukraineStock).toBeInstanceOf(Float64Array);
    expect(result.difference.bands.extraDelivered.p50).toBeInstanceOf(Float64Array);
    expect(result.events.map((e) => e.kind)).toContain('exportsBegin');
  });

  it('takes a run count, and clamps inputs as simulate() does', async () => {
    const wild = {
      ...values,
      ballisticLaunchesPerMonth: 10_000,
      interceptorsPerTarget: Number.NaN,
    };
    const result = await remote.simulate(wild, 3, 50);
    expect(result).toEqual(simulate(ledger, wild, { seed: 3, runs: 50 }));
    expect(result.inputs.ballisticLaunchesPerMonth).toBe(150);
    expect(result.inputs.interceptorsPerTarget).toBe(2);
    expect(result.runs).toBe(50);
  });

  it('answers calls in the order they were made', async () => {
    const seeds = [5, 6, 7];
    const results = await Promise.all(seeds.map((seed) => remote.simulate(values, seed, 20)));
    expect(results.map((r) => r.seed)).toEqual(seeds);
  });

  it('solves for a lever as a direct goalSeek() call does', async () => {
    const goal = { kind: 'engagedShare', share: 0.95 } as const;
    const answer = await remote.goalSeek(values, goal, 'japanExportPerYear', 3, 40);
    expect(answer).toEqual(
      goalSeek(ledger, values, goal, 'japanExportPerYear', { seed: 3, runs: 40 }),
    );
    expect(answer.central).toBe(14);
  });

  it('passes a refused goal back as a rejection with its message', async () => {
    const goal = { kind: 'engagedShare', share: 0.9 } as const;
    await expect(remote.goalSeek(values, goal, 'horizonMonths' as never)).rejects.toThrow(
      /unknown lever/,
    );
  });
});
