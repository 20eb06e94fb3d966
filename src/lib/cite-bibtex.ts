import { dashboardTitle, isoDay, publisher, type Cited } from './cite-parts'

export const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1')

/** The article and the dashboard as BibTeX entries. */
export function bibtex({ context, title, url, statementId }: Cited): string[] {
  const { source, datasetVersion, datasetYear, accessed } = context
  return [
    [
      `@article{${source.id},`,
      `  author = {{${bibEscape(source.outlet)}}},`,
      `  title = {${bibEscape(source.title)}},`,
      `  journal = {${bibEscape(source.outlet)}},`,
      ...(source.via ? [`  note = {Via ${bibEscape(source.via)}},`] : []),
      `  year = {${source.published.slice(0, 4)}},`,
      `  date = {${source.published}}`,
      '}',
    ].join('\n'),
    [
      `@misc{${statementId ? `reactions-${statementId}` : `reactions-tracker-${datasetVersion}`},`,
      `  author = {{${publisher}}},`,
      `  title = {${bibEscape(title)}},`,
      ...(statementId ? [`  howpublished = {${bibEscape(dashboardTitle)}},`] : []),
      `  note = {Dataset version ${datasetVersion}},`,
      `  year = {${datasetYear}},`,
      `  url = {${url}},`,
      `  urldate = {${isoDay(accessed)}}`,
      '}',
    ].join('\n'),
  ]
}
