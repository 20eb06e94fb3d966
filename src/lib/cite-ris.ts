import { dashboardTitleOf, isoDay, publisher, type Cited } from './cite-parts'
import type { SourceSummary } from './schemas/source'

const risDay = (iso: string) => `${iso.replaceAll('-', '/')}/`
const record = (fields: readonly (readonly [string, string])[]) =>
  [...fields.map(([tag, value]) => `${tag}  - ${value}`), 'ER  - '].join('\n')

const article = (source: SourceSummary) =>
  record([
    ['TY', 'NEWS'],
    ['AU', source.outlet],
    ['TI', source.title],
    ['T2', source.outlet],
    ...(source.via ? [['N1', `Via ${source.via}`] as const] : []),
    ['PY', source.published.slice(0, 4)],
    ['DA', risDay(source.published)],
  ])

/** Each source, then the dashboard, as RIS records, the format most reference managers import. */
export function risRecords({ context, title, url, statementId }: Cited): string[] {
  const { sources, event, datasetVersion, datasetYear, accessed } = context
  return [
    ...sources.map(article),
    record([
      ['TY', 'DATA'],
      ['AU', publisher],
      ['TI', title],
      ...(statementId ? [['T2', dashboardTitleOf(event)] as const] : []),
      ['ET', `Version ${datasetVersion}`],
      ['PB', publisher],
      ['PY', datasetYear],
      ['UR', url],
      ['Y2', risDay(isoDay(accessed))],
    ]),
  ]
}
