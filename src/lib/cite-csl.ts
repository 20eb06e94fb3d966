import { dashboardTitleOf, fromIso, publisher, type Cited } from './cite-parts'
import type { SourceSummary } from './schemas/source'

const dateParts = (date: Date) => ({
  'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]],
})

const article = (source: SourceSummary) => ({
  id: source.id,
  type: 'article-newspaper',
  title: source.title,
  'container-title': source.outlet,
  author: [{ literal: source.outlet }],
  ...(source.via ? { note: `Via ${source.via}` } : {}),
  issued: dateParts(fromIso(source.published)),
})

/** Each source, then the dashboard, as CSL-JSON items (citeproc's input, imported by Zotero and others). */
export function cslItems({ context, title, url, statementId }: Cited) {
  const { sources, event, datasetVersion, datasetYear, accessed } = context
  return [
    ...sources.map(article),
    {
      id: statementId ? `reactions-${statementId}` : `reactions-tracker-${datasetVersion}`,
      type: 'dataset',
      title,
      ...(statementId ? { 'container-title': dashboardTitleOf(event) } : {}),
      author: [{ literal: publisher }],
      publisher,
      version: datasetVersion,
      issued: { 'date-parts': [[Number(datasetYear)]] },
      URL: url,
      accessed: dateParts(accessed),
    },
  ]
}
