import { plainVersion } from './cite-csl'
import type { CslDate, CslItem } from './cite-parts'

/** `2023/09/20/`: a RIS date, as far as it is known. */
const risDate = ({ 'date-parts': [parts] }: CslDate) =>
  `${(parts ?? [])
    .filter((part) => part !== undefined)
    .map((part) => String(part).padStart(2, '0'))
    .join('/')}/`

const optional = (tag: string, value: string | undefined): [string, string][] =>
  value ? [[tag, value]] : []

/**
 * A newspaper article (`NEWS`). Its full date is `DA`, and `Y1` as well: readers such as
 * citation-js take a news item's date from `PY` or `Y1` only, and from `PY` only its year, so no
 * `PY` is written. An author would be `AU`, which citation-js reads as the reporter; the bundled
 * article has no byline, so there is none.
 */
const news = (item: CslItem): [string, string][] => [
  ['TY', 'NEWS'],
  ...(item.author ?? []).map((name): [string, string] => ['AU', name.literal]),
  ['TI', item.title],
  ...optional('T2', item['container-title']),
  ...optional('N1', item.note),
  ['DA', risDate(item.issued)],
  ['Y1', risDate(item.issued)],
  ...optional('UR', item.URL),
  ...optional('Y2', item.accessed && risDate(item.accessed)),
]

/** A dataset (`DATA`), with its version (`ET`) and publisher (`PB`). */
const data = (item: CslItem): [string, string][] => [
  ['TY', 'DATA'],
  ...(item.author ?? []).map((name): [string, string] => ['AU', name.literal]),
  ['TI', item.title],
  ...optional('T2', item['container-title']),
  ...optional('N1', item.note),
  ...optional('ET', item.version && plainVersion(item.version)),
  ...optional('PB', item.publisher),
  ['PY', String(item.issued['date-parts'][0]?.[0] ?? '')],
  ...optional('UR', item.URL),
  ...optional('Y2', item.accessed && risDate(item.accessed)),
]

/** One reference as a RIS record, the format most reference managers import. */
export function risRecord(item: CslItem): string {
  const fields = item.type === 'article-newspaper' ? news(item) : data(item)
  return [...fields.map(([tag, value]) => `${tag}  - ${value}`), 'ER  - '].join('\n')
}
