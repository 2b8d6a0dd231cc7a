// The whole quality gate, run the same way locally and in CI (npm test):
// format, lint, type check, unit tests, build, build-output tests, browser tests.
// Every stage runs even if an earlier one failed (so one run shows every problem), except that
// tests of the build need a build. Ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
/** @type {string[]} */
const summary = [];

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(name, command, args, env = {}) {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/**
 * A check that is one pass or one fail.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 */
function check(name, command, args) {
  const ok = run(name, command, args);
  if (ok) passed++;
  else failed++;
  return ok;
}

/**
 * A test runner whose JSON report gives the counts; a missing report counts as one failure.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {() => { passed: number; failed: number } | null} readCounts
 * @param {Record<string, string>} [env]
 */
function suite(name, command, args, readCounts, env) {
  const ok = run(name, command, args, env);
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

/** @param {string} file */
const vitestCounts = (file) => () => {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites ?? 0) };
};

const playwrightCounts = () => {
  const file = `${reports}/playwright.json`;
  if (!existsSync(file)) return null;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
};

/** @param {string} name */
const bin = (name) => `node_modules/.bin/${name}`;

check('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
check('lint', bin('eslint'), ['.']);
check('types', bin('svelte-check'), [
  '--tsconfig',
  './tsconfig.json',
  '--threshold',
  'warning',
  // A warning (an accessibility hint among them) fails the gate like an error.
  '--fail-on-warnings',
  '--output',
  'human',
]);
suite(
  'unit tests',
  bin('vitest'),
  [
    'run',
    'test/unit',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/vitest-unit.json`,
  ],
  vitestCounts(`${reports}/vitest-unit.json`),
);
const built = check('build', 'node', ['scripts/build.mjs']);
if (built) {
  suite(
    'build-output tests',
    bin('vitest'),
    [
      'run',
      'test/build',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/vitest-build.json`,
    ],
    vitestCounts(`${reports}/vitest-build.json`),
  );
  const { chromiumPath } = await import('./chromium.mjs');
  // The worksheet test reads the printed PDF with poppler's pdftotext and pdftoppm.
  const hasPoppler = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;
  if (!chromiumPath() && !process.env.PLAYWRIGHT_BROWSERS_PATH) {
    console.error(
      '\nNo Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.',
    );
    failed++;
  } else if (!hasPoppler) {
    console.error(
      '\nNo pdftotext found, needed to check the printed worksheet. Install it (Debian: apt-get install -y poppler-utils).',
    );
    failed++;
  } else {
    suite('browser tests', bin('playwright'), ['test'], playwrightCounts);
  }
} else {
  console.error('\nBuild failed: skipping build-output and browser tests.');
  failed++;
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
