import { describe, expect, it } from 'vitest';
import { ledger } from '../support/content.ts';
import {
  countOf,
  formatCount,
  formatMonth,
  formatNumber,
  formatPercent,
  formatWithUnit,
} from '../../src/lib/format.ts';
import {
  describeChange,
  describeHeadline,
  describeRange,
  describeRunOut,
  describeSummary,
  describeUnmet,
} from '../../src/sandbox/describe.ts';
import {
  defaultValues,
  type ParameterId,
  type ParameterValues,
} from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';

const defaults = defaultValues(ledger);
const run = (changes: Partial<ParameterValues> = {}) =>
  simulate(ledger, { ...defaults, ...changes });
const spec = (id: ParameterId) => ledger.find((p) => p.id === id)!;

describe('formatting', () => {
  it('writes counts, settings, percentages and months for readers', () => {
    expect(formatCount(1234.4)).toBe('1,234');
    expect(formatCount(-0.2)).toBe('0');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(2000)).toBe('2,000');
    expect(formatPercent(0.123)).toBe('12%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.004)).toBe('under 1%');
    expect(formatPercent(0.996)).toBe('over 99%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatMonth('2026-03')).toBe('March 2026');
    expect(formatMonth('2024-01')).toBe('January 2024');
    expect(countOf(1, 'interceptor', 'interceptors')).toBe('1 interceptor');
    expect(countOf(0.4, 'interceptor', 'interceptors')).toBe('no interceptors');
    expect(countOf(1800, 'interceptor', 'interceptors')).toBe('1,800 interceptors');
    expect(formatWithUnit(20, 'interceptors a year')).toBe('20 interceptors a year');
    expect(formatWithUnit(1, 'interceptors per missile')).toBe('1 interceptor per missile');
    expect(formatWithUnit(1.5, 'interceptors per missile')).toBe('1.5 interceptors per missile');
    expect(formatWithUnit(30, '%')).toBe('30%');
    expect(formatWithUnit(50, "% of Japan's exports")).toBe("50% of Japan's exports");
  });
});

describe('the headline', () => {
  it('counts what Japan’s exports add, with days of defence', () => {
    // 14 months of exports (November 2025 to December 2026) at 10 a year: 11.7 interceptors, at
    // 40 wanted a month: 11.7 / 40 × 30.44 = 8.9 days.
    expect(describeHeadline(run())).toBe(
      "By December 2026 Japan's exports have added 12 interceptors to Ukraine's stock: about 9 days of defence at this rate of attack.",
    );
    expect(describeHeadline(run({ japanExportPerYear: 20 }))).toBe(
      "By December 2026 Japan's exports have added 23 interceptors to Ukraine's stock: about 18 days of defence at this rate of attack.",
    );
  });

  it('says less than a day, or about a day, when the rate of attack is high', () => {
    const heavy = {
      ballisticLaunchesPerMonth: 150,
      engagementShare: 100,
      interceptorsPerTarget: 4,
    };
    expect(describeHeadline(run({ ...heavy, japanExportPerYear: 5 }))).toBe(
      "By December 2026 Japan's exports have added 6 interceptors to Ukraine's stock: less than a day of defence at this rate of attack.",
    );
    expect(describeHeadline(run({ ...heavy, japanExportPerYear: 20 }))).toBe(
      "By December 2026 Japan's exports have added 23 interceptors to Ukraine's stock: about a day of defence at this rate of attack.",
    );
  });

  it('runs to the end of a 120-month horizon', () => {
    expect(describeHeadline(run({ horizonMonths: 120 }))).toBe(
      "By December 2033 Japan's exports have added 82 interceptors to Ukraine's stock: about 62 days of defence at this rate of attack.",
    );
  });

  it('says why nothing is added when nothing can be', () => {
    expect(describeHeadline(run({ japanExportPerYear: 0 }))).toBe(
      "With no exports from Japan, nothing is added to Ukraine's stock by December 2026.",
    );
    expect(describeHeadline(run({ exportLagMonths: 36, horizonMonths: 30 }))).toBe(
      "Japan's first export would leave in December 2026, after the model ends in June 2026, so nothing is added to Ukraine's stock.",
    );
    expect(describeHeadline(run({ mhiOutputPerYear: 0 }))).toBe(
      "Mitsubishi Heavy Industries builds nothing, so Japan has nothing to export and nothing is added to Ukraine's stock by December 2026.",
    );
    expect(describeHeadline(run({ japanFloor: 600 }))).toBe(
      "Japan's stock never rises above its reserve floor, so it exports nothing and nothing is added to Ukraine's stock by December 2026.",
    );
    expect(describeHeadline(run({ backfillShare: 0 }))).toBe(
      "By December 2026 Japan's exports have added no interceptors to Ukraine's stock: none of them frees a US interceptor for Ukraine.",
    );
    expect(describeHeadline(run({ usTransferCapPerMonth: 0 }))).toBe(
      "By December 2026 Japan's exports have added no interceptors to Ukraine's stock: the US interceptors they free stay in the US pool.",
    );
    // Exports start in the last month: under half an interceptor freed by the end.
    expect(describeHeadline(run({ exportLagMonths: 36, japanExportPerYear: 5 }))).toBe(
      "By December 2026 Japan's exports have added no interceptors to Ukraine's stock.",
    );
  });
});

describe('when Ukraine runs out', () => {
  it('names the month with and without Japan’s exports', () => {
    expect(describeRunOut(run())).toBe(
      "Ukraine's ready interceptors run out in May 2025, in the model's central run; without Japan's exports, also May 2025.",
    );
    const tight = { ballisticLaunchesPerMonth: 45, otherDonorsPerMonth: 18 };
    expect(describeRunOut(run(tight))).toBe(
      "Ukraine's ready interceptors run out in October 2026, in the model's central run; without Japan's exports, June 2026.",
    );
    expect(describeRunOut(run({ ...tight, japanExportPerYear: 20 }))).toBe(
      "Ukraine's ready interceptors last to the end of December 2026 in the model's central run; without Japan's exports, they run out in June 2026.",
    );
  });

  it('says when the stock never runs out', () => {
    expect(describeRunOut(run({ ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 }))).toBe(
      "Ukraine's ready interceptors last to the end of December 2026 in the model's central run, with or without Japan's exports.",
    );
  });

  it('counts a stock that starts empty as run out in the first month', () => {
    expect(describeRunOut(run({ ukraineStockStart: 0, ballisticLaunchesPerMonth: 150 }))).toBe(
      "Ukraine's ready interceptors run out in January 2024, in the model's central run; without Japan's exports, also January 2024.",
    );
  });
});

describe('launches that could not be engaged', () => {
  it('gives the share with and without Japan’s exports', () => {
    expect(describeUnmet(run())).toBe(
      "From January 2024 to December 2026, Ukraine lacks the interceptors to engage 5% of the ballistic missiles within Patriot's reach; without Japan's exports, 6%.",
    );
    expect(describeUnmet(run({ japanExportPerYear: 0 }))).toBe(
      "From January 2024 to December 2026, Ukraine lacks the interceptors to engage 6% of the ballistic missiles within Patriot's reach, with or without Japan's exports.",
    );
    const tight = { ballisticLaunchesPerMonth: 45, otherDonorsPerMonth: 18 };
    expect(describeUnmet(run(tight))).toBe(
      "From January 2024 to December 2026, Ukraine lacks the interceptors to engage under 1% of the ballistic missiles within Patriot's reach; without Japan's exports, 1%.",
    );
    expect(describeUnmet(run({ ...tight, japanExportPerYear: 20 }))).toBe(
      "From January 2024 to December 2026, Ukraine has the interceptors to engage every ballistic missile within Patriot's reach; without Japan's exports, it could not engage 1% of them.",
    );
    expect(describeUnmet(run({ ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 }))).toBe(
      "From January 2024 to December 2026, Ukraine has the interceptors to engage every ballistic missile within Patriot's reach, with or without Japan's exports.",
    );
    expect(describeUnmet(run({ horizonMonths: 120 }))).toBe(
      "From January 2024 to December 2033, Ukraine lacks the interceptors to engage 8% of the ballistic missiles within Patriot's reach; without Japan's exports, 10%.",
    );
  });
});

describe('the range of Ukraine’s stock at the horizon', () => {
  it('gives the 90% range and the median across runs', () => {
    expect(describeRange(run({ ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 }))).toBe(
      "In 90% of the model's 500 runs, Ukraine ends December 2026 with between 1,239 and 2,297 ready interceptors (median 1,752).",
    );
    expect(describeRange(run())).toBe(
      "In 90% of the model's 500 runs, Ukraine ends December 2026 with between 0 and 485 ready interceptors (median 0).",
    );
  });

  it('says so when every run in the range ends empty', () => {
    expect(describeRange(run({ usTransferCapPerMonth: 0 }))).toBe(
      "In 90% of the model's 500 runs, Ukraine ends December 2026 with no ready interceptors.",
    );
  });
});

describe('the screen summary', () => {
  it('describes the setting and the outcome in one paragraph', () => {
    expect(describeSummary(run())).toBe(
      'The model follows Patriot interceptors month by month from January 2024 to December 2026. ' +
        'Japan sends the United States 10 interceptors a year from November 2025; each one frees a US interceptor for Ukraine. ' +
        'Russia fires 50 ballistic missiles a month; Patriot can reach 40% of them and Ukraine fires 2 interceptors at each, so it wants 40 interceptors a month. ' +
        'The US sends Ukraine at most 30 interceptors a month from its pool, and other donors 20 a month. ' +
        "By December 2026 Japan's exports have added 12 interceptors to Ukraine's stock: about 9 days of defence at this rate of attack. " +
        "Ukraine's ready interceptors run out in May 2025, in the model's central run; without Japan's exports, also May 2025. " +
        "From January 2024 to December 2026, Ukraine lacks the interceptors to engage 5% of the ballistic missiles within Patriot's reach; without Japan's exports, 6%.",
    );
  });

  it('notes exports capped at what MHI builds, partial backfill and single shots', () => {
    const summary = describeSummary(
      run({ japanExportPerYear: 45, backfillShare: 50, interceptorsPerTarget: 1 }),
    );
    expect(summary).toContain(
      'Japan sends the United States 30 interceptors a year from November 2025, all that Mitsubishi Heavy Industries builds; 50% of them free a US interceptor for Ukraine.',
    );
    expect(summary).toContain(
      'Ukraine fires 1 interceptor at each, so it wants 20 interceptors a month.',
    );
  });

  it('leaves the Japan sentence to the headline when there are no exports', () => {
    // No supply at all: 60 interceptors last a month and a half at 40 a month; 30 of the 720
    // reachable missiles are engaged, so 96% are not.
    const summary = describeSummary(
      run({ japanExportPerYear: 0, usTransferCapPerMonth: 0, otherDonorsPerMonth: 0 }),
    );
    expect(summary).toBe(
      'The model follows Patriot interceptors month by month from January 2024 to December 2026. ' +
        'Russia fires 50 ballistic missiles a month; Patriot can reach 40% of them and Ukraine fires 2 interceptors at each, so it wants 40 interceptors a month. ' +
        'The US sends Ukraine nothing from its pool, and other donors send nothing. ' +
        "With no exports from Japan, nothing is added to Ukraine's stock by December 2026. " +
        "Ukraine's ready interceptors run out in February 2024, in the model's central run; without Japan's exports, also February 2024. " +
        "From January 2024 to December 2026, Ukraine lacks the interceptors to engage 96% of the ballistic missiles within Patriot's reach, with or without Japan's exports.",
    );
  });
});

describe('what changed after a slider move', () => {
  const before = run();

  it('leads with what Japan’s exports add', () => {
    expect(
      describeChange(before, run({ japanExportPerYear: 20 }), spec('japanExportPerYear')),
    ).toBe(
      "Japan's exports to the US set to 20 interceptors a year: Japan's exports now add 23 interceptors to Ukraine's stock by December 2026, up from 12.",
    );
    expect(describeChange(before, run({ backfillShare: 50 }), spec('backfillShare'))).toBe(
      "Backfill pass-through set to 50% of Japan's exports: Japan's exports now add 6 interceptors to Ukraine's stock by December 2026, down from 12.",
    );
    expect(describeChange(before, run({ japanExportPerYear: 0 }), spec('japanExportPerYear'))).toBe(
      "Japan's exports to the US set to 0 interceptors a year: Japan's exports now add no interceptors to Ukraine's stock by December 2026, down from 12.",
    );
    expect(describeChange(before, run({ horizonMonths: 120 }), spec('horizonMonths'))).toBe(
      "Horizon set to 120 months from January 2024: Japan's exports now add 82 interceptors to Ukraine's stock by December 2033, up from 12 by December 2026.",
    );
  });

  it('then when Ukraine runs out', () => {
    expect(
      describeChange(
        before,
        run({ ballisticLaunchesPerMonth: 100 }),
        spec('ballisticLaunchesPerMonth'),
      ),
    ).toBe(
      "Russian ballistic missiles launched set to 100 missiles a month: Ukraine's ready interceptors now run out in February 2024 instead of May 2025.",
    );
    expect(
      describeChange(before, run({ interceptorsPerTarget: 1 }), spec('interceptorsPerTarget')),
    ).toBe(
      "Interceptors fired per ballistic missile set to 1 interceptor per missile: Ukraine's ready interceptors now last to the end of December 2026 instead of running out in May 2025.",
    );
    expect(
      describeChange(
        run({ ballisticLaunchesPerMonth: 30 }),
        run({ ballisticLaunchesPerMonth: 60 }),
        spec('ballisticLaunchesPerMonth'),
      ),
    ).toBe(
      "Russian ballistic missiles launched set to 60 missiles a month: Ukraine's ready interceptors now run out in August 2024 instead of lasting to the end of December 2026.",
    );
  });

  it('then the share of launches not engaged, then the stock at the end', () => {
    // Less US output in 2026 only matters after Ukraine has run out (May 2025), and the US pool
    // passes Japan's backfill through either way.
    expect(
      describeChange(before, run({ usProductionFrom2026: 510 }), spec('usProductionFrom2026')),
    ).toBe(
      "US output from 2026 set to 510 interceptors a year: Ukraine now lacks the interceptors to engage 8% of the ballistic missiles within Patriot's reach, up from 5%.",
    );
    const quiet = { ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 };
    expect(
      describeChange(
        run(quiet),
        run({ ...quiet, ballisticLaunchesPerMonth: 15 }),
        spec('ballisticLaunchesPerMonth'),
      ),
    ).toBe(
      'Russian ballistic missiles launched set to 15 missiles a month: Ukraine now ends December 2026 with 1,652 ready interceptors, down from 1,796.',
    );
  });

  it('says when nothing changes', () => {
    expect(describeChange(before, run({ japanFloor: 290 }), spec('japanFloor'))).toBe(
      "Japan's reserve floor set to 290 interceptors: nothing changes for Ukraine in the model's central run.",
    );
  });
});
