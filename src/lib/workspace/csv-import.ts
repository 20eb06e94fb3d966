import Papa from 'papaparse'
import { stanceIdSchema } from '../schemas/codebook'
import { channelSchema } from '../schemas/statement'
import { uniqueId } from './changes'
import { isInsideQuotationMarks } from './quotation'
import type { SourceVersion, WorkspaceData, WorkspaceStatement } from './records'

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

/** What could not be placed, by row (as numbered in a spreadsheet, header being row 1) and field. */
export type RowProblem = { row: number; field: string; message: string }
export type Conflict = { incoming: WorkspaceStatement; existing: WorkspaceStatement }
export type CsvReading = {
  valid: WorkspaceStatement[]
  problems: RowProblem[]
  conflicts: Conflict[]
}

const field = (row: Record<string, string | undefined>, name: string) => (row[name] ?? '').trim()

/** The newest version of the source named by id or title. */
function namedSource(data: WorkspaceData, name: string): SourceVersion | undefined {
  const matching = data.sources.filter((source) => source.id === name || source.title === name)
  return matching.sort((a, b) => b.version - a.version)[0]
}

/**
 * Reads statements from CSV, placing each passage and quotation in the named source's text.
 * Nothing is written here: the analyst sees the problems and conflicts and chooses.
 */
export function readStatementsCsv(
  csv: string,
  data: WorkspaceData,
  knownActorIds: ReadonlySet<string>,
): CsvReading {
  const parsed = Papa.parse<Record<string, string | undefined>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  })
  const problems: RowProblem[] = []
  const missing = csvColumns.filter(
    (column) => !['quote', 'speaker', 'office', 'date', 'rationale', 'channel'].includes(column),
  )
  const header = parsed.meta.fields ?? []
  for (const column of missing) {
    if (!header.includes(column))
      problems.push({ row: 1, field: column, message: `The column “${column}” is missing.` })
  }
  if (problems.length > 0) return { valid: [], problems, conflicts: [] }
  const valid: WorkspaceStatement[] = []
  const conflicts: Conflict[] = []
  parsed.data.forEach((row, index) => {
    const rowNumber = index + 2
    const rowProblems: RowProblem[] = []
    const problem = (name: string, message: string) =>
      rowProblems.push({ row: rowNumber, field: name, message })
    const id = field(row, 'id')
    if (!id) problem('id', 'Every statement needs an id.')
    const source = namedSource(data, field(row, 'source'))
    if (!source)
      problem('source', `No source in the workspace is called “${field(row, 'source')}”.`)
    const actorId = field(row, 'actor')
    if (!knownActorIds.has(actorId))
      problem('actor', `“${actorId}” is not an actor in the gazetteer or the workspace.`)
    const passageText = field(row, 'passage')
    const start = source && passageText ? source.text.indexOf(passageText) : -1
    if (!passageText) problem('passage', 'The passage is empty.')
    else if (source && start === -1) problem('passage', 'These words are not in the source.')
    else if (source && source.text.indexOf(passageText, start + 1) !== -1)
      problem('passage', 'These words occur more than once in the source; quote more of them.')
    const quoteText = field(row, 'quote')
    const quoteStart = quoteText && start !== -1 ? passageText.indexOf(quoteText) : -1
    const quote = quoteStart === -1 ? null : { start: start + quoteStart, text: quoteText }
    if (quoteText && source && start !== -1) {
      if (!quote) problem('quote', 'The quoted words are not inside the passage.')
      else if (
        !isInsideQuotationMarks(
          { start: quote.start, end: quote.start + quoteText.length },
          source.text,
        )
      )
        problem('quote', 'The quoted words are not inside the source’s quotation marks.')
    }
    const stance = field(row, 'stance')
    const parsedStance = stance ? stanceIdSchema.safeParse(stance) : null
    if (parsedStance && !parsedStance.success)
      problem('stance', `“${stance}” is not a stance of the codebook.`)
    const channel = channelSchema.safeParse(field(row, 'channel') || 'unspecified')
    if (!channel.success) problem('channel', `“${field(row, 'channel')}” is not a channel.`)
    if (rowProblems.length > 0 || !source || !channel.success) {
      problems.push(...rowProblems)
      return
    }
    const statement: WorkspaceStatement = {
      id,
      actorId,
      sourceId: source.id,
      sourceVersion: source.version,
      speaker: field(row, 'speaker') || null,
      office: field(row, 'office') || null,
      date: {
        asWritten: field(row, 'date') || null,
        earliest: null,
        latest: null,
        partOfDay: null,
      },
      channel: channel.data,
      textKind: quote ? 'quote' : 'paraphrase',
      passage: { start, end: start + passageText.length, text: passageText },
      quotes: quote ? [{ ...quote, end: quote.start + quote.text.length }] : [],
      stance: parsedStance?.success ? parsedStance.data : null,
      positions: [],
      addressees: [],
      rationale: field(row, 'rationale'),
    }
    const existing = data.statements.find((held) => held.id === id)
    if (existing) conflicts.push({ incoming: statement, existing })
    else valid.push(statement)
  })
  return { valid, problems, conflicts }
}

export type Resolution = 'keep-mine' | 'take-theirs' | 'keep-both'

/** The statements to write for one conflict, as the analyst resolved it. */
export function resolveConflict(
  conflict: Conflict,
  resolution: Resolution,
  takenIds: Iterable<string>,
): WorkspaceStatement[] {
  if (resolution === 'keep-mine') return []
  if (resolution === 'take-theirs') return [conflict.incoming]
  return [{ ...conflict.incoming, id: uniqueId(conflict.incoming.id, takenIds) }]
}
