import { describe, expect, it } from 'vitest';
import { ledger, sandboxStrings as strings } from '../support/content.ts';
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
  firstMonthWithFewer,
} from '../../src/sandbox/describe.ts';
import { type ParameterId, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { WORKED } from './worked-scenario.ts';

const worked = { ...WORKED };
const run = (changes: Partial<ParameterValues> = {}) => simulate(ledger, { ...worked, ...changes });
const spec = (id: ParameterId) => ledger.find((p) => p.id === id)!;
const headline = (changes: Partial<ParameterValues> = {}) =>
  describeHeadline(simulate(ledger, { ...worked, ...changes }, { runs: 1 }), strings);

describe('formatting', () => {
  it('writes counts, settings, percentages and months for readers', () => {
    expect(formatCount(1234.4)).toBe('1,234');
    expect(formatCount(-0.2)).toBe('0');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(2000)).toBe('2,000');
    expect(formatPercent(0.123, strings.percent)).toBe('12%');
    expect(formatPercent(0, strings.percent)).toBe('0%');
    expect(formatPercent(0.004, strings.percent)).toBe('under 1%');
    expect(formatPercent(0.996, strings.percent)).toBe('over 99%');
    expect(formatPercent(1, strings.percent)).toBe('100%');
    // The words around the limit are content's (content/sandbox/strings.yaml), for translation.
    expect(formatPercent(0.004, { below: 'moins de {limit}', above: 'plus de {limit}' })).toBe(
      'moins de 1%',
    );
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

describe('the headline: what Japan’s exports change for Ukraine', () => {
  it('counts the extra interceptors, the missiles they engaged and the days of defence', () => {
    // 14 months of exports (November 2025 to December 2026) at 10 a year: 11.7 interceptors,
    // passed on by the US pool (at its floor) to Ukraine, which has run out since May 2025 and
    // fires them at once, 2 a missile: 5.8 more missiles engaged. At 40 wanted a month:
    // 11.7 / 40 × 30.44 = 8.9 days. Ukraine's stock line stays at 0, and the words say so.
    expect(headline()).toBe(
      "By December 2026 Japan's exports have freed 12 more US interceptors for Ukraine, and it has fired them all: 6 more ballistic missiles engaged, about 9 days of defence at this rate of attack.",
    );
    expect(headline({ japanExportPerYear: 20 })).toBe(
      "By December 2026 Japan's exports have freed 23 more US interceptors for Ukraine, and it has fired them all: 12 more ballistic missiles engaged, about 18 days of defence at this rate of attack.",
    );
  });

  it('says less than a day, or about a day, when the rate of attack is high', () => {
    // 150 launches, all within reach, 4 interceptors each: 600 wanted a month.
    const heavy = {
      ballisticLaunchesPerMonth: 150,
      engagementShare: 100,
      interceptorsPerTarget: 4,
    };
    expect(headline({ ...heavy, japanExportPerYear: 5 })).toBe(
      "By December 2026 Japan's exports have freed 6 more US interceptors for Ukraine, and it has fired them all: 1 more ballistic missile engaged, less than a day of defence at this rate of attack.",
    );
    expect(headline({ ...heavy, japanExportPerYear: 20 })).toBe(
      "By December 2026 Japan's exports have freed 23 more US interceptors for Ukraine, and it has fired them all: 6 more ballistic missiles engaged, about a day of defence at this rate of attack.",
    );
  });

  it('runs to the end of a 120-month horizon', () => {
    // 98 months of exports at 10 a year: 81.7; Ukraine is short every month from 2026 (36.3
    // received against 40 wanted), so it fires them all: 40.8 more missiles, 62 days.
    expect(headline({ horizonMonths: 120 })).toBe(
      "By December 2033 Japan's exports have freed 82 more US interceptors for Ukraine, and it has fired them all: 41 more ballistic missiles engaged, about 62 days of defence at this rate of attack.",
    );
  });

  it('says when the extra interceptors are still in Ukraine’s stock, all or some', () => {
    // 10 launches a month and 40 from other donors: Ukraine is never short, so all 11.7 stay in
    // stock: 11.7 / 8 wanted a month × 30.44 = 44 days.
    expect(headline({ ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 })).toBe(
      "By December 2026 Japan's exports have freed 12 more US interceptors for Ukraine, all still in its stock at the end: about 44 days of defence at this rate of attack.",
    );
    // 45 launches, 18 from donors, 20 a year from Japan: 23.3 more; Ukraine runs short in June
    // 2026 without them, not at all with them: it fires 16 (8 missiles) and keeps 7.3; 20 days
    // at 36 wanted a month. Fired + kept = sent.
    expect(
      headline({ ballisticLaunchesPerMonth: 45, otherDonorsPerMonth: 18, japanExportPerYear: 20 }),
    ).toBe(
      "By December 2026 Japan's exports have freed 23 more US interceptors for Ukraine: it has fired 16 of them, at 8 more ballistic missiles, and holds 7 more in its stock at the end; in all, about 20 days of defence at this rate of attack.",
    );
  });

  it('exports from Japan’s stock when Mitsubishi Heavy Industries builds nothing', () => {
    // The 20 above the floor are enough for 14 months at 10 a year.
    expect(headline({ mhiOutputPerYear: 0 })).toBe(headline());
  });

  it('says why nothing changes when nothing can', () => {
    expect(headline({ japanExportPerYear: 0 })).toBe(
      'With no exports from Japan, nothing changes for Ukraine by December 2026.',
    );
    expect(headline({ exportLagMonths: 36, horizonMonths: 30 })).toBe(
      "Japan's first export would leave in December 2026, after the model ends in June 2026, so nothing changes for Ukraine.",
    );
    expect(headline({ mhiOutputPerYear: 0, japanFloor: 300 })).toBe(
      "Mitsubishi Heavy Industries builds nothing and Japan's stock never rises above its reserve floor, so Japan exports nothing and nothing changes for Ukraine by December 2026.",
    );
    expect(headline({ japanFloor: 600 })).toBe(
      "Japan's stock never rises above its reserve floor, so it exports nothing and nothing changes for Ukraine by December 2026.",
    );
    expect(headline({ backfillShare: 0 })).toBe(
      'By December 2026 Japan has sent the United States 12 interceptors, but none of them frees a US interceptor for Ukraine, so nothing changes for Ukraine.',
    );
    expect(headline({ usTransferCapPerMonth: 0 })).toBe(
      "By December 2026 Japan's exports have freed 12 US interceptors for Ukraine, but they stay in the US pool, so none reaches Ukraine.",
    );
    // Exports start in the last month: under half an interceptor by the end.
    expect(headline({ exportLagMonths: 36, japanExportPerYear: 5 })).toBe(
      "By December 2026 Japan's exports have freed less than one more US interceptor for Ukraine.",
    );
  });
});

describe('when Ukraine runs out', () => {
  it('names the month with and without Japan’s exports', () => {
    expect(describeRunOut(run(), strings)).toBe(
      "Ukraine's ready interceptors run out in May 2025, in the model's central run; without Japan's exports, also May 2025.",
    );
    const tight = { ballisticLaunchesPerMonth: 45, otherDonorsPerMonth: 18 };
    expect(describeRunOut(run(tight), strings)).toBe(
      "Ukraine's ready interceptors run out in October 2026, in the model's central run; without Japan's exports, June 2026.",
    );
    expect(describeRunOut(run({ ...tight, japanExportPerYear: 20 }), strings)).toBe(
      "Ukraine's ready interceptors last to the end of December 2026 in the model's central run; without Japan's exports, they run out in June 2026.",
    );
  });

  it('says when the stock never runs out', () => {
    expect(
      describeRunOut(run({ ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 }), strings),
    ).toBe(
      "Ukraine's ready interceptors last to the end of December 2026 in the model's central run, with or without Japan's exports.",
    );
  });

  it('counts a stock that starts empty as run out in the first month', () => {
    expect(
      describeRunOut(run({ ukraineStockStart: 0, ballisticLaunchesPerMonth: 150 }), strings),
    ).toBe(
      "Ukraine's ready interceptors run out in January 2024, in the model's central run; without Japan's exports, also January 2024.",
    );
  });
});

describe('launches that could not be engaged', () => {
  it('gives the share with and without Japan’s exports', () => {
    expect(describeUnmet(run(), strings)).toBe(
      "From January 2024 to December 2026, Ukraine lacks the interceptors to engage 5% of the ballistic missiles within Patriot's reach; without Japan's exports, 6%.",
    );
    expect(describeUnmet(run({ japanExportPerYear: 0 }), strings)).toBe(
      "From January 2024 to December 2026, Ukraine lacks the interceptors to engage 6% of the ballistic missiles within Patriot's reach, with or without Japan's exports.",
    );
    const tight = { ballisticLaunchesPerMonth: 45, otherDonorsPerMonth: 18 };
    expect(describeUnmet(run(tight), strings)).toBe(
      "From January 2024 to December 2026, Ukraine lacks the interceptors to engage under 1% of the ballistic missiles within Patriot's reach; without Japan's exports, 1%.",
    );
    expect(describeUnmet(run({ ...tight, japanExportPerYear: 20 }), strings)).toBe(
      "From January 2024 to December 2026, Ukraine has the interceptors to engage every ballistic missile within Patriot's reach; without Japan's exports, it could not engage 1% of them.",
    );
    expect(
      describeUnmet(run({ ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 }), strings),
    ).toBe(
      "From January 2024 to December 2026, Ukraine has the interceptors to engage every ballistic missile within Patriot's reach, with or without Japan's exports.",
    );
    expect(describeUnmet(run({ horizonMonths: 120 }), strings)).toBe(
      "From January 2024 to December 2033, Ukraine lacks the interceptors to engage 8% of the ballistic missiles within Patriot's reach; without Japan's exports, 10%.",
    );
  });
});

describe('the range of Ukraine’s stock at the horizon', () => {
  it('gives the 90% range and the median across runs', () => {
    expect(
      describeRange(run({ ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 }), strings),
    ).toBe(
      "In 90% of the model's 500 runs, Ukraine ends December 2026 with between 1,239 and 2,297 ready interceptors (median 1,752).",
    );
    expect(describeRange(run(), strings)).toBe(
      "In 90% of the model's 500 runs, Ukraine ends December 2026 with between 0 and 485 ready interceptors (median 0).",
    );
  });

  it('says so when every run in the range ends empty', () => {
    expect(describeRange(run({ usTransferCapPerMonth: 0 }), strings)).toBe(
      "In 90% of the model's 500 runs, Ukraine ends December 2026 with no ready interceptors.",
    );
  });
});

describe('the screen summary', () => {
  it('describes the setting, the outcome and the limits that bind, in one paragraph', () => {
    expect(describeSummary(run(), strings)).toBe(
      'The model follows Patriot interceptors month by month from January 2024 to December 2026. ' +
        'Japan sends the United States 10 interceptors a year from November 2025, from new output and from its stock above its floor; each one frees a US interceptor for Ukraine. ' +
        'Russia fires 50 ballistic missiles a month; Patriot can reach 40% of them and Ukraine fires 2 interceptors at each, so it wants 40 interceptors a month. ' +
        'The US sends Ukraine at most 30 interceptors a month from its pool, and other donors 20 a month. ' +
        "By December 2026 Japan's exports have freed 12 more US interceptors for Ukraine, and it has fired them all: 6 more ballistic missiles engaged, about 9 days of defence at this rate of attack. " +
        "Ukraine's ready interceptors run out in May 2025, in the model's central run; without Japan's exports, also May 2025. " +
        "From January 2024 to December 2026, Ukraine lacks the interceptors to engage 5% of the ballistic missiles within Patriot's reach; without Japan's exports, 6%. " +
        'From January 2024 to February 2024 the US sends Ukraine the most it will in a month, 30 interceptors; the rest waits in the US pool. ' +
        'From March 2024 the US pool is at its floor of 50 interceptors, so it passes on only what comes in, less than its limit of 30 a month. ' +
        "From May 2025 Ukraine is short of interceptors: it engages only 90% of the ballistic missiles within Patriot's reach. " +
        'In November 2025 the export lag ends, and Japan starts sending the United States 10 interceptors a year.',
    );
  });

  it('notes exports above what MHI builds, partial backfill and single shots', () => {
    const summary = describeSummary(
      run({ japanExportPerYear: 45, backfillShare: 50, interceptorsPerTarget: 1 }),
      strings,
    );
    expect(summary).toContain(
      'Japan sends the United States 45 interceptors a year from November 2025, from new output and from its stock above its floor; 50% of them free a US interceptor for Ukraine.',
    );
    expect(summary).toContain(
      'Ukraine fires 1 interceptor at each, so it wants 20 interceptors a month.',
    );
  });

  it('leaves the Japan sentence to the headline when there are no exports', () => {
    // No supply at all: 60 interceptors last a month and a half at 40 a month; 30 of the 720
    // reachable missiles are engaged, so 96% are not. Short from February 2024: 10 of the 700
    // within reach from then on are engaged, 1%.
    const summary = describeSummary(
      run({ japanExportPerYear: 0, usTransferCapPerMonth: 0, otherDonorsPerMonth: 0 }),
      strings,
    );
    expect(summary).toBe(
      'The model follows Patriot interceptors month by month from January 2024 to December 2026. ' +
        'Russia fires 50 ballistic missiles a month; Patriot can reach 40% of them and Ukraine fires 2 interceptors at each, so it wants 40 interceptors a month. ' +
        'The US sends Ukraine nothing from its pool, and other donors send nothing. ' +
        'With no exports from Japan, nothing changes for Ukraine by December 2026. ' +
        "Ukraine's ready interceptors run out in February 2024, in the model's central run; without Japan's exports, also February 2024. " +
        "From January 2024 to December 2026, Ukraine lacks the interceptors to engage 96% of the ballistic missiles within Patriot's reach, with or without Japan's exports. " +
        'From January 2024 the US sends Ukraine nothing: its monthly limit is 0. ' +
        "From February 2024 Ukraine is short of interceptors: it engages only 1% of the ballistic missiles within Patriot's reach.",
    );
  });
});

describe('what changed after a slider move', () => {
  const before = run();

  it('leads with how many more US interceptors Japan’s exports free for Ukraine', () => {
    expect(
      describeChange(before, run({ japanExportPerYear: 20 }), spec('japanExportPerYear'), strings),
    ).toBe(
      "Japan's exports to the US set to 20 interceptors a year: Japan's exports now free 23 more US interceptors for Ukraine by December 2026, up from 12.",
    );
    expect(describeChange(before, run({ backfillShare: 50 }), spec('backfillShare'), strings)).toBe(
      "Backfill pass-through set to 50% of Japan's exports: Japan's exports now free 6 more US interceptors for Ukraine by December 2026, down from 12.",
    );
    expect(
      describeChange(before, run({ japanExportPerYear: 0 }), spec('japanExportPerYear'), strings),
    ).toBe(
      "Japan's exports to the US set to 0 interceptors a year: Japan's exports now free no more US interceptors for Ukraine by December 2026, down from 12.",
    );
    expect(
      describeChange(before, run({ horizonMonths: 120 }), spec('horizonMonths'), strings),
    ).toBe(
      "Horizon set to 120 months from January 2024: Japan's exports now free 82 more US interceptors for Ukraine by December 2033, up from 12 by December 2026.",
    );
  });

  it('then when Ukraine runs out', () => {
    expect(
      describeChange(
        before,
        run({ ballisticLaunchesPerMonth: 100 }),
        spec('ballisticLaunchesPerMonth'),
        strings,
      ),
    ).toBe(
      "Russian ballistic missiles launched set to 100 missiles a month: Ukraine's ready interceptors now run out in February 2024 instead of May 2025.",
    );
    expect(
      describeChange(
        before,
        run({ interceptorsPerTarget: 1 }),
        spec('interceptorsPerTarget'),
        strings,
      ),
    ).toBe(
      "Interceptors fired per ballistic missile set to 1 interceptor per missile: Ukraine's ready interceptors now last to the end of December 2026 instead of running out in May 2025.",
    );
    expect(
      describeChange(
        run({ ballisticLaunchesPerMonth: 30 }),
        run({ ballisticLaunchesPerMonth: 60 }),
        spec('ballisticLaunchesPerMonth'),
        strings,
      ),
    ).toBe(
      "Russian ballistic missiles launched set to 60 missiles a month: Ukraine's ready interceptors now run out in August 2024 instead of lasting to the end of December 2026.",
    );
  });

  it('then the share of launches not engaged, then the stock at the end', () => {
    // Less US output in 2026 only matters after Ukraine has run out (May 2025), and the US pool
    // passes Japan's backfill through either way.
    expect(
      describeChange(
        before,
        run({ usProductionFrom2026: 510 }),
        spec('usProductionFrom2026'),
        strings,
      ),
    ).toBe(
      "US output from 2026 set to 510 interceptors a year: Ukraine now lacks the interceptors to engage 8% of the ballistic missiles within Patriot's reach, up from 5%.",
    );
    const quiet = { ballisticLaunchesPerMonth: 10, otherDonorsPerMonth: 40 };
    expect(
      describeChange(
        run(quiet),
        run({ ...quiet, ballisticLaunchesPerMonth: 15 }),
        spec('ballisticLaunchesPerMonth'),
        strings,
      ),
    ).toBe(
      'Russian ballistic missiles launched set to 15 missiles a month: Ukraine now ends December 2026 with 1,652 ready interceptors, down from 1,796.',
    );
  });

  it('says when nothing changes', () => {
    expect(describeChange(before, run({ japanFloor: 290 }), spec('japanFloor'), strings)).toBe(
      "Japan's reserve floor set to 290 interceptors: nothing changes for Ukraine in the model's central run.",
    );
  });

  it('says when a higher export rate leaves Ukraine fewer interceptors in some month', () => {
    // Over 120 months, at 60 a year Japan (355 in November 2025, falling 2.5 a month) reaches its
    // floor of 280 in May 2028 and then sends only the 2.5 MHI builds; at 45 a year it keeps
    // sending 3.75 a month until 2030. Ukraine, sent 15.5 + 5 + 20 = 40.5 a month against 40
    // wanted, has built up about 15 interceptors by May 2028, then receives 38 a month and is
    // short from December 2028: it engages 39 of 40 (97.5%), against 39.25 (98.1%) at 45 a year.
    // By the end both rates have sent Japan's whole surplus: the totals are the same.
    const before = run({ horizonMonths: 120, japanExportPerYear: 45 });
    const after = run({ horizonMonths: 120, japanExportPerYear: 60 });
    expect(firstMonthWithFewer(before, after)).toBe(59);
    expect(after.scenario.demand.engagedShare[59]).toBeCloseTo(0.975, 12);
    expect(before.scenario.demand.engagedShare[59]).toBeCloseTo(0.98125, 12);
    expect(describeChange(before, after, spec('japanExportPerYear'), strings)).toBe(
      "Japan's exports to the US set to 60 interceptors a year: Ukraine receives as many interceptors by December 2033 as before. A higher rate spends Japan's surplus sooner: from December 2028 Ukraine has fewer interceptors in some months than before, though it has never received fewer in total.",
    );
    // Lowering the rate is not a crossing of this kind.
    expect(firstMonthWithFewer(after, before)).toBeNull();
  });
});
