// The assumptions ledger as the model sees it. content/parameters.yaml is the only place the
// numbers live; the build validates that file into ParameterSpec[] and everything reads that.

export const PARAMETER_IDS = [
  'japanExportPerYear',
  'ballisticLaunchesPerMonth',
  'interceptorsPerTarget',
  'usProduction2024',
  'usProduction2025',
  'usProductionFrom2026',
  'usShareForUkraine',
  'mhiOutputPerYear',
  'exportLagMonths',
  'japanStockStart',
  'japanFloor',
  'usPoolStart',
  'usPoolFloor',
  'ukraineStockStart',
  'usTransferCapPerMonth',
  'engagementShare',
  'backfillShare',
  'otherDonorsPerMonth',
  'horizonMonths',
] as const;

export type ParameterId = (typeof PARAMETER_IDS)[number];
export type ParameterStatus = 'reported' | 'derived' | 'illustrative';
export type ParameterControl = 'main' | 'advanced' | 'fixed';

export interface ParameterSpec {
  id: ParameterId;
  short: string;
  label: string;
  unit: string;
  default: number;
  min: number;
  max: number;
  step: number;
  status: ParameterStatus;
  spread: number;
  control: ParameterControl;
  sources: string[];
  note: string;
}

/** One value per ledger id: a full scenario's inputs. */
export type ParameterValues = Record<ParameterId, number>;

export function defaultValues(ledger: readonly ParameterSpec[]): ParameterValues {
  const values = {} as ParameterValues;
  for (const p of ledger) values[p.id] = p.default;
  return values;
}

/** Snap to the slider's step (counted from min) and clamp to [min, max]. */
export function clampToSpec(spec: ParameterSpec, value: number): number {
  if (!Number.isFinite(value)) return spec.default;
  const stepped = spec.min + Math.round((value - spec.min) / spec.step) * spec.step;
  // Round away float noise such as 0.1 + 0.2 so values print and compare cleanly.
  const tidy = Math.round(stepped * 1e9) / 1e9;
  return Math.min(spec.max, Math.max(spec.min, tidy));
}
