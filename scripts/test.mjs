// The whole quality gate, run the same way locally and in CI (npm test). Stages that do not need
// each other run side by side, as many at a time as there are CPUs for this process:
//
//   first:              build · unit tests · types · lint · format (in that order of start)
//   after the build:    build-output tests
//   last, alone:        browser tests (the timing-sensitive ones get the machine to themselves)
//
// Every stage runs even if another failed (one run shows every problem), except that tests of
// the build need a build. A stage's output is printed whole when it ends, under its name, so
// parallel output never interleaves. Ends with one plain line: "N passed, N failed".
// TEST_DEPTH (quick | thorough; thorough when CI is set) sizes randomised tests: test/support/runs.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import {
  describeMachine,
  describeNearest,
  machineCpuSeconds,
  nearestTimeLimit,
  playwrightReportCounts,
  referenceSeconds,
  vitestReportCounts,
} from './gate-report.mjs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const depth = process.env.TEST_DEPTH ?? (process.env.CI ? 'thorough' : 'quick');
// This machine's speed, timed before any stage starts (so nothing competes with it).
const reference = referenceSeconds();
const cpuAtStart = machineCpuSeconds();
const env = { ...process.env, TEST_DEPTH: depth };
const gateStarted = Date.now();

let passed = 0;
let failed = 0;
/** @type {string[]} */
const summary = [];

/** A free TCP port on 127.0.0.1, for the browser tests' server (unless E2E_PORT is set). */
function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((done, fail) => {
      const server = createServer();
      server.on('error', fail);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(typeof address === 'object' && address ? address.port : 0));
      });
    })
  );
}

/**
 * Run one stage. Its output is collected and printed whole when it ends (or streamed live with
 * `live`, for a stage that runs alone).
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ live?: boolean, env?: Record<string, string> }} [options]
 * @returns {Promise<boolean>} whether it exited 0
 */
function run(name, command, args, options = {}) {
  const started = Date.now();
  const header = `\n━━ ${name}: ${command} ${args.join(' ')}`;
  if (options.live) console.log(header);
  return new Promise((done) => {
    /** @type {Buffer[]} */
    const output = [];
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, ...options.env },
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) =>
        options.live ? process.stdout.write(chunk) : output.push(chunk),
      );
    }
    const finish = (/** @type {boolean} */ ok, /** @type {string} */ note = '') => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const line = `${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)${note}`;
      summary.push(line);
      if (!options.live) {
        console.log(header);
        process.stdout.write(Buffer.concat(output));
      }
      console.log(`━━ ${line}`);
      done(ok);
    };
    child.on('error', (error) => finish(false, `: ${error.message}`));
    child.on('close', (code) => finish(code === 0));
  });
}

// At most this many stages at once: more only makes them fight over the CPUs (and time out).
// availableParallelism() honours CPU affinity (taskset), so a one-core run runs one at a time.
const slots = Math.max(1, availableParallelism());
let busy = 0;
/** @type {(() => void)[]} */
const waiting = [];
/**
 * Run `task` once a slot is free, in the order asked.
 * @template T
 * @param {() => Promise<T>} task
 * @returns {Promise<T>}
 */
async function inSlot(task) {
  if (busy >= slots)
    await new Promise((/** @type {(v?: unknown) => void} */ go) => waiting.push(go));
  busy++;
  try {
    return await task();
  } finally {
    busy--;
    waiting.shift()?.();
  }
}

/** A stage that is one pass or one fail. */
async function check(/** @type {Parameters<typeof run>} */ ...args) {
  const ok = await run(...args);
  if (ok) passed++;
  else failed++;
  return ok;
}

/**
 * A test runner whose JSON report gives the counts; a missing report counts as one failure.
 * @param {Parameters<typeof run>} args
 * @param {() => { passed: number; failed: number } | null} readCounts
 */
async function suite(args, readCounts) {
  const ok = await run(...args);
  const counts = readCounts();
  if (!counts) {
    failed++;
    return false;
  }
  passed += counts.passed;
  failed += counts.failed;
  // A crashed runner that still wrote some results must not pass.
  if (!ok && counts.failed === 0) failed++;
  return ok;
}

/** @type {Map<string, unknown>} */
const readReports = new Map();
/**
 * A test runner's JSON report, parsed (once); null when it is missing or unreadable (a runner
 * that crashed while writing it), which counts as a failure, never as a crash of the gate.
 * @param {string} file
 * @returns {unknown}
 */
function readReport(file) {
  if (!readReports.has(file)) {
    let report = null;
    try {
      if (existsSync(file)) report = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      console.error(`${file} could not be read as JSON.`);
    }
    readReports.set(file, report);
  }
  return readReports.get(file);
}

/** @param {string} file */
const vitestCounts = (file) => () => vitestReportCounts(readReport(file));
const playwrightCounts = () => playwrightReportCounts(readReport(`${reports}/playwright.json`));

/** @param {string} name */
const bin = (name) => `node_modules/.bin/${name}`;

/** @param {string} dir @param {string} file */
const vitest = (dir, file) => [
  'run',
  dir,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reports}/${file}`,
];

console.log(`Quality gate (TEST_DEPTH=${depth}); stages print their output as they end.`);

const { chromiumPath } = await import('./chromium.mjs');
const hasChromium = Boolean(chromiumPath() || process.env.PLAYWRIGHT_BROWSERS_PATH);

console.log(`Up to ${slots} stage(s) at once.`);
const build = inSlot(() => check('build', 'node', ['scripts/build.mjs']));
const checks = Promise.all([
  inSlot(() =>
    suite(
      ['unit tests', bin('vitest'), vitest('test/unit', 'vitest-unit.json')],
      vitestCounts(`${reports}/vitest-unit.json`),
    ),
  ),
  inSlot(() =>
    check('types', bin('svelte-check'), [
      '--tsconfig',
      './tsconfig.json',
      '--threshold',
      'warning',
      // A warning (an accessibility hint among them) fails the gate like an error.
      '--fail-on-warnings',
      '--output',
      'human',
    ]),
  ),
  inSlot(() => check('lint', bin('eslint'), ['.'])),
  inSlot(() => check('format', bin('prettier'), ['--check', '--log-level', 'warn', '.'])),
]);

if (await build) {
  const buildOutput = inSlot(() =>
    suite(
      ['build-output tests', bin('vitest'), vitest('test/build', 'vitest-build.json')],
      vitestCounts(`${reports}/vitest-build.json`),
    ),
  );
  await Promise.all([checks, buildOutput]);
  if (!hasChromium) {
    console.error(
      '\nNo Chromium found. Install it (Debian: apt-get install -y chromium-headless-shell) or set CHROME_PATH.',
    );
    failed++;
  } else {
    const port = process.env.E2E_PORT ?? String(await freePort());
    await suite(
      ['browser tests', bin('playwright'), ['test'], { live: true, env: { E2E_PORT: port } }],
      playwrightCounts,
    );
  }
} else {
  await checks;
  console.error('\nBuild failed: skipping build-output and browser tests.');
  failed++;
}

const total = ((Date.now() - gateStarted) / 1000).toFixed(1);
const cpuAtEnd = machineCpuSeconds();
console.log(`\n${summary.join('\n')}\nwhole gate: ${total} s (TEST_DEPTH=${depth})`);
// Times differ between machines of one kind by more than any change to the gate: say how fast
// this one was, and how busy (see the README's "How long").
console.log(describeMachine(reference, cpuAtStart, cpuAtEnd));
const nearest = hasChromium ? nearestTimeLimit(readReport(`${reports}/playwright.json`)) : null;
if (nearest) console.log(describeNearest(nearest));
console.log('');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
