// content/links.yaml alone, for tests and scripts that read links in Node (Playwright specs
// check a page's reading against the shared parser): the site gets it from the content module.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LinkCopy } from '../../src/lib/content-types.ts';
import { ContentError, ContentProblems } from './errors.ts';
import { check } from './schemas.ts';
import { LinksSchema } from './sharing-schemas.ts';
import { readYaml } from './yaml-file.ts';

/** The words of link notices. Throws a ContentError listing every problem. */
export function loadLinkCopy(root = 'content', projectRoot = join(root, '..')): LinkCopy {
  const problems = new ContentProblems();
  const path = join(root, 'links.yaml');
  const file = relative(projectRoot, path);
  const links = check(
    LinksSchema,
    file,
    readYaml(file, readFileSync(path, 'utf8'), problems),
    problems,
  );
  if (!links || !problems.ok) throw new ContentError(problems.list);
  return links;
}
