import type { SourceSummary } from './schemas/source'
import type { Statement } from './schemas/statement'

export const citationStyles = ['APA', 'MLA', 'Chicago', 'BibTeX'] as const
export type CitationStyle = (typeof citationStyles)[number]
export type Citations = Record<CitationStyle, string>

/** What a citation names: the article, this dashboard at a dataset version, the view and the day. */
export type CiteContext = {
  source: SourceSummary
  datasetVersion: string
  datasetYear: string
  url: string
  accessed: Date
}

export const publisher = 'Diplomatic reactions tracker'
export const dashboardTitle = 'Reactions to Azerbaijan’s September 2023 operation in Karabakh'

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const monthsMla = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]
const day = (date: Date) => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth(),
  date: date.getUTCDate(),
})
const fromIso = (iso: string) => new Date(`${iso}T00:00:00Z`)
const apaDay = (date: Date) =>
  `${day(date).year}, ${months[day(date).month] ?? ''} ${day(date).date}`
const mlaDay = (date: Date) =>
  `${day(date).date} ${monthsMla[day(date).month] ?? ''} ${day(date).year}`
const chicagoDay = (date: Date) =>
  `${months[day(date).month] ?? ''} ${day(date).date}, ${day(date).year}`
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** Who spoke, as the article names them: "Antony Blinken (U.S. Secretary of State), United States". */
export function statementAuthor(statement: Statement, actorName: string): string {
  const voice = statement.speaker
    ? `${statement.speaker}${statement.office ? ` (${statement.office})` : ''}`
    : statement.office
  return voice ? `${voice}, ${actorName}` : actorName
}

/** The statement's words for a citation: its first quote, or the article's passage. */
export function statementWords(statement: Statement): string {
  const quote = statement.quotes[0]
  return quote ? `“${quote.text}”` : `reported as “${statement.passage.text}”`
}

type Cited = { author: string; words: string; id: string } | null

/** A view of the dashboard, citing the article it is built on. */
export function citeView(context: CiteContext): Citations {
  return cite(context, null)
}

/** One statement, citing the article that reports it and the dashboard that codes it. */
export function citeStatement(
  context: CiteContext,
  statement: Statement,
  actorName: string,
): Citations {
  return cite(context, {
    author: statementAuthor(statement, actorName),
    words: statementWords(statement),
    id: statement.id,
  })
}

function cite(context: CiteContext, statement: Cited): Citations {
  const { source, datasetVersion, datasetYear, url, accessed } = context
  const published = fromIso(source.published)
  const lead = statement ? `${statement.author}, ${statement.words}. ` : ''
  return {
    APA:
      `${lead}${source.outlet}. (${apaDay(published)}). ${source.title}.${source.via ? ` ${source.via}.` : ''} ` +
      `${publisher}. (${datasetYear}). ${dashboardTitle} (Version ${datasetVersion}) [Data set]. ` +
      `Retrieved ${chicagoDay(accessed)}, from ${url}`,
    MLA:
      `${lead}“${source.title}.” ${source.outlet},${source.via ? ` via ${source.via},` : ''} ${mlaDay(published)}. ` +
      `${publisher}. ${dashboardTitle}, version ${datasetVersion}, ${datasetYear}, ${url}. Accessed ${mlaDay(accessed)}.`,
    Chicago:
      `${lead}${source.outlet}. “${source.title}.”${source.via ? ` ${source.via},` : ''} ${chicagoDay(published)}. ` +
      `${publisher}. “${dashboardTitle}.” Dataset version ${datasetVersion}, ${datasetYear}. ${url} (accessed ${chicagoDay(accessed)}).`,
    BibTeX: bibtex(context, statement),
  }
}

const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1')

function bibtex(context: CiteContext, statement: Cited): string {
  const { source, datasetVersion, datasetYear, url, accessed } = context
  const origin = `${source.outlet}${source.via ? ` via ${source.via}` : ''}, “${source.title}”, ${source.published}`
  return [
    `@misc{${statement ? `reactions-${statement.id}` : `reactions-tracker-${datasetVersion}`},`,
    `  author = {{${publisher}}},`,
    `  title = {${bibEscape(statement ? `${statement.author}: ${statement.words}` : dashboardTitle)}},`,
    `  howpublished = {${bibEscape(origin)}},`,
    `  note = {Dataset version ${datasetVersion}},`,
    `  year = {${datasetYear}},`,
    `  url = {${url}},`,
    `  urldate = {${isoDay(accessed)}}`,
    '}',
  ].join('\n')
}
