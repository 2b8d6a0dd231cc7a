// The one table of the site's pages. The prerender (src/entry-server.ts) renders each from it,
// the build (scripts/build.mjs) writes them and inlines the first screen's CSS where a page says
// where its fold is, the offline file (scripts/offline.mjs) carries those marked offline (and
// its router, src/offline/route.ts, serves what the file carries), and the teacher notes name
// pages by it. Adding a page is one entry here plus its component in src/pages/.
import { EMBED_CHART_IDS, type EmbedChartId } from '../share/chart-ids.ts';
import { embedPath } from '../share/links.ts';

export interface PageDefinition {
  /** The page's id in links and docs ("story"); embed pages are "embed/<chart>". */
  id: string;
  /** Output file under dist/, e.g. "index.html". */
  path: string;
  /** Its component, a file in src/pages/ named without ".svelte". */
  component: string;
  /** Props beside { base }, e.g. which chart an embed page shows. */
  props?: Record<string, unknown>;
  /** Also a page of the offline file (dist/backfill-offline.html). */
  offline: boolean;
  /** What the teacher notes call the page, if they list it. */
  teacherName?: string;
  /**
   * The parts of the page below its first screen, as a CSS selector. When given, the build
   * inlines the CSS of the rest (the first screen) and loads the whole stylesheet without
   * blocking the first paint.
   */
  belowFold?: string;
}

/** The sandbox's own page: the story fetches the sandbox from it (see IslandElsewhere). */
export const SANDBOX_PAGE = 'sandbox.html';

export const PAGES = [
  {
    id: 'story',
    path: 'index.html',
    component: 'StoryPage',
    offline: true,
    teacherName: 'story',
    // At 360 × 780 the first screen is the header, the hero and the top of the sticky graphic;
    // at 1440 × 900 also the first chapter's opening. The chapters below it are styled from
    // the first paint all the same (about 0.1 KB more): a link to a step (#step-…) or to the
    // sandbox scrolls to its place before the whole stylesheet arrives, so the first layout
    // must already be the final one.
    belowFold: '#main > :not(article), body > footer',
  },
  // The sandbox whole, for readers without JavaScript and for the story to fetch. The offline
  // file's story carries its sandbox in place instead.
  { id: 'sandbox', path: SANDBOX_PAGE, component: 'SandboxPage', offline: false },
  { id: 'model', path: 'model.html', component: 'ModelPage', offline: true, teacherName: 'model' },
  { id: 'corrections', path: 'corrections.html', component: 'CorrectionsPage', offline: true },
  // One page per embeddable chart, for other sites' iframes.
  ...EMBED_CHART_IDS.map((chart: EmbedChartId) => ({
    id: `embed/${chart}`,
    path: embedPath(chart),
    component: 'EmbedPage',
    props: { chart },
    offline: false,
  })),
  {
    id: 'classroom',
    path: 'classroom.html',
    component: 'ClassroomPage',
    offline: true,
    teacherName: 'classroom',
  },
  {
    id: 'teachers',
    path: 'teachers.html',
    component: 'TeacherPage',
    offline: true,
    teacherName: 'teacher notes',
  },
  {
    id: 'worksheet',
    path: 'worksheet.html',
    component: 'WorksheetPage',
    offline: true,
    teacherName: 'worksheet',
  },
] as const satisfies readonly PageDefinition[];

/** What the teacher notes call a page, by its id (the id itself if they have no name for it). */
export function teacherName(id: string): string {
  const page: PageDefinition | undefined = PAGES.find((p) => p.id === id);
  return page?.teacherName ?? id;
}
