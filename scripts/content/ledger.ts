// The assumptions ledger (content/parameters.yaml): checked against the model, the sources and
// the labelling rules in guards.ts. loadLedger gives the model's tests the ledger alone.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { PARAMETER_IDS } from '../../workers/stockpile/parameters.ts';
import { ContentError, ContentProblems } from './errors.ts';
import { checkLedgerLabels } from './guards.ts';
import { ParametersSchema, SourcesSchema, check } from './schemas.ts';
import { readYaml, type YamlFile } from './yaml-file.ts';

/** Validate the assumptions ledger (content/parameters.yaml) against the model and the sources. */
export function checkLedger(
  file: string,
  yaml: YamlFile,
  problems: ContentProblems,
  sourceIds: ReadonlySet<string>,
): ParameterSpec[] {
  const parameters = (check(ParametersSchema, file, yaml, problems) ?? []) as ParameterSpec[];
  if (!parameters.length) return parameters;
  const seen = new Set<string>();
  const shorts = new Set<string>();
  parameters.forEach((p, i) => {
    const at = (key: string) => yaml.lineOf([i, key]);
    if (seen.has(p.id)) problems.add(file, at('id'), `duplicate parameter "${p.id}"`);
    if (shorts.has(p.short)) problems.add(file, at('short'), `duplicate short key "${p.short}"`);
    seen.add(p.id);
    shorts.add(p.short);
    if (!(p.min <= p.default && p.default <= p.max)) {
      problems.add(file, at('default'), `default ${p.default} is outside [${p.min}, ${p.max}]`);
    }
    if (p.step <= 0) problems.add(file, at('step'), 'step must be above zero');
    const steps = (p.default - p.min) / p.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      problems.add(
        file,
        at('default'),
        `default ${p.default} is not on a step of ${p.step} from ${p.min}`,
      );
    }
    if (p.status === 'reported' && p.spread > 0) {
      problems.add(file, at('spread'), 'a reported value is held fixed: spread must be 0');
    }
    p.sources.forEach((id, j) => {
      if (!sourceIds.has(id))
        problems.add(file, yaml.lineOf([i, 'sources', j]), `unknown source "${id}"`);
    });
  });
  for (const id of PARAMETER_IDS) {
    if (!seen.has(id)) problems.add(file, 1, `the model needs parameter "${id}"`);
  }
  checkLedgerLabels(file, yaml, parameters, problems);
  return parameters;
}

/**
 * Just the ledger, for the model's tests and benchmarks (which need no story). Throws a
 * ContentError listing every problem.
 */
export function loadLedger(root: string, projectRoot = join(root, '..')): ParameterSpec[] {
  const problems = new ContentProblems();
  const read = (name: string) => {
    const path = join(root, name);
    const file = relative(projectRoot, path);
    return { file, yaml: readYaml(file, readFileSync(path, 'utf8'), problems) };
  };
  const sourcesFile = read('sources.yaml');
  const sources = check(SourcesSchema, sourcesFile.file, sourcesFile.yaml, problems) ?? [];
  const paramFile = read('parameters.yaml');
  const ledger = checkLedger(
    paramFile.file,
    paramFile.yaml,
    problems,
    new Set(sources.map((s) => s.id)),
  );
  if (!problems.ok) throw new ContentError(problems.list);
  return ledger;
}
