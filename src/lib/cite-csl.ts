import { dashboardTitleOf, publisher, type Cited, type CslDate, type CslItem } from './cite-parts'
import type { SourceSummary } from './schemas/source'

const dayOf = (date: Date): CslDate => ({
  'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]],
})
const isoDayOf = (iso: string): CslDate => dayOf(new Date(`${iso}T00:00:00Z`))

/**
 * The dataset version as CSL-JSON carries it. citeproc reads a number field's hyphens as a range,
 * so `2026-11-27.1` would print as "Versions 2026-11-27.1"; a hyphen escaped as `\-` is printed
 * as a hyphen and read as one version.
 */
export const cslVersion = (version: string) => version.replaceAll('-', '\\-')
/** The version as written everywhere else, its hyphens unescaped. */
export const plainVersion = (version: string) => version.replaceAll('\\-', '-')

/**
 * A source as an article. The article names no author (it has no byline), so none is given and
 * each style does what it does for an unsigned article; the newspaper is its container. Its
 * address is given only where one was recorded with it: the bundled article has none.
 */
export const articleItem = (source: SourceSummary): CslItem => ({
  id: source.id,
  type: 'article-newspaper',
  title: source.title,
  ...(source.outlet ? { 'container-title': source.outlet } : {}),
  // Where the copy that was coded came from, when not from the newspaper itself.
  ...(source.via ? { note: `Via ${source.via}` } : {}),
  issued: isoDayOf(source.published),
  ...(source.url ? { URL: source.url } : {}),
})

/** The dashboard, or one statement in it, as a dataset at the version cited. */
export function datasetItem({ context, title, url, statementId, chartId }: Cited): CslItem {
  const { event, datasetVersion, datasetYear, accessed } = context
  const part = statementId ?? (chartId && `chart-${chartId}`)
  return {
    id: part ? `reactions-${part}` : `reactions-tracker-${datasetVersion}`,
    type: 'dataset',
    title,
    // A statement or a chart is part of the dashboard, which the style names as its container.
    ...(part ? { 'container-title': dashboardTitleOf(event) } : {}),
    author: [{ literal: publisher }],
    publisher,
    version: cslVersion(datasetVersion),
    issued: { 'date-parts': [[Number(datasetYear)]] },
    URL: url,
    accessed: dayOf(accessed),
  }
}
