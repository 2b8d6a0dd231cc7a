// The offline file's tiny router (dist/backfill-offline.html, opened from a USB stick by
// double-click). Every page of the site is in the one file: the story is live, the others wait
// in <template data-page>. ?page=classroom (or model, corrections, teachers, worksheet) swaps it in
// before the islands wake; links between pages become links to this same file with ?page=.
// Runs before src/main.ts (see src/offline/main.ts). Which pages the file carries is the pages
// table's say (src/pages/pages.ts, `offline`), read here from the templates the build wrote.

/** The pages this file carries: the story, and one per <template data-page>. */
function carriedPages(): string[] {
  const templates = document.querySelectorAll<HTMLTemplateElement>('template[data-page]');
  return ['index', ...[...templates].map((t) => t.dataset.page ?? '')];
}

function currentPage(): string {
  const page = new URLSearchParams(location.search).get('page') ?? 'index';
  return carriedPages().includes(page) ? page : 'index';
}

function showPage(): void {
  const page = currentPage();
  if (page === 'index') return;
  const live = document.querySelector('[data-offline-page]');
  const template = document.querySelector<HTMLTemplateElement>(`template[data-page="${page}"]`);
  if (!live || !template) return;
  live.replaceChildren(template.content.cloneNode(true));
  document.title = template.dataset.title ?? document.title;
}

/** A click on a link to another page of the site opens that page in this file. */
function followLinks(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    const here = new URL(location.href);
    const folder = here.pathname.replace(/[^/]*$/, '');
    if (url.protocol !== here.protocol || url.host !== here.host) return;
    if (!url.pathname.startsWith(folder)) return;
    const file = decodeURIComponent(url.pathname.slice(folder.length));
    const self = decodeURIComponent(here.pathname.slice(folder.length));
    if (file === self) return; // an anchor or ?page= link within this file
    const target = file === '' || file === 'index.html' ? 'index' : file.replace(/\.html$/, '');
    if (!carriedPages().includes(target)) return;
    event.preventDefault();
    const query = new URLSearchParams(url.search);
    query.delete('page');
    const search =
      target === 'index' ? `${query}` : `page=${target}${query.size ? `&${query}` : ''}`;
    location.href = `${encodeURIComponent(self)}${search ? `?${search}` : ''}${url.hash}`;
  });
}

showPage();
followLinks();
