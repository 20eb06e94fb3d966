import { dashboardTitle, fromIso, publisher, type Cited } from './cite-parts'

const dateParts = (date: Date) => ({
  'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]],
})

/** The article and the dashboard as CSL-JSON items (citeproc's input, imported by Zotero and others). */
export function cslItems({ context, title, url, statementId }: Cited) {
  const { source, datasetVersion, datasetYear, accessed } = context
  return [
    {
      id: source.id,
      type: 'article-newspaper',
      title: source.title,
      'container-title': source.outlet,
      author: [{ literal: source.outlet }],
      ...(source.via ? { note: `Via ${source.via}` } : {}),
      issued: dateParts(fromIso(source.published)),
    },
    {
      id: statementId ? `reactions-${statementId}` : `reactions-tracker-${datasetVersion}`,
      type: 'dataset',
      title,
      ...(statementId ? { 'container-title': dashboardTitle } : {}),
      author: [{ literal: publisher }],
      publisher,
      version: datasetVersion,
      issued: { 'date-parts': [[Number(datasetYear)]] },
      URL: url,
      accessed: dateParts(accessed),
    },
  ]
}
