import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, ledger } from '../support/content.ts';
import {
  CHART_VIEWS,
  MIGRATIONS,
  SEED_MAX,
  URL_FORMAT_VERSION,
  defaultScenario,
  parseNumber,
  parseScenario,
  serializeScenario,
  type ScenarioState,
} from '../../src/links/url-state.ts';
import { valuesArbitrary } from './ledger-arbitrary.ts';
import { runs } from '../support/runs.ts';

const defaults = defaultScenario(ledger);
const spec = (id: string) => ledger.find((p) => p.id === id)!;
const STEP_IDS = ['threat-ballistic', 'export-begins', 'backfill'];
/** content/links.yaml: the notices' words. */
const copy = content.links;

describe('reading a share link', () => {
  it('gives the default scenario for an empty query, with no notices', () => {
    for (const q of ['', '?', '?utm_source=newsletter&fbclid=abc']) {
      const parsed = parseScenario(q, ledger, { copy });
      expect(parsed.state).toEqual(defaults);
      expect(parsed.notices).toEqual([]);
    }
  });

  it('reads every short key, the seed, the view and the step', () => {
    const parsed = parseScenario('?v=1&je=20&bl=80&it=1.5&s=7&view=unmet&step=backfill', ledger, {
      copy,
      stepIds: STEP_IDS,
    });
    expect(parsed.notices).toEqual([]);
    expect(parsed.fromVersion).toBe(1);
    expect(parsed.state.values.japanExportPerYear).toBe(20);
    expect(parsed.state.values.ballisticLaunchesPerMonth).toBe(80);
    expect(parsed.state.values.interceptorsPerTarget).toBe(1.5);
    expect(parsed.state.values.horizonMonths).toBe(36);
    expect(parsed.state.seed).toBe(7);
    expect(parsed.state.view).toBe('unmet');
    expect(parsed.state.step).toBe('backfill');
  });

  it('clamps a value above the maximum and says so by the ledger label', () => {
    const { state, notices } = parseScenario('?v=1&bl=900', ledger, { copy });
    expect(state.values.ballisticLaunchesPerMonth).toBe(150);
    expect(notices).toEqual([
      {
        param: 'ballisticLaunchesPerMonth',
        label: 'Russian ballistic missiles launched',
        kind: 'clamped',
        message: 'Russian ballistic missiles launched: 900 is above the maximum, so 150 is used.',
      },
    ]);
  });

  it('clamps below the minimum and snaps to the slider step', () => {
    const { state, notices } = parseScenario('v=1&bl=-5&it=2.3&up=1e3', ledger, { copy });
    expect(state.values.ballisticLaunchesPerMonth).toBe(10);
    expect(state.values.interceptorsPerTarget).toBe(2.5);
    expect(state.values.usProductionFrom2026).toBe(1000);
    expect(notices.map((n) => n.message)).toEqual([
      'Russian ballistic missiles launched: -5 is below the minimum, so 10 is used.',
      "Interceptors fired per ballistic missile: 2.3 is not one of the slider's settings (steps of 0.5), so 2.5 is used.",
    ]);
    expect(notices.every((n) => n.kind === 'clamped')).toBe(true);
  });

  it('drops what is not a number and keeps the default', () => {
    const { state, notices } = parseScenario('v=1&je=abc&bl=&it=0x2&h=Infinity&mo=1e400', ledger, {
      copy,
    });
    expect(state.values).toEqual(defaults.values);
    expect(notices.map((n) => [n.param, n.kind])).toEqual([
      ['japanExportPerYear', 'dropped'],
      ['ballisticLaunchesPerMonth', 'dropped'],
      ['interceptorsPerTarget', 'dropped'],
      ['mhiOutputPerYear', 'dropped'],
      ['horizonMonths', 'dropped'],
    ]);
    expect(notices[0]!.message).toBe(
      "Japan's exports to the US: \u201cabc\u201d is not a number, so the default, 10, is used.",
    );
    expect(notices[1]!.message).toBe(
      'Russian ballistic missiles launched: the link gives no value, so the default, 75, is used.',
    );
  });

  it('reads the first of repeated keys and says the others were not read', () => {
    const { state, notices } = parseScenario('v=1&je=20&je=40', ledger, { copy });
    expect(state.values.japanExportPerYear).toBe(20);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.kind).toBe('dropped');
    expect(notices[0]!.message).toContain('more than once');
    // The same value twice is not a change.
    expect(parseScenario('v=1&je=20&je=20', ledger, { copy }).notices).toEqual([]);
  });

  it('checks the seed: whole numbers from 1 to 2^31 − 1', () => {
    expect(parseScenario('v=1&s=0', ledger, { copy }).state.seed).toBe(1);
    expect(parseScenario('v=1&s=0', ledger, { copy }).notices[0]!.kind).toBe('clamped');
    expect(parseScenario('v=1&s=99999999999', ledger, { copy }).state.seed).toBe(SEED_MAX);
    const fraction = parseScenario('v=1&s=3.5', ledger, { copy });
    expect(fraction.state.seed).toBe(1);
    expect(fraction.notices[0]).toMatchObject({
      param: 'seed',
      label: 'Random seed',
      kind: 'dropped',
    });
    expect(parseScenario('v=1&s=2147483647', ledger, { copy }).notices).toEqual([]);
  });

  it('drops an unknown view or story step', () => {
    const { state, notices } = parseScenario('v=1&view=pie&step=nowhere', ledger, {
      copy,
      stepIds: STEP_IDS,
    });
    // The default chart: the one the sandbox opens on, what Japan's exports change.
    expect(state.view).toBe('difference');
    expect(state.step).toBeNull();
    expect(notices.map((n) => [n.param, n.kind])).toEqual([
      ['view', 'dropped'],
      ['step', 'dropped'],
    ]);
    // Without a list of steps, any kebab-case id is read; anything else is not.
    expect(parseScenario('v=1&step=some-step', ledger, { copy }).state.step).toBe('some-step');
    expect(parseScenario('v=1&step=%3Cb%3E', ledger, { copy }).state.step).toBeNull();
  });

  it('ignores keys that are not ours silently, and lookalikes of ours with a notice', () => {
    expect(
      parseScenario('v=1&utm_source=x&childId=chart&parentUrl=y', ledger, { copy }).notices,
    ).toEqual([]);
    const { state, notices } = parseScenario('v=1&JE=20&japanExportPerYear=30&Seed=4', ledger, {
      copy,
    });
    expect(state.values.japanExportPerYear).toBe(10);
    expect(state.seed).toBe(1);
    // One notice per setting, however many lookalikes it has.
    expect(notices.map((n) => [n.param, n.kind])).toEqual([
      ['japanExportPerYear', 'dropped'],
      ['seed', 'dropped'],
    ]);
    expect(notices[0]!.message).toBe(
      "Japan's exports to the US: the link's key \u201cJE\u201d is not one this page reads (it reads \u201cje\u201d), so it was ignored.",
    );
  });

  it('quotes link text back short and without control or direction characters', () => {
    const evil = `\u202e${'x'.repeat(200)}\u0007`;
    const { notices } = parseScenario(`v=1&je=${encodeURIComponent(evil)}`, ledger, { copy });
    expect(notices[0]!.message).not.toMatch(/[\p{Cc}\u202e]/u);
    expect(notices[0]!.message.length).toBeLessThan(120);
    expect(notices[0]!.message).toContain('x…');
  });
});

const OLD_LINK =
  'This link was made by an earlier version of Backfill, and it opens the same scenario as it did then.';

describe('link formats', () => {
  it('upgrades an unversioned (format 0) link with the long ids', () => {
    const { state, notices, fromVersion } = parseScenario(
      '?japanExportPerYear=20&seed=3&view=japan',
      ledger,
      { copy },
    );
    expect(fromVersion).toBe(0);
    expect(state.values.japanExportPerYear).toBe(20);
    expect(state.seed).toBe(3);
    expect(state.view).toBe('japan');
    expect(notices).toEqual([
      {
        param: 'v',
        label: 'This link',
        kind: 'migrated',
        // A plain sentence for readers: no link formats (issue 13, item 15).
        message: OLD_LINK,
      },
    ]);
  });

  it('clamps migrated values like any other', () => {
    const { state, notices } = parseScenario('japanExportPerYear=200', ledger, { copy });
    expect(state.values.japanExportPerYear).toBe(60);
    expect(notices.map((n) => n.kind)).toEqual(['migrated', 'clamped']);
  });

  it('has a migration from every old format up to the current one', () => {
    for (let v = 0; v < URL_FORMAT_VERSION; v++) {
      const step = MIGRATIONS.find((m) => m.from === v);
      expect(step, `migration from format ${v}`).toBeDefined();
      expect(step!.to).toBe(v + 1);
    }
  });

  it('reads a newer format as the current one, with a notice', () => {
    const { state, notices, fromVersion } = parseScenario('v=7&je=20&zz=1', ledger, { copy });
    expect(fromVersion).toBe(1);
    expect(state.values.japanExportPerYear).toBe(20);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ param: 'v', kind: 'migrated' });
    expect(notices[0]!.message).toContain('newer version');
    // The link's own text is quoted back, not a number that could print as 109 digits.
    const huge = parseScenario('v=1e%2B108', ledger, { copy }).notices[0]!.message;
    expect(huge).toContain('(format 1e+108)');
  });

  it('reads a broken version as the current one, with a notice', () => {
    const { state, notices } = parseScenario('v=banana&je=20', ledger, { copy });
    expect(state.values.japanExportPerYear).toBe(20);
    expect(notices.map((n) => [n.param, n.kind])).toEqual([['v', 'dropped']]);
  });
});

describe('writing a share link', () => {
  it('pins every parameter, the seed and the view', () => {
    const query = serializeScenario(defaults, ledger, { pin: true });
    expect(query).toBe(
      'v=1&je=10&bl=75&it=2&u4=500&u5=620&up=620&us=30&mo=30&el=23&js=300&jf=280&ps=100&uf=50&ks=60&uc=30&es=40&bf=100&od=20&h=36&s=1&view=difference',
    );
  });

  it('writes only what differs from the defaults when not pinned', () => {
    expect(serializeScenario(defaults, ledger, { pin: false })).toBe('v=1');
    const changed: ScenarioState = {
      ...defaults,
      values: { ...defaults.values, japanExportPerYear: 20, interceptorsPerTarget: 1.5 },
      seed: 9,
      view: 'us-pool',
      step: 'export-begins',
    };
    expect(serializeScenario(changed, ledger, { pin: false })).toBe(
      'v=1&je=20&it=1.5&s=9&view=us-pool&step=export-begins',
    );
  });

  it('clamps whatever it is given, so every link it writes reads back without notices', () => {
    const wild = {
      values: { ...defaults.values, japanExportPerYear: 999, interceptorsPerTarget: Number.NaN },
      seed: -4,
      view: 'nope',
      step: '<script>',
    } as unknown as ScenarioState;
    const query = serializeScenario(wild, ledger, { pin: false });
    expect(query).toBe('v=1&je=60');
    expect(parseScenario(query, ledger, { copy }).notices).toEqual([]);
  });
});

const stateArbitrary: fc.Arbitrary<ScenarioState> = fc.record({
  values: valuesArbitrary(ledger),
  seed: fc.integer({ min: 1, max: SEED_MAX }),
  view: fc.constantFrom(...CHART_VIEWS),
  step: fc.option(fc.constantFrom(...STEP_IDS), { nil: null }),
});

describe('round trips (property tests)', () => {
  it('parse(serialize(x)) is x for any valid scenario, pinned or not, with no notices', () => {
    fc.assert(
      fc.property(stateArbitrary, fc.boolean(), (state, pin) => {
        const parsed = parseScenario(serializeScenario(state, ledger, { pin }), ledger, {
          copy,
          stepIds: STEP_IDS,
        });
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never throws on malformed links and always gives values inside the ledger', () => {
    const ourKeys = [
      'v',
      's',
      'view',
      'step',
      'seed',
      ...ledger.flatMap((p) => [p.short, p.id, p.short.toUpperCase()]),
    ];
    const key = fc.oneof(
      fc.constantFrom(...ourKeys),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', ''),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const numberText = fc.oneof(
      fc.double().map(String),
      fc.integer().map(String),
      fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
      fc.constantFrom(
        'NaN',
        '-Infinity',
        '1e309',
        '-1e-400',
        '0x1F',
        '1_000',
        '١٢',
        '+7',
        ' 5 ',
        '.5',
        '5.',
        '1e',
        'e5',
      ),
    );
    const garbage = fc.oneof(
      fc.constantFrom('%', '%%', '%E0%A4%A', '%zz', '%00', '%FF%FE', '%u0041', '&&&', '==='),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.integer({ min: 1000, max: 20000 }).map((n) => '9'.repeat(n)),
    );
    const value = fc.oneof(numberText, garbage, fc.constantFrom(...CHART_VIEWS, ''));
    const encoded = fc
      .tuple(key, value)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    const raw = fc.tuple(key, value).map(([k, v]) => `${k}=${v}`);
    const query = fc
      .tuple(
        fc.constantFrom('', '?', '??'),
        fc.array(fc.oneof(encoded, raw, garbage), { maxLength: 40 }),
        fc.constantFrom('&', '&&', ';'),
      )
      .map(([lead, parts, separator]) => lead + parts.join(separator));
    const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
    const onStep = (id: string, x: number) => {
      const p = spec(id);
      const k = (x - p.min) / p.step;
      return Math.abs(k - Math.round(k)) < 1e-6;
    };

    fc.assert(
      fc.property(query, (q) => {
        const { state, notices } = parseScenario(q, ledger, { copy });
        for (const p of ledger) {
          const x = state.values[p.id];
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(p.min);
          expect(x).toBeLessThanOrEqual(p.max);
          expect(onStep(p.id, x)).toBe(true);
        }
        expect(Object.keys(state.values).sort()).toEqual(ledger.map((p) => p.id).sort());
        expect(Number.isInteger(state.seed) && state.seed >= 1 && state.seed <= SEED_MAX).toBe(
          true,
        );
        expect(CHART_VIEWS).toContain(state.view);
        for (const n of notices) {
          // Each names what it is about first, except the plain sentence of an old link that
          // still works (issue 13, item 15), which names nothing the reader needs to fix.
          if (n.message !== OLD_LINK) expect(n.message.startsWith(`${n.label}: `)).toBe(true);
          expect(n.message.length).toBeLessThan(300);
        }
        // Keys such as __proto__ never reach an object's prototype.
        expect(Object.getPrototypeOf(state.values)).toBe(Object.prototype);
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('parseNumber', () => {
  it('reads plain decimals only', () => {
    expect(parseNumber(' 20 ')).toBe(20);
    expect(parseNumber('-2.5')).toBe(-2.5);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('.5')).toBe(0.5);
    for (const bad of ['', ' ', '0x10', 'Infinity', 'NaN', '1e400', '1,000', '١٢', '2 3', '1e']) {
      expect(parseNumber(bad), bad).toBeNull();
    }
  });
});
