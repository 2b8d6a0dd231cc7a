// content/classroom/: the checks across its files and against the rest of content/: stage order,
// tasks' presets and slider keys, the claims table's reports, the lesson plan's minutes and
// links, and the worksheet's tasks. Every problem with file:line.
import type * as v from 'valibot';
import { CLASSROOM_STAGES } from '../../src/lib/classroom-types.ts';
import type { LinkCopy, Preset } from '../../src/lib/content-types.ts';
import { checkSiteLink } from './site-links.ts';
import {
  clampToSpec,
  type ParameterId,
  type ParameterSpec,
} from '../../workers/stockpile/parameters.ts';
import type { ContentProblems } from './errors.ts';
import type {
  ClassroomSchema,
  MediaSchema,
  TasksSchema,
  TeacherSchema,
  WorksheetSchema,
} from './classroom-schemas.ts';
import type { YamlFile } from './yaml-file.ts';

type Yaml = { file: string; yaml: YamlFile };
type Path = (string | number)[];

/** The classroom files as read (null where missing) and as validated (null where invalid). */
export interface ClassroomFiles {
  classroomFile: Yaml | null;
  tasksFile: Yaml | null;
  mediaFile: Yaml | null;
  teacherFile: Yaml | null;
  worksheetFile: Yaml | null;
  classroom: v.InferOutput<typeof ClassroomSchema> | null;
  tasks: v.InferOutput<typeof TasksSchema> | null;
  media: v.InferOutput<typeof MediaSchema> | null;
  teacher: v.InferOutput<typeof TeacherSchema> | null;
  worksheet: v.InferOutput<typeof WorksheetSchema> | null;
}

export interface ClassroomCheckInputs {
  problems: ContentProblems;
  sourceIds: ReadonlySet<string>;
  parameters: ParameterSpec[];
  presets: Preset[];
  stepIds: string[];
  /** content/links.yaml: the words of link notices. */
  links: LinkCopy;
  /** Sources the classroom copy cites outside its Markdown (the claims table's reports). */
  cited?: Set<string>;
}

/**
 * Check the classroom files against each other and the rest of content/, adding each problem
 * to `problems`. Returns each task's scenario: its preset's values with its own on top.
 */
export function checkClassroomFiles(
  f: ClassroomFiles,
  input: ClassroomCheckInputs,
): Map<string, Partial<Record<ParameterId, number>>> {
  const { classroom, classroomFile, tasks, tasksFile, media, mediaFile } = f;
  const { teacher, teacherFile, worksheet, worksheetFile } = f;
  const { problems, sourceIds, parameters, presets, stepIds, links } = input;
  if (classroom && classroomFile) {
    const ids = classroom.stages.map((s) => s.id);
    if (ids.join() !== CLASSROOM_STAGES.join()) {
      problems.add(
        classroomFile.file,
        classroomFile.yaml.lineOf(['stages']),
        `stages must be, in this order: ${CLASSROOM_STAGES.join(', ')}`,
      );
    }
  }

  const sliders = new Map(parameters.filter((p) => p.control !== 'fixed').map((p) => [p.short, p]));
  const taskValues = new Map<string, Partial<Record<ParameterId, number>>>();
  if (tasks && tasksFile) {
    const at = (path: Path) => tasksFile.yaml.lineOf(path);
    const seen = new Set<string>();
    tasks.forEach((task, i) => {
      if (seen.has(task.id))
        problems.add(tasksFile.file, at([i, 'id']), `duplicate task "${task.id}"`);
      seen.add(task.id);
      const preset = task.preset ? presets.find((p) => p.id === task.preset) : undefined;
      if (task.preset && !preset) {
        problems.add(
          tasksFile.file,
          at([i, 'preset']),
          `unknown preset "${task.preset}" (see content/presets.yaml)`,
        );
      }
      const values = { ...(preset?.values ?? {}), ...(task.values ?? {}) } as Partial<
        Record<ParameterId, number>
      >;
      for (const [key, value] of Object.entries(task.values ?? {})) {
        const spec = parameters.find((p) => p.id === key);
        if (spec && clampToSpec(spec, value) !== value) {
          problems.add(
            tasksFile.file,
            at([i, 'values', key]),
            `${key}: ${value} is outside [${spec.min}, ${spec.max}] or off its step of ${spec.step}`,
          );
        }
      }
      taskValues.set(task.id, values);
      for (const list of ['lock', 'hide'] as const) {
        (task[list] ?? []).forEach((key, j) => {
          if (!sliders.has(key)) {
            problems.add(
              tasksFile.file,
              at([i, list, j]),
              `"${key}" is not a slider's key (known: ${[...sliders.keys()].join(', ')})`,
            );
          }
        });
      }
    });
  }

  if (media && mediaFile) {
    const at = (path: Path) => mediaFile.yaml.lineOf(path);
    const reportIds = media.reports.map((r) => r.source);
    for (const id of reportIds) input.cited?.add(id);
    media.reports.forEach((r, i) => {
      if (!sourceIds.has(r.source))
        problems.add(mediaFile.file, at(['reports', i, 'source']), `unknown source "${r.source}"`);
    });
    media.claims.forEach((claim, i) => {
      for (const id of reportIds) {
        if (!(id in claim.says))
          problems.add(
            mediaFile.file,
            at(['claims', i, 'says']),
            `claim "${claim.id}" says nothing about report "${id}" (yes, partly or no)`,
          );
      }
      for (const [id, cell] of Object.entries(claim.says)) {
        if (!reportIds.includes(id))
          problems.add(
            mediaFile.file,
            at(['claims', i, 'says', id]),
            `"${id}" is not one of the reports`,
          );
        if (
          (typeof cell === 'string' ? cell : cell.says) === 'partly' &&
          (typeof cell === 'string' || !cell.note)
        ) {
          problems.add(
            mediaFile.file,
            at(['claims', i, 'says', id]),
            `"partly" needs a note saying what the report does say`,
          );
        }
      }
    });
  }

  if (teacher && teacherFile) {
    const total = teacher.plan.reduce((sum, p) => sum + p.minutes, 0);
    if (total !== teacher.minutes) {
      problems.add(
        teacherFile.file,
        teacherFile.yaml.lineOf(['plan']),
        `the plan's phases add up to ${total} minutes, not ${teacher.minutes}`,
      );
    }
    teacher.plan.forEach((phase, i) => {
      for (const message of checkSiteLink(phase.link, { ledger: parameters, stepIds, links })) {
        problems.add(
          teacherFile.file,
          teacherFile.yaml.lineOf(['plan', i, 'link']),
          `link: ${message}`,
        );
      }
    });
  }

  if (worksheet && worksheetFile && tasks) {
    worksheet.tasks.forEach((id, i) => {
      if (!tasks.some((t) => t.id === id))
        problems.add(
          worksheetFile.file,
          worksheetFile.yaml.lineOf(['tasks', i]),
          `unknown task "${id}" (see content/classroom/tasks.yaml)`,
        );
    });
  }

  return taskValues;
}
