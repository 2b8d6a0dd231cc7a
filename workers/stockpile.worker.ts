import { expose } from 'comlink';
import { parameters } from 'virtual:backfill/content';
import { createModelApi } from './stockpile/api.ts';

expose(createModelApi(parameters));
