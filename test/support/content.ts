// The project's own content, for unit tests that use it as data: loaded and validated once per
// Vitest run by the content plugin (vitest.config.ts), exactly as the site receives it, instead
// of once per test file. Tests of the loader itself call loadContent / loadLedger
// (scripts/content/load.ts) on their own folders.
//
//   import { content, ledger } from '../support/content.ts';
import * as content from 'virtual:backfill/content';
import { sandboxStrings } from 'virtual:backfill/sandbox-strings';

export { content, sandboxStrings };
/** The assumptions ledger (content/parameters.yaml), as the model reads it. */
export const ledger = content.parameters;
