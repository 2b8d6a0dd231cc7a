// The sandbox charts' pictures, as the sandbox hands them to the chart tools (loaded on first use).
import { embeds, parameters, presets, sharing } from 'virtual:backfill/content';
import { sandboxCopy } from 'virtual:backfill/sandbox';
import { sandboxStrings } from 'virtual:backfill/sandbox-strings';
import type { ChartPictures } from '../charts/chart-pictures.ts';
import { isStoryTarget } from '../share/links.ts';
import SandboxDrawing from './SandboxDrawing.svelte';
import { sandboxChartWords } from './chart-words.ts';

const content = { embeds, parameters, presets, sharing, sandboxCopy, sandboxStrings };

export const sandboxPictures: ChartPictures = {
  words(target, siteUrl) {
    if (isStoryTarget(target)) throw new Error(`${target.chart} is not a sandbox chart`);
    return sandboxChartWords(target, content, siteUrl);
  },
  Drawing: SandboxDrawing,
};
