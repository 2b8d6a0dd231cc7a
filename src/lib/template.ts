// Sentences in content/ with `{name}` placeholders, filled in by the page. The build checks each
// template's placeholders against what its page fills (scripts/content/sandbox.ts), so a typo in
// content is a build error, not a "{runz}" on screen.

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** The placeholder names in a template, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * The template with each `{name}` replaced by vars[name]. A name without a value stays as it is
 * (the build has already refused unknown names, so this only happens in a broken build).
 */
export function fillTemplate(
  template: string,
  vars: Readonly<Record<string, string | number>>,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
