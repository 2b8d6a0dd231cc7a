// The one bag of content the story graphics draw from, in the browser and the prerender.
import { graphics, labels, scale, sources, timeline } from 'virtual:backfill/content';
import type { GraphicData } from './definition.ts';

export const graphicData: GraphicData = { graphics, labels, timeline, scale, sources };
