import { foldQuickly } from '../../lib/engine/search'
import { eventShortName } from '../../lib/event-name'
import { formatStatementDate } from '../../lib/format'
import { positionLabel, type CodebookLabels } from '../../lib/labels'
import { stanceSummaryLabel } from '../../lib/codebook/stance-label'
import type { Actor } from '../../lib/schemas/actor'
import type { Event } from '../../lib/schemas/event'
import type { StanceSummary } from '../../lib/schemas/stance-summary'
import type { Statement } from '../../lib/schemas/statement'
import type { ActorStatements } from '../../lib/statements/actor-results'
import { tableColumnIds, type TableColumnId, type TableSort } from '../../lib/url-state/view-state'

/** One statement as a row of the table: the statement, and each column's words. */
export type StatementRow = {
  statement: Statement
  actor: Actor
  /** The date as the source words it ("Wednesday"), or the days it could fall on. */
  date: string
  /** The short name of the event the statement is about, or '' when no event lists its source. */
  event: string
  /** The speaker and office, as the cards name them. */
  speaker: string
  /** The actor's stance, derived from all its statements, as its card's badge names it. */
  'actor-stance': string
  /** The statement's own stance, in its event's words. */
  stance: string
  positions: string
  /** The article's passage that reports the statement. */
  words: string
}

export const columnLabels: Record<TableColumnId, string> = {
  date: 'Date',
  event: 'Event',
  actor: 'Actor',
  'actor-stance': 'Actor stance',
  stance: 'Statement stance',
  speaker: 'Speaker',
  positions: 'Positions',
  words: 'Words',
}

/**
 * The event each source belongs to, by the short name a column has room for, so a statement finds
 * its event by its source at once.
 */
export function eventTitleBySource(events: readonly Event[]): ReadonlyMap<string, string> {
  const titles = new Map<string, string>()
  for (const event of events)
    for (const id of event.sourceIds) titles.set(id, eventShortName(event))
  return titles
}

/** An actor's results, with its derived stance where it is known (null while it is not). */
type RowsOf = ActorStatements & { summary?: StanceSummary | null }

/**
 * One row per statement, in the order the results give (the cards' order). `labels` are the view's,
 * in which the cards name the actors' stances; `labelsOf` a statement's own event's.
 */
export function statementRows(
  results: readonly RowsOf[],
  eventTitles: ReadonlyMap<string, string>,
  labelsOf: (statement: Statement) => CodebookLabels,
  actorName: (id: string) => string,
  labels: CodebookLabels,
): StatementRow[] {
  return results.flatMap(({ actor, statements, summary }) => {
    const actorStance = summary ? stanceSummaryLabel(summary, labels) : 'Not available'
    return statements.map((statement) =>
      statementRow(statement, actor, actorStance, eventTitles, labelsOf(statement), actorName),
    )
  })
}

function statementRow(
  statement: Statement,
  actor: ActorStatements['actor'],
  actorStance: string,
  eventTitles: ReadonlyMap<string, string>,
  labels: CodebookLabels,
  actorName: (id: string) => string,
): StatementRow {
  return {
    statement,
    actor,
    date: statement.date.asWritten ?? formatStatementDate(statement.date),
    event: eventTitles.get(statement.sourceId) ?? '',
    speaker: [statement.speaker, statement.office].filter(Boolean).join(', '),
    'actor-stance': actorStance,
    stance: statement.stance ? labels.stance(statement.stance) : 'No stance',
    positions: statement.positions
      .map((position) =>
        positionLabel(
          { ...position, parties: position.party ? [position.party] : [] },
          labels,
          actorName,
        ),
      )
      .join(', '),
    words: statement.passage.text,
  }
}

/** What a column sorts by: the earliest day for dates, folded words for the rest. */
const sortKey = (row: StatementRow, column: TableColumnId): string =>
  column === 'date'
    ? `${row.statement.date.earliest} ${row.statement.date.time ?? ''}`
    : foldQuickly(column === 'actor' ? row.actor.name : row[column])

/** Reads `-date` as the date column, descending. */
export function parseSort(sort: TableSort | null) {
  if (sort === null) return null
  const descending = sort.startsWith('-')
  const column = tableColumnIds.find((id) => id === (descending ? sort.slice(1) : sort))
  return column ? { column, descending } : null
}

/**
 * The rows in the order asked for; rows that tie keep the cards' order. Each key is computed once,
 * not once per comparison, so a hundred thousand rows sort in a blink.
 */
export function sortRows(rows: readonly StatementRow[], sort: TableSort | null): StatementRow[] {
  const order = parseSort(sort)
  if (!order) return [...rows]
  const keys = rows.map((row) => sortKey(row, order.column))
  const indexes = rows.map((_, index) => index)
  const direction = order.descending ? -1 : 1
  indexes.sort((a, b) => {
    const x = keys[a] ?? ''
    const y = keys[b] ?? ''
    // An empty cell goes last whichever the direction.
    if (x === '' || y === '') return x === y ? a - b : x === '' ? 1 : -1
    return x < y ? -direction : x > y ? direction : a - b
  })
  return indexes.flatMap((index) => rows[index] ?? [])
}

/** The next order when a column's header is clicked: ascending first, then descending. */
export function nextSort(sort: TableSort | null, column: TableColumnId): TableSort {
  const order = parseSort(sort)
  return order?.column === column && !order.descending ? `-${column}` : column
}

/** The columns shown: those the link lists, in the table's order, or all of them. */
export function shownColumns(columns: readonly TableColumnId[]): TableColumnId[] {
  return columns.length === 0
    ? [...tableColumnIds]
    : tableColumnIds.filter((id) => columns.includes(id))
}

/** The link's list after showing or hiding a column; all shown is written as none listed. */
export function toggleColumn(
  columns: readonly TableColumnId[],
  column: TableColumnId,
): TableColumnId[] {
  const shown = shownColumns(columns)
  const next = shown.includes(column)
    ? shown.filter((id) => id !== column)
    : tableColumnIds.filter((id) => id === column || shown.includes(id))
  return next.length === tableColumnIds.length ? [] : next
}
