// An embed's look on its page: public/embed-init.js applies the link's theme and background
// before the first paint; once the embed has read its link, this keeps <html> in step.
import { dataThemeOf } from '../lib/themes.ts';
import type { EmbedLook } from '../share/links.ts';

/** Set (or clear) <html data-theme> and <html data-transparent> for this look. */
export function applyLook(look: Pick<EmbedLook, 'theme' | 'transparent'>): void {
  const html = document.documentElement;
  const theme = dataThemeOf(look.theme);
  if (theme === undefined) delete html.dataset.theme;
  else html.dataset.theme = theme;
  if (look.transparent) html.dataset.transparent = '1';
  else delete html.dataset.transparent;
}
