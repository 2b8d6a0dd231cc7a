// The scenario pack download (src/charts/scenario-pack.ts, loaded on first use): the whole
// scenario as a zip, named and described for citing.
import type { SiteMeta as Site } from '../lib/content-types.ts';
import { shareUrl } from '../share/links.ts';
import type { Source } from '../lib/content-types.ts';
import type { ChartView } from '../links/url-state.ts';
import { MODEL_VERSION } from '../lib/version.ts';
import type { ParameterSpec, ParameterValues } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';

export interface PackRequest {
  /** The result to pack: it must belong to `values` and `seed`, bands included. */
  result: ScenarioResult;
  values: ParameterValues;
  seed: number;
  view: ChartView;
  ledger: readonly ParameterSpec[];
  sources: readonly Source[];
  site: Site;
  /** The site's address as served (links point to this copy of the site). */
  siteUrl: string;
  /** Today, for the citation (the page passes the reader's clock). */
  now: Date;
}

/** Make the pack and hand it to the browser to save; resolves to the file's name. */
export async function downloadScenarioPack(request: PackRequest): Promise<string> {
  const [{ scenarioPack, scenarioPackFilename }, { saveBlob }] = await Promise.all([
    import('../charts/scenario-pack.ts'),
    import('../charts/downloads.ts'),
  ]);
  const { result, values, seed, view, ledger, sources, site, siteUrl, now } = request;
  const meta = {
    scenarioUrl: shareUrl(siteUrl, { chart: view, values, seed }, ledger),
    accessed: [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-'),
    modelVersion: MODEL_VERSION,
    site,
  };
  const name = scenarioPackFilename(meta);
  const zip = scenarioPack(result, ledger, sources as Source[], meta);
  saveBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
  return name;
}
