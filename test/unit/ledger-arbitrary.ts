// fast-check arbitraries for valid scenario inputs: every ledger value on its slider's steps.
import fc from 'fast-check';
import type {
  ParameterId,
  ParameterSpec,
  ParameterValues,
} from '../../workers/stockpile/parameters.ts';

/** One ledger value: min + k × step, k = 0..(max − min) / step. */
export function valueArbitrary(spec: ParameterSpec): fc.Arbitrary<number> {
  const steps = Math.round((spec.max - spec.min) / spec.step);
  return fc
    .integer({ min: 0, max: steps })
    .map((k) => Math.round((spec.min + k * spec.step) * 1e9) / 1e9);
}

export function valuesArbitrary(ledger: readonly ParameterSpec[]): fc.Arbitrary<ParameterValues> {
  const record = {} as Record<ParameterId, fc.Arbitrary<number>>;
  for (const spec of ledger) record[spec.id] = valueArbitrary(spec);
  return fc.record(record);
}

/** Two values of one ledger parameter, smaller first. */
export function orderedPair(spec: ParameterSpec): fc.Arbitrary<[number, number]> {
  return fc
    .tuple(valueArbitrary(spec), valueArbitrary(spec))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
}

export function specOf(ledger: readonly ParameterSpec[], id: ParameterId): ParameterSpec {
  const spec = ledger.find((p) => p.id === id);
  if (!spec) throw new Error(`no ledger entry for ${id}`);
  return spec;
}
