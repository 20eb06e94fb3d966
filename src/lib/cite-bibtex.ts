import { plainVersion } from './cite-csl'
import type { CslDate, CslItem } from './cite-parts'

export const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1')

/** `2023-09-20`: a biblatex date, as far as it is known. */
const bibDate = ({ 'date-parts': [parts] }: CslDate) =>
  (parts ?? [])
    .filter((part) => part !== undefined)
    .map((part) => String(part).padStart(2, '0'))
    .join('-')

const optional = (field: string, value: string | undefined): [string, string][] =>
  value ? [[field, value]] : []

/**
 * One reference as a biblatex entry. biblatex has no newspaper type: an article in a newspaper is
 * an `@article` whose `entrysubtype` is `newspaper`, which citation-js reads as a newspaper genre.
 * A dataset is `@dataset`, with its version and publisher; the dashboard a statement is part of
 * is its `booktitle`, where citation-js writes and reads a dataset's container. A corporate
 * author is braced, so that it is not read as a family and a given name.
 */
export function bibtexEntry(item: CslItem): string {
  const newspaper = item.type === 'article-newspaper'
  const fields: [string, string][] = [
    ...optional('author', item.author?.map((name) => `{${bibEscape(name.literal)}}`).join(' and ')),
    ...(newspaper ? [['entrysubtype', 'newspaper'] as [string, string]] : []),
    ['title', bibEscape(item.title)],
    ...optional(
      newspaper ? 'journaltitle' : 'booktitle',
      item['container-title'] && bibEscape(item['container-title']),
    ),
    ...optional('version', item.version && bibEscape(plainVersion(item.version))),
    ...optional('type', item.genre && bibEscape(item.genre)),
    ...optional('publisher', item.publisher && bibEscape(item.publisher)),
    ...optional('note', item.note && bibEscape(item.note)),
    ['date', bibDate(item.issued)],
    ...optional('url', item.URL),
    ...optional('urldate', item.accessed && bibDate(item.accessed)),
  ]
  const body = fields.map(([field, value]) => `  ${field} = {${value}}`).join(',\n')
  return `@${newspaper ? 'article' : 'dataset'}{${item.id},\n${body}\n}`
}
