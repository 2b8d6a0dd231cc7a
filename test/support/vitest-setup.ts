// Vitest setup (vitest.config.ts setupFiles), run in every test file's worker before its tests:
// fast-check's default number of runs follows TEST_DEPTH (test/support/runs.ts), so a property
// written without `numRuns` is sized like every other one.
import fc from 'fast-check';
import { runs } from './runs.ts';

fc.configureGlobal({ numRuns: runs(100) });
