import { stanceIdSchema } from '../schemas/codebook'
import { channelSchema } from '../schemas/statement'
import type { RowProblem } from './csv-rows'
import { passageIndex, type PassagePlace } from './passage-index'
import { quotations, type Quotation } from './quotation'
import type { SourceVersion, WorkspaceStatement } from './records'

export const csvColumns = [
  'id',
  'source',
  'actor',
  'passage',
  'quote',
  'stance',
  'channel',
  'speaker',
  'office',
  'date',
  'rationale',
] as const
export type CsvColumn = (typeof csvColumns)[number]

/** A source named in a file: one, or several sharing the title, so that none can be chosen. */
export type SourceMatch = SourceVersion | { ambiguous: string[] }

/** What a row is read against: built once per file, so each row finds what it names at once. */
export type RowContext = {
  /** Where each column is in a row's cells (-1 where the file lacks it). */
  columns: ReadonlyMap<CsvColumn, number>
  findSource: (name: string) => SourceMatch | undefined
  knownActorIds: ReadonlySet<string>
  /** Each source's passage finder and quotations, made the first time a row needs them. */
  placeIn: (source: SourceVersion) => {
    find: (passage: string) => PassagePlace | null
    quotations: () => Quotation[]
  }
}

/** Rows a source takes before its text is indexed: a few are found faster by a plain search. */
const indexAfter = 8

function plainFind(text: string, passage: string): PassagePlace | null {
  const start = text.indexOf(passage)
  return start === -1 ? null : { start, again: text.indexOf(passage, start + 1) !== -1 }
}

/** The readers of each source's text, each made once, the first time a row asks. */
export function sourcePlaces(): RowContext['placeIn'] {
  const made = new Map<SourceVersion, ReturnType<RowContext['placeIn']>>()
  return (source) => {
    const held = made.get(source)
    if (held) return held
    let marks: Quotation[] | null = null
    let index: ((passage: string) => PassagePlace | null) | null = null
    let asked = 0
    const place = {
      find: (passage: string) => {
        asked += 1
        if (!index && asked <= indexAfter) return plainFind(source.text, passage)
        index ??= passageIndex(source.text)
        return index(passage)
      },
      quotations: () => (marks ??= quotations(source.text)),
    }
    made.set(source, place)
    return place
  }
}

/** A row's cell in `name`'s column, as typed ("" where the file lacks the column). */
const cellOf = (cells: readonly string[], columns: RowContext['columns'], name: CsvColumn) =>
  cells[columns.get(name) ?? -1] ?? ''

/**
 * One row as a statement placed in the named source's text, or null with what is wrong with it
 * added to `problems`, by field. The analyst's own words (speaker, office, date, rationale) are
 * kept exactly as typed, formula-like ones too; only a blank cell means "none". (Plain code, no
 * helpers made per row: a file of 100,000 rows passes here 100,000 times.)
 */
export function statementOfRow(
  cells: readonly string[],
  row: number,
  context: RowContext,
  problems: RowProblem[],
): WorkspaceStatement | null {
  const before = problems.length
  const { columns } = context
  const id = cellOf(cells, columns, 'id').trim()
  if (!id) problems.push({ row, field: 'id', message: 'Every statement needs an id.' })
  const sourceName = cellOf(cells, columns, 'source').trim()
  const named = context.findSource(sourceName)
  const source = named && 'ambiguous' in named ? undefined : named
  if (!named)
    problems.push({
      row,
      field: 'source',
      message: `No source in the workspace is called “${sourceName}”.`,
    })
  else if ('ambiguous' in named)
    problems.push({
      row,
      field: 'source',
      message: `More than one source is called “${sourceName}”: name it by its id (${named.ambiguous.join(', ')}).`,
    })
  const actorId = cellOf(cells, columns, 'actor').trim()
  if (!context.knownActorIds.has(actorId))
    problems.push({
      row,
      field: 'actor',
      message: `“${actorId}” is not an actor in the gazetteer or the workspace.`,
    })
  const passageText = cellOf(cells, columns, 'passage').trim()
  const place = source && passageText ? context.placeIn(source) : null
  const found = place?.find(passageText) ?? null
  const start = found?.start ?? -1
  const passageProblem = !passageText
    ? 'The passage is empty.'
    : source && !found
      ? 'These words are not in the source.'
      : found?.again
        ? 'These words occur more than once in the source; quote more of them.'
        : null
  if (passageProblem) problems.push({ row, field: 'passage', message: passageProblem })
  const quoteText = cellOf(cells, columns, 'quote').trim()
  const quoteStart = quoteText && start !== -1 ? passageText.indexOf(quoteText) : -1
  const quote = quoteStart === -1 ? null : { start: start + quoteStart, text: quoteText }
  if (quoteText && place && start !== -1) {
    const end = quote ? quote.start + quoteText.length : 0
    const quoteProblem = !quote
      ? 'The quoted words are not inside the passage.'
      : !place.quotations().some((held) => held.start <= quote.start && end <= held.end)
        ? 'The quoted words are not inside the source’s quotation marks.'
        : null
    if (quoteProblem) problems.push({ row, field: 'quote', message: quoteProblem })
  }
  const stance = cellOf(cells, columns, 'stance').trim()
  const parsedStance = stance ? stanceIdSchema.safeParse(stance) : null
  if (parsedStance && !parsedStance.success)
    problems.push({ row, field: 'stance', message: `“${stance}” is not a stance of the codebook.` })
  const channelName = cellOf(cells, columns, 'channel').trim()
  const channel = channelSchema.safeParse(channelName || 'unspecified')
  if (!channel.success)
    problems.push({ row, field: 'channel', message: `“${channelName}” is not a channel.` })
  if (problems.length > before || !source || !channel.success) return null
  const speaker = cellOf(cells, columns, 'speaker')
  const office = cellOf(cells, columns, 'office')
  const date = cellOf(cells, columns, 'date')
  const rationale = cellOf(cells, columns, 'rationale')
  return {
    id,
    actorId,
    sourceId: source.id,
    sourceVersion: source.version,
    speaker: speaker.trim() ? speaker : null,
    office: office.trim() ? office : null,
    date: { asWritten: date.trim() ? date : null, earliest: null, latest: null, partOfDay: null },
    channel: channel.data,
    textKind: quote ? 'quote' : 'paraphrase',
    passage: { start, end: start + passageText.length, text: passageText },
    quotes: quote ? [{ ...quote, end: quote.start + quote.text.length }] : [],
    stance: parsedStance?.success ? parsedStance.data : null,
    positions: [],
    addressees: [],
    rationale: rationale.trim() ? rationale : '',
  }
}
