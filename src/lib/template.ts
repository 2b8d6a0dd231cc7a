// Fill a content template's {placeholders} (content/sharing.yaml). The build has checked that each
// template uses exactly its placeholders, so a missing value is a programming error.

/** "{label}: {max}" with { label: 'Title', max: 100 } → "Title: 100". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    return String(value);
  });
}
