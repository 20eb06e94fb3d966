import { dashboardTitleOf, isoDay, publisher, type Cited } from './cite-parts'
import type { SourceSummary } from './schemas/source'

export const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1')

const article = (source: SourceSummary) =>
  [
    `@article{${source.id},`,
    `  author = {{${bibEscape(source.outlet)}}},`,
    `  title = {${bibEscape(source.title)}},`,
    `  journal = {${bibEscape(source.outlet)}},`,
    ...(source.via ? [`  note = {Via ${bibEscape(source.via)}},`] : []),
    `  year = {${source.published.slice(0, 4)}},`,
    `  date = {${source.published}}`,
    '}',
  ].join('\n')

/** Each source, then the dashboard, as BibTeX entries. */
export function bibtex({ context, title, url, statementId }: Cited): string[] {
  const { sources, event, datasetVersion, datasetYear, accessed } = context
  return [
    ...sources.map(article),
    [
      `@misc{${statementId ? `reactions-${statementId}` : `reactions-tracker-${datasetVersion}`},`,
      `  author = {{${publisher}}},`,
      `  title = {${bibEscape(title)}},`,
      ...(statementId ? [`  howpublished = {${bibEscape(dashboardTitleOf(event))}},`] : []),
      `  note = {Dataset version ${datasetVersion}},`,
      `  year = {${datasetYear}},`,
      `  url = {${url}},`,
      `  urldate = {${isoDay(accessed)}}`,
      '}',
    ].join('\n'),
  ]
}
