// The model's version as the site states it (in scenario packs and their citations): the
// package version, bumped whenever the model or its ledger changes what a scenario shows.
import { version } from '../../package.json';

export const MODEL_VERSION: string = version;
