// Which scenario a sandbox chart shows, in words and in a file name: the default, one of the
// presets (content/presets.yaml), or the settings that differ from the ledger's defaults. The
// same line goes on an embed, a downloaded picture, a fallback picture and a CSV file.
import { formatNumber, formatWithUnit } from '../lib/format.ts';
import type { Preset, SharingCopy } from '../lib/content-types.ts';
import { fill } from '../lib/template.ts';
import type { ParameterSpec, ParameterValues } from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED } from '../../workers/stockpile/random.ts';

export interface Scenario {
  values: ParameterValues;
  seed: number;
}

/** The ledger's settings whose value in `values` is not their default, in ledger order. */
export function changedSettings(
  values: ParameterValues,
  ledger: readonly ParameterSpec[],
): ParameterSpec[] {
  return ledger.filter((p) => values[p.id] !== undefined && values[p.id] !== p.default);
}

/** The scenario is the defaults and the default seed. */
export const isDefaultScenario = (s: Scenario, ledger: readonly ParameterSpec[]) =>
  s.seed === DEFAULT_SEED && changedSettings(s.values, ledger).length === 0;

/**
 * The preset that is exactly this scenario (its values, every other setting at its default, the
 * default seed), or null. A preset that changes nothing is the default scenario, not a preset.
 */
export function matchingPreset(
  s: Scenario,
  presets: readonly Preset[],
  ledger: readonly ParameterSpec[],
): Preset | null {
  if (s.seed !== DEFAULT_SEED) return null;
  return (
    presets.find((preset) => {
      if (Object.keys(preset.values).length === 0) return false;
      return ledger.every((p) => s.values[p.id] === (preset.values[p.id] ?? p.default));
    }) ?? null
  );
}

/**
 * The scenario in one line: "Backfill's default scenario", "Scenario: Winter barrage (a Backfill
 * preset)", or "Scenario: Japan's exports to the US 40 interceptors a year (default 10); …".
 */
export function scenarioLine(
  s: Scenario,
  ledger: readonly ParameterSpec[],
  presets: readonly Preset[],
  copy: SharingCopy['scenario'],
): string {
  if (isDefaultScenario(s, ledger)) return copy.default;
  const preset = matchingPreset(s, presets, ledger);
  if (preset) return fill(copy.preset, { preset: preset.label });
  const settings = changedSettings(s.values, ledger).map((p) =>
    fill(copy.setting, {
      label: p.label,
      value: formatWithUnit(s.values[p.id], p.unit),
      default: formatNumber(p.default),
    }),
  );
  if (s.seed !== DEFAULT_SEED)
    settings.push(
      fill(copy.setting, {
        label: copy.seed,
        value: formatNumber(s.seed),
        default: formatNumber(DEFAULT_SEED),
      }),
    );
  return fill(copy.custom, { settings: settings.join('; ') });
}

const LONGEST_SLUG = 48;

/**
 * The scenario in a file name: "default", a preset's id, or the changed settings' link keys and
 * values ("je40-bl90-s7"); a long list becomes "custom-" and a short checksum of it.
 */
export function scenarioSlug(
  s: Scenario,
  ledger: readonly ParameterSpec[],
  presets: readonly Preset[],
): string {
  if (isDefaultScenario(s, ledger)) return 'default';
  const preset = matchingPreset(s, presets, ledger);
  if (preset) return preset.id;
  const parts = changedSettings(s.values, ledger).map((p) => `${p.short}${s.values[p.id]}`);
  if (s.seed !== DEFAULT_SEED) parts.push(`s${s.seed}`);
  const slug = parts.join('-');
  if (slug.length <= LONGEST_SLUG) return slug;
  // FNV-1a: the same scenario always gets the same name.
  let hash = 0x811c9dc5;
  for (const c of slug) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `custom-${hash.toString(16).padStart(8, '0')}`;
}
