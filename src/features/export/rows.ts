import type { ActorResult } from '../../lib/statements/apply-filters'
import type { SourceSummary } from '../../lib/schemas/source'

/** One exported statement: the fields an analyst needs, flat, in a fixed order. */
export type ExportRow = {
  statement_id: string
  actor: string
  actor_id: string
  actor_kind: string
  speaker: string
  office: string
  date_earliest: string
  date_latest: string
  date_as_written: string
  channel: string
  stance: string
  positions: string
  text_kind: string
  text: string
  passage: string
  source: string
  span_start: number
  span_end: number
  rationale: string
}

/** The statements a view shows, as rows; `text` is the quote (verbatim) or the article's passage. */
export function exportRows(
  results: readonly Pick<ActorResult, 'actor' | 'statements'>[],
  sources: readonly SourceSummary[],
): ExportRow[] {
  const sourceName = (id: string) => {
    const source = sources.find((item) => item.id === id)
    return source
      ? `${source.outlet}${source.via ? ` via ${source.via}` : ''}, “${source.title}”, ${source.published}`
      : id
  }
  return results.flatMap(({ actor, statements }) =>
    statements.map((statement) => ({
      statement_id: statement.id,
      actor: actor.name,
      actor_id: actor.id,
      actor_kind: actor.kind,
      speaker: statement.speaker ?? '',
      office: statement.office ?? '',
      date_earliest: statement.date.earliest,
      date_latest: statement.date.latest,
      date_as_written: statement.date.asWritten ?? '',
      channel: statement.channel,
      stance: statement.stance ?? '',
      positions: statement.positions
        .map(
          (position) =>
            `${position.value === 'opposes' ? 'against ' : ''}${position.dimension}${position.party ? `:${position.party}` : ''}`,
        )
        .join('; '),
      text_kind: statement.textKind,
      text:
        statement.textKind === 'quote'
          ? statement.quotes.map((quote) => quote.text).join(' … ')
          : statement.passage.text,
      passage: statement.passage.text,
      source: sourceName(statement.sourceId),
      span_start: statement.passage.start,
      span_end: statement.passage.end,
      rationale: statement.rationale,
    })),
  )
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
const formulaStart = /^[=+\-@\t\r]/

/** A CSV cell: neutralised against formula injection, then quoted where it must be. */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: readonly ExportRow[]): string {
  const header: (keyof ExportRow)[] = [
    'statement_id',
    'actor',
    'actor_id',
    'actor_kind',
    'speaker',
    'office',
    'date_earliest',
    'date_latest',
    'date_as_written',
    'channel',
    'stance',
    'positions',
    'text_kind',
    'text',
    'passage',
    'source',
    'span_start',
    'span_end',
    'rationale',
  ]
  const lines = [
    header.join(','),
    ...rows.map((row) => header.map((key) => csvCell(row[key])).join(',')),
  ]
  // A byte-order mark makes Excel read the file as UTF-8 (Türkiye, Erdoğan, quotation marks).
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
