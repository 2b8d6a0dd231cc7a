// The story graphics' pictures, as the story hands them to the chart tools (loaded on first use).
import {
  embeds,
  graphics,
  scale,
  sharing,
  sources,
  states,
  timeline,
} from 'virtual:backfill/content';
import type { ChartPictures } from '../charts/chart-pictures.ts';
import { isStoryTarget } from '../share/links.ts';
import GraphicDrawing from './GraphicDrawing.svelte';
import { graphicWords } from './graphic-words.ts';

const content = { embeds, graphics, scale, sharing, sources, states, timeline };

export const graphicPictures: ChartPictures = {
  words(target, siteUrl) {
    if (!isStoryTarget(target)) throw new Error(`${target.chart} is not a story graphic`);
    return graphicWords(target, content, siteUrl);
  },
  Drawing: GraphicDrawing,
};
