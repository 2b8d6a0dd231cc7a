// Fill a content template's {placeholders} (content/sharing.yaml, content/interface.yaml). The
// build has checked that each template uses exactly its placeholders, so a missing value is a
// programming error.

/** "{label}: {max}" with { label: 'Title', max: 100 } → "Title: 100". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    return String(value);
  });
}

export type TemplatePart = { text: string } | { name: string };

/**
 * A template split into its text and its {placeholders}, in order, for a component that draws a
 * placeholder as markup (a status label in its colour, a name in bold):
 * "{site} is an explainer" → [{ name: 'site' }, { text: ' is an explainer' }].
 */
export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{[a-zA-Z]+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{[a-zA-Z]+\}$/.test(part) ? { name: part.slice(1, -1) } : { text: part }));
}
