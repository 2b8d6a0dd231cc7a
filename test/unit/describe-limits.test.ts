// The sentences added for issue 10: the limits that bind, what Japan's exports change, the
// engaged share and "What would it take?", word for word against hand-worked numbers; and the
// check of content/sandbox/strings.yaml.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentProblems } from '../../scripts/content/errors.ts';
import { ledger, sandboxStrings as strings } from '../support/content.ts';
import { checkSandboxStrings } from '../../scripts/content/sandbox-strings.ts';
import { readYaml } from '../../scripts/content/yaml-file.ts';
import {
  describeDifference,
  describeDifferenceRange,
  describeEngagedShare,
  differenceFigures,
} from '../../src/sandbox/describe-difference.ts';
import {
  describeEvent,
  describeEvents,
  describePeriod,
} from '../../src/sandbox/describe-events.ts';
import { describeGoalSeek } from '../../src/sandbox/describe-goal.ts';
import { fill } from '../../src/sandbox/strings.ts';
import type { GoalSeekResult } from '../../workers/stockpile/goal-seek.ts';
import { type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { WORKED } from './worked-scenario.ts';

const worked = { ...WORKED };
const run = (changes: Partial<ParameterValues> = {}, runs = 1) =>
  simulate(ledger, { ...worked, ...changes }, { runs });

describe('filling a sentence', () => {
  it('writes names, numbers and counts with their nouns', () => {
    expect(fill('{a} and {n} and {c|cat|cats}', { a: 'x', n: 2.54, c: 1 })).toBe(
      'x and 2.5 and 1 cat',
    );
    expect(fill('{c|cat|cats}, {c|cat|cats}', { c: 0.4 })).toBe('no cats, no cats');
    expect(() => fill('{missing}', {})).toThrow(/no value for \{missing\}/);
  });
});

describe('the limits that bind, as sentences', () => {
  it('names the period: one month, to the end, or from one month to another', () => {
    expect(describePeriod({ month: 3, months: 1 }, 36, strings)).toBe('In April 2024');
    expect(describePeriod({ month: 3, months: 33 }, 36, strings)).toBe('From April 2024');
    expect(describePeriod({ month: 3, months: 4 }, 36, strings)).toBe(
      'From April 2024 to July 2024',
    );
  });

  it('when Japan reaches its floor, with and without MHI output, and when it starts below', () => {
    // 300 held, 2.5 built a month, 5 sent from June 2024: at the floor from July 2025.
    const atFloor = run({ japanExportPerYear: 60, exportLagMonths: 6 });
    expect(describeEvents(atFloor, strings)).toContain(
      'From July 2025 Japan is at its floor of 280 interceptors, so it can send only what Mitsubishi Heavy Industries builds: 2.5 a month.',
    );
    // MHI builds nothing: the 20 spare go in four months of 5, then nothing.
    const dry = run({ japanExportPerYear: 60, exportLagMonths: 6, mhiOutputPerYear: 0 });
    expect(describeEvents(dry, strings)).toContain(
      'From October 2024 Japan is at its floor of 280 interceptors and Mitsubishi Heavy Industries builds nothing, so Japan sends nothing.',
    );
    const below = run({ japanStockStart: 100, exportLagMonths: 6 });
    expect(describeEvents(below, strings)).toContain(
      'From June 2024 Japan is below or at its floor of 280 interceptors, so it sends less than the set rate: only what takes its stock above the floor.',
    );
  });

  it('when the export lag ends, the US holds transfers back or sends nothing, and its pool is low', () => {
    // Nothing from the US: 60 held, 20 a month from donors, 40 wanted: 40, 20, then 0 at the end
    // of March 2024; from April Ukraine fires the 20 that arrive, at 10 of its 20 missiles.
    const result = run({ usTransferCapPerMonth: 0, usPoolStart: 200, exportLagMonths: 12 });
    expect(describeEvents(result, strings)).toEqual([
      'From January 2024 the US sends Ukraine nothing: its monthly limit is 0.',
      "From April 2024 Ukraine is short of interceptors: it engages only 50% of the ballistic missiles within Patriot's reach.",
      'In December 2024 the export lag ends, and Japan starts sending the United States 10 interceptors a year.',
    ]);
    // The pool starts empty, 12.5 a month below its floor of 50 until May 2024: it sends
    // nothing until then, and 10 (its cap) a month after.
    const pool = run({ usPoolStart: 0, usTransferCapPerMonth: 10 });
    const sentences = describeEvents(pool, strings);
    expect(sentences).toContain(
      'From January 2024 to April 2024 the US pool is below or at its floor of 50 interceptors, so it sends Ukraine only what takes it above the floor.',
    );
    expect(sentences).toContain(
      'From May 2024 the US sends Ukraine the most it will in a month, 10 interceptors; the rest waits in the US pool.',
    );
    const atFloor = run();
    expect(describeEvent(atFloor.events[1]!, atFloor, strings)).toBe(
      'From March 2024 the US pool is at its floor of 50 interceptors, so it passes on only what comes in, less than its limit of 30 a month.',
    );
  });

  it('when a higher rate spends Japan’s surplus sooner than a steadier one', () => {
    // See test/unit/model-events.test.ts: 32 a year is the steadiest rate here.
    const result = run({
      ballisticLaunchesPerMonth: 35,
      interceptorsPerTarget: 2.5,
      usProduction2024: 0,
      usProduction2025: 0,
      usProductionFrom2026: 500,
      usShareForUkraine: 2,
      mhiOutputPerYear: 0,
      exportLagMonths: 6,
      japanStockStart: 100,
      japanFloor: 0,
      usPoolStart: 0,
      usPoolFloor: 0,
      ukraineStockStart: 0,
      usTransferCapPerMonth: 5,
      engagementShare: 25,
      backfillShare: 45,
      otherDonorsPerMonth: 20,
      horizonMonths: 42,
      japanExportPerYear: 37,
    });
    const cross = result.events.find((e) => e.kind === 'stocksCross')!;
    expect(describeEvent(cross, result, strings)).toMatch(
      /^From \w+ 2027 Ukraine holds fewer ready interceptors than if Japan had sent a steadier 32 a year, the most it could keep up to June 2027: a higher rate spends Japan's surplus sooner\.$/,
    );
    expect(describeEvent({ ...cross, stock: 'usPool' }, result, strings)).toMatch(
      /^From \w+ 2027 the US pool holds fewer interceptors than if Japan had sent a steadier 32/,
    );
  });
});

describe('what Japan’s exports change, in words', () => {
  it('gives days of defence, the share of Ukraine’s need and times MHI’s reported output', () => {
    // 11.67 extra by December 2026 (test/unit/describe.test.ts); Ukraine wants 40 a month, 1,440
    // over 36 months; MHI's reported output is 30 a year.
    const result = run();
    const f = differenceFigures(result, ledger);
    expect(f.extraDelivered).toBeCloseTo(70 / 6, 9);
    expect(f.extraEngaged).toBeCloseTo(35 / 6, 9);
    expect(f.daysOfDefence).toBeCloseTo((70 / 6 / 40) * 30.44, 9);
    expect(f.need).toBe(1440);
    expect(f.shareOfNeed).toBeCloseTo(70 / 6 / 1440, 12);
    expect(f.mhiReportedPerYear).toBe(30);
    expect(f.timesMhiOutput).toBeCloseTo(70 / 6 / 30, 12);
    expect(describeDifference(result, strings, ledger)).toBe(
      "By December 2026 Japan's exports free 12 extra US interceptors for Ukraine: about 9 days of defence at this rate of attack, under 1% of the 1,440 interceptors it would fire at ballistic missiles over these 36 months, and 0.4 times the yearly output Mitsubishi Heavy Industries reported (30 interceptors a year).",
    );
  });

  it('at 60 a year over ten years', () => {
    // 320 extra: Japan's 75 spare above its floor plus 2.5 a month for 98 months, all passed on;
    // 320 / 40 × 30.44 = 244 days; 320 / 4,800 = 7%; 320 / 30 = 10.7.
    const result = run({ japanExportPerYear: 60, horizonMonths: 120 });
    expect(differenceFigures(result, ledger).extraDelivered).toBeCloseTo(75 + 2.5 * 98, 9);
    expect(describeDifference(result, strings, ledger)).toBe(
      "By December 2033 Japan's exports free 320 extra US interceptors for Ukraine: about 244 days of defence at this rate of attack, 7% of the 4,800 interceptors it would fire at ballistic missiles over these 120 months, and 10.7 times the yearly output Mitsubishi Heavy Industries reported (30 interceptors a year).",
    );
  });

  it('says nothing beside the chart when no extra interceptor arrives', () => {
    expect(describeDifference(run({ japanExportPerYear: 0 }), strings, ledger)).toBeNull();
  });

  it('gives the 90% range of the paired difference across the runs', () => {
    const result = run({}, 500);
    const band = result.difference.bands.extraDelivered;
    const [low, median, high] = [band.p05[35]!, band.p50[35]!, band.p95[35]!].map(Math.round);
    expect(describeDifferenceRange(result, strings)).toBe(
      `In 90% of the model's 500 runs, Japan's exports free between ${low} and ${high} more US interceptors for Ukraine by December 2026 (median ${median}).`,
    );
    expect(describeDifferenceRange(run({ japanExportPerYear: 0 }, 20), strings)).toBe(
      "In 90% of the model's 20 runs, Japan's exports free no more US interceptors for Ukraine by December 2026.",
    );
  });

  it('gives the share of missiles within reach Ukraine engages, with and without', () => {
    // 676 of 720 without exports (93.9%); 681.8 with them (94.7%).
    expect(describeEngagedShare(run(), strings)).toBe(
      "From January 2024 to December 2026 Ukraine engages 95% of the ballistic missiles within Patriot's reach; without Japan's exports, 94%.",
    );
    expect(describeEngagedShare(run({ japanExportPerYear: 0 }), strings)).toBe(
      "From January 2024 to December 2026 Ukraine engages 94% of the ballistic missiles within Patriot's reach, with or without Japan's exports.",
    );
  });
});

describe('what it would take, in words', () => {
  const answer = (changes: Partial<GoalSeekResult>): GoalSeekResult => ({
    goal: { kind: 'engagedShare', share: 0.95 },
    lever: 'japanExportPerYear',
    central: 14,
    half: 49,
    nineTenths: null,
    min: 0,
    max: 60,
    step: 1,
    currentShare: 0.947,
    shareAtMax: 0.9,
    otherLevers: [
      { lever: 'mhiOutputPerYear', central: null },
      { lever: 'usProductionFrom2026', central: 1120 },
      { lever: 'usShareForUkraine', central: 39 },
    ],
    seed: 1,
    runs: 500,
    ...changes,
  });

  it('gives the smallest setting in the central run, in half and in nine tenths of the runs', () => {
    expect(describeGoalSeek(answer({}), 36, strings, ledger)).toBe(
      "For Ukraine to engage 95% of the ballistic missiles within Patriot's reach through December 2026, Japan's exports to the US would need to be at least 14 interceptors a year in the model's central run, at least 49 interceptors a year in half of its 500 runs and more than its highest setting, 60 interceptors a year, in nine tenths of them.",
    );
    const share = answer({
      lever: 'usShareForUkraine',
      central: 29,
      half: 30,
      nineTenths: 55,
      goal: { kind: 'engagedShare', share: 0.9 },
      currentShare: 0.85,
    });
    expect(describeGoalSeek(share, 120, strings, ledger)).toBe(
      "For Ukraine to engage 90% of the ballistic missiles within Patriot's reach through December 2033, the share of new US output available for Ukraine would need to be at least 29% in the model's central run, at least 30% in half of its 500 runs and at least 55% in nine tenths of them.",
    );
  });

  it('says when every setting reaches the goal, or none does', () => {
    expect(
      describeGoalSeek(answer({ central: 0, half: 0, nineTenths: 0 }), 36, strings, ledger),
    ).toBe(
      "Ukraine engages 95% of the ballistic missiles within Patriot's reach through December 2026 at every setting of Japan's exports to the US, in the central run and in nine tenths of the runs.",
    );
    expect(
      describeGoalSeek(
        answer({ lever: 'mhiOutputPerYear', central: null, half: null, nineTenths: null }),
        36,
        strings,
        ledger,
      ),
    ).toBe(
      "Not reachable inside the ledger's range: even with Mitsubishi Heavy Industries' output at 60 interceptors a year, Ukraine engages 90% of the ballistic missiles within Patriot's reach through December 2026, short of 95%. In the model's central run, US output from 2026 at 1,120 interceptors a year or the share of new US output available for Ukraine at 39% would reach it.",
    );
  });

  it('says "any setting" where the lowest setting already reaches the goal', () => {
    expect(describeGoalSeek(answer({ central: 0, half: 3 }), 36, strings, ledger)).toMatch(
      /to the US would need to be any setting, even 0 interceptors a year, in the model's central run, at least 3 interceptors a year in half/,
    );
  });

  it('says first when the reader’s settings already reach the goal', () => {
    const reached = answer({
      goal: { kind: 'engagedShare', share: 0.5 },
      central: 0,
      currentShare: 0.631,
    });
    expect(describeGoalSeek(reached, 36, strings, ledger)).toMatch(
      /^At your settings Ukraine already does that \(it engages 63%\)\. For Ukraine to engage 50%/,
    );
    expect(describeGoalSeek(answer({}), 36, strings, ledger)).not.toMatch(/already/);
  });

  it('names the other levers that reach a goal this one cannot, or says none does', () => {
    const outOfReach = answer({ central: null, half: 40, nineTenths: null });
    expect(describeGoalSeek(outOfReach, 36, strings, ledger)).toMatch(
      /in nine tenths of them\. In the model's central run, US output from 2026 at 1,120 interceptors a year or the share of new US output available for Ukraine at 39% would reach it\.$/,
    );
    const alone = answer({
      central: null,
      half: null,
      nineTenths: null,
      shareAtMax: 0.66,
      otherLevers: [
        { lever: 'mhiOutputPerYear', central: null },
        { lever: 'usProductionFrom2026', central: null },
        { lever: 'usShareForUkraine', central: null },
      ],
    });
    expect(describeGoalSeek(alone, 36, strings, ledger)).toBe(
      "Not reachable inside the ledger's range: even with Japan's exports to the US at 60 interceptors a year, Ukraine engages 66% of the ballistic missiles within Patriot's reach through December 2026, short of 95%. None of the other levers reaches it on its own either.",
    );
    // A lever that reaches the goal in the central run needs no alternatives.
    expect(describeGoalSeek(answer({}), 36, strings, ledger)).not.toMatch(/would reach it/);
  });
});

describe('content/sandbox/strings.yaml', () => {
  const file = 'content/sandbox/strings.yaml';
  const text = readFileSync(file, 'utf8');
  const check = (edited: string) => {
    const problems = new ContentProblems();
    checkSandboxStrings(file, readYaml(file, edited, problems), problems);
    return problems.list.map((p) => `${p.line}: ${p.message}`);
  };
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('passes as written', () => {
    expect(check(text)).toEqual([]);
  });

  it('names the line of a sentence with a wrong, a missing or a stray {name}', () => {
    const at = lineOf('  tooLittle:');
    expect(
      check(text.replace('less than one more US interceptor', 'less than {one} more')),
    ).toEqual([`${at}: "headline.tooLittle" may use only {end}, not {one}`]);
    expect(
      check(text.replace('have freed less than one', 'have freed {it} less than one')),
    ).toContain(`${at}: "headline.tooLittle" may use only {end}, not {it}`);
    expect(
      check(
        text.replace(
          "By {end} Japan's exports have freed less",
          "Soon Japan's exports have freed less",
        ),
      ),
    ).toEqual([`${at}: "headline.tooLittle" must use {end}`]);
    expect(
      check(text.replace('one more US interceptor for Ukraine.', 'one more US interceptor}.')),
    ).toEqual([`${at}: "headline.tooLittle" has a brace that is not {name} or {name|one|other}`]);
  });

  it('names a missing sentence, an unknown one and an unknown group', () => {
    const at = lineOf('  tooLittle:');
    // A missing sentence is reported at the start of its group.
    const group = lineOf('  noExports:');
    const without = text.replace(/\n {2}tooLittle:[^\n]*/, '');
    expect(check(without)).toEqual([
      `${group}: needs the sentence "headline.tooLittle" (using {end})`,
    ]);
    expect(check(text.replace('  tooLittle:', '  tooLitle:'))).toEqual([
      `${at}: unknown sentence "headline.tooLitle"`,
      `${group}: needs the sentence "headline.tooLittle" (using {end})`,
    ]);
    const extended = `${text}\nextras:\n  one: Hello\n`;
    // Reported at the group's first sentence, like a missing sentence.
    const extrasLine = extended.split('\n').indexOf('  one: Hello') + 1;
    expect(check(extended)).toEqual([`${extrasLine}: unknown group "extras"`]);
  });
});
