import { dashboardTitle, isoDay, publisher, type Cited } from './cite-parts'

const risDay = (iso: string) => `${iso.replaceAll('-', '/')}/`
const record = (fields: readonly (readonly [string, string])[]) =>
  [...fields.map(([tag, value]) => `${tag}  - ${value}`), 'ER  - '].join('\n')

/** The article and the dashboard as RIS records, the format most reference managers import. */
export function risRecords({ context, title, url, statementId }: Cited): string[] {
  const { source, datasetVersion, datasetYear, accessed } = context
  return [
    record([
      ['TY', 'NEWS'],
      ['AU', source.outlet],
      ['TI', source.title],
      ['T2', source.outlet],
      ...(source.via ? [['N1', `Via ${source.via}`] as const] : []),
      ['PY', source.published.slice(0, 4)],
      ['DA', risDay(source.published)],
    ]),
    record([
      ['TY', 'DATA'],
      ['AU', publisher],
      ['TI', title],
      ...(statementId ? [['T2', dashboardTitle] as const] : []),
      ['ET', `Version ${datasetVersion}`],
      ['PB', publisher],
      ['PY', datasetYear],
      ['UR', url],
      ['Y2', risDay(isoDay(accessed))],
    ]),
  ]
}
