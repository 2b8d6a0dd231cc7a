// The content a chart's picture is worded from (picture-text.ts chartWords): one assembly for the
// browser's downloads (charts/downloads.ts) and the build's fallback pictures (fallbacks.ts).
import {
  embeds,
  graphics,
  labels,
  parameters,
  presets,
  scale,
  sharing,
  sources,
  states,
  timeline,
} from 'virtual:backfill/content';
import { sandboxCopy } from 'virtual:backfill/sandbox';
import { sandboxStrings } from 'virtual:backfill/sandbox-strings';
import type { PictureContent } from './picture-text.ts';

export const pictureContent: PictureContent = {
  graphics,
  states,
  embeds,
  presets,
  parameters,
  sources,
  timeline,
  scale,
  labels,
  sharing,
  sandboxCopy,
  sandboxStrings,
};
