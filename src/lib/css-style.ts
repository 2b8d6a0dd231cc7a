import type { Attachment } from 'svelte/attachments';

/**
 * Sets inline styles through the CSSOM (`el.style.setProperty`). The site's Content-Security-
 * Policy (`style-src 'self'`) blocks `style` attributes in HTML, including the ones Svelte's
 * `style:` directive writes when prerendering, but not the CSSOM. Runs in the browser only, and
 * again whenever a value changes: `{@attach cssStyle({ height: `${h}px` })}`.
 */
export function cssStyle(styles: Record<string, string>): Attachment<HTMLElement> {
  return (element) => {
    for (const [property, value] of Object.entries(styles))
      element.style.setProperty(property, value);
  };
}
