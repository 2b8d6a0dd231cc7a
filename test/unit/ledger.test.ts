import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../scripts/content/load.ts';
import { PARAMETER_IDS, clampToSpec, defaultValues } from '../../workers/stockpile/parameters.ts';

describe('the assumptions ledger', () => {
  const ledger = loadLedger('content');

  it('has every parameter the model needs, once', () => {
    expect(ledger.map((p) => p.id).sort()).toEqual([...PARAMETER_IDS].sort());
  });

  it('uses the reported figures from the research notes as defaults', () => {
    const values = defaultValues(ledger);
    expect(values.usProduction2024).toBe(500);
    expect(values.usProduction2025).toBe(620);
    expect(values.mhiOutputPerYear).toBe(30);
    expect(values.interceptorsPerTarget).toBe(2);
    expect(values.horizonMonths).toBe(36);
  });

  it('clamps and snaps values to the slider range', () => {
    const spec = ledger.find((p) => p.id === 'interceptorsPerTarget')!;
    expect(clampToSpec(spec, 9)).toBe(4);
    expect(clampToSpec(spec, -3)).toBe(1);
    expect(clampToSpec(spec, 2.3)).toBe(2.5);
    expect(clampToSpec(spec, Number.NaN)).toBe(2);
  });
});
