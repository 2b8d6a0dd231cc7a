// content/sandbox/page.yaml: the sandbox's chart copy and the words around its controls. Checked
// against the chart definitions (src/sandbox/charts.ts: every axis title and line label a chart
// draws must be there) and against the placeholders each sentence may use.
import * as v from 'valibot';
import type { SandboxCopy } from '../../src/lib/content-types.ts';
import { placeholdersOf, strayBraces } from '../../src/sandbox/strings.ts';
import {
  CHART_COPY_KEYS,
  CHART_LABEL_PLACEHOLDERS,
  SANDBOX_CHART_IDS,
} from '../../src/sandbox/charts.ts';
import {
  FIGURE_PLACEHOLDERS,
  GOAL_PLACEHOLDERS,
  SANDBOX_TEXT_PLACEHOLDERS,
} from '../../src/sandbox/copy.ts';
import type { ContentProblems } from './errors.ts';
import { check } from './schemas.ts';
import type { YamlFile } from './yaml-file.ts';

const key = v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z]*$/, 'must be a camelCase key'));
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

const ChartCopySchema = v.strictObject({
  title: text,
  about: text,
  axes: v.record(key, text),
  labels: v.record(key, text),
});

/** The text fields: each a one-paragraph sentence or label, with its allowed placeholders. */
const textFields = Object.fromEntries(
  Object.keys(SANDBOX_TEXT_PLACEHOLDERS).map((name) => [name, text]),
) as Record<keyof typeof SANDBOX_TEXT_PLACEHOLDERS, typeof text>;

export const SandboxSchema = v.strictObject({
  charts: v.record(v.string(), ChartCopySchema),
  scrubber: v.strictObject({ label: text, play: text, pause: text, previous: text, next: text }),
  figures: v.strictObject({ extra: text, days: text, share: text, times: text }),
  tabs: v.strictObject({ label: text, difference: text, ukraine: text }),
  pack: v.strictObject({
    button: text,
    about: text,
    saving: v.pipe(text, v.includes('{name}', 'must say the file: {name}')),
    failed: text,
  }),
  foot: v.strictObject({
    model: text,
    ledger: text,
    worksheet: text,
    qr: text,
    runs: text,
    worker: text,
    page: text,
    starting: text,
  }),
  failed: v.strictObject({ title: text, settings: text, reset: text }),
  controls: v.strictObject({
    main: text,
    more: text,
    held: text,
    see: v.pipe(text, v.includes('{ledger}', 'must link the ledger: {ledger}')),
    ledger: text,
    locked: text,
    range: v.pipe(
      text,
      v.check(
        (t) => ['{min}', '{max}', '{default}'].every((n) => t.includes(n)),
        'must use {min}, {max} and {default}',
      ),
    ),
    sources: text,
  }),
  goal: v.strictObject(
    Object.fromEntries(Object.keys(GOAL_PLACEHOLDERS).map((name) => [name, text])) as Record<
      keyof typeof GOAL_PLACEHOLDERS,
      typeof text
    >,
  ),
  ...textFields,
});

/** Validate content/sandbox/page.yaml; null when it has problems (each reported with its line). */
export function checkSandboxCopy(
  file: string,
  yaml: YamlFile,
  problems: ContentProblems,
): SandboxCopy | null {
  const copy = check(SandboxSchema, file, yaml, problems) as SandboxCopy | null;
  if (!copy) return null;
  const before = problems.list.length;
  for (const id of Object.keys(copy.charts)) {
    if (!(SANDBOX_CHART_IDS as readonly string[]).includes(id))
      problems.add(
        file,
        yaml.lineOf(['charts', id]),
        `"${id}" is not a sandbox chart (known: ${SANDBOX_CHART_IDS.join(', ')})`,
      );
  }
  for (const id of SANDBOX_CHART_IDS) {
    const chart = copy.charts[id];
    if (!chart) {
      problems.add(file, yaml.lineOf(['charts']), `chart "${id}" needs a title and its labels`);
      continue;
    }
    const needs = CHART_COPY_KEYS[id];
    for (const part of ['axes', 'labels'] as const) {
      for (const name of needs[part]) {
        if (!chart[part][name])
          problems.add(file, yaml.lineOf(['charts', id, part]), `${id}: ${part} needs "${name}"`);
      }
      for (const name of Object.keys(chart[part])) {
        if (!needs[part].includes(name))
          problems.add(
            file,
            yaml.lineOf(['charts', id, part, name]),
            `${id}: the chart draws no ${part === 'axes' ? 'axis' : 'label'} "${name}" (it draws: ${needs[part].join(', ')})`,
          );
      }
    }
    for (const [name, label] of Object.entries(chart.labels))
      checkPlaceholders(
        file,
        yaml,
        ['charts', id, 'labels', name],
        label,
        CHART_LABEL_PLACEHOLDERS[name] ?? [],
        problems,
      );
  }
  for (const [name, allowed] of Object.entries(FIGURE_PLACEHOLDERS))
    checkPlaceholders(
      file,
      yaml,
      ['figures', name],
      (copy.figures as Record<string, string>)[name]!,
      allowed,
      problems,
    );
  for (const [name, allowed] of Object.entries(GOAL_PLACEHOLDERS))
    checkPlaceholders(
      file,
      yaml,
      ['goal', name],
      (copy.goal as unknown as Record<string, string>)[name]!,
      allowed,
      problems,
    );
  for (const [name, allowed] of Object.entries(SANDBOX_TEXT_PLACEHOLDERS)) {
    const value = (copy as unknown as Record<string, string>)[name];
    if (value) checkPlaceholders(file, yaml, [name], value, allowed, problems);
  }
  return problems.list.length === before ? copy : null;
}

function checkPlaceholders(
  file: string,
  yaml: YamlFile,
  path: string[],
  template: string,
  allowed: readonly string[],
  problems: ContentProblems,
): void {
  if (strayBraces(template))
    problems.add(file, yaml.lineOf(path), `${path.join('.')}: a brace that is not a {name}`);
  for (const name of new Set(placeholdersOf(template))) {
    if (!allowed.includes(name))
      problems.add(
        file,
        yaml.lineOf(path),
        `${path.join('.')}: unknown placeholder {${name}}${allowed.length ? ` (it may use: ${allowed.map((a) => `{${a}}`).join(', ')})` : ' (it takes none)'}`,
      );
  }
}
