import { positionLabel, type CodebookLabels } from '../../lib/labels'
import { actorNames } from '../../lib/actor-names'
import type { Actor } from '../../lib/schemas/actor'
import type { SourceSummary } from '../../lib/schemas/source'
import type { ActorResult } from '../../lib/statements/actor-results'
import { eventColumnsOf, type EventColumns, type EventContext } from './statement-event'

/** A position a statement takes, spelt out: `{ dimension: 'backs-party', label: 'Backs Armenia', … }`. */
export type ExportPosition = {
  dimension: string
  label: string
  value: 'takes' | 'opposes'
  party: string | null
}

/** One exported statement: the fields an analyst needs, in a fixed order. */
export type ExportRow = StatementColumns & EventColumns

type StatementColumns = {
  statement_id: string
  actor: string
  actor_id: string
  actor_kind: string
  /** The actor's overall stance, derived from all of its statements; empty where it has none. */
  actor_stance: string
  speaker: string
  office: string
  date_earliest: string
  date_latest: string
  date_as_written: string
  channel: string
  stance: string
  positions: ExportPosition[]
  /** Whom the statement addresses, by name ("All sides" for a call on every party). */
  addressees: string[]
  text_kind: string
  /** The actor's own words, each exactly as printed; empty for a paraphrase. */
  quotes: string[]
  /** The article's passage that reports the statement. */
  passage: string
  source: string
  span_start: number
  span_end: number
  rationale: string
  /** `yours` for what the analyst coded in their workspace, `dataset` for the published coding. */
  coded_by: 'dataset' | 'yours'
}

export type ExportResult = Pick<ActorResult, 'actor' | 'summary' | 'statements'>

/** The statements a view shows, as rows. */
export function exportRows(
  results: readonly ExportResult[],
  context: EventContext & {
    sources: readonly SourceSummary[]
    actors: readonly Actor[]
    /** The words of the view: the event in view's, or the generic ones across events. */
    labels: CodebookLabels
  },
): ExportRow[] {
  const { sources, actors, labels } = context
  const actorName = actorNames(actors)
  const eventColumns = eventColumnsOf(context)
  const sourceName = (id: string) => {
    const source = sources.find((item) => item.id === id)
    if (!source) return id
    const outlet = `${source.outlet}${source.via ? ` via ${source.via}` : ''}`
    return `${source.yours ? 'Your source: ' : ''}${outlet ? `${outlet}, ` : ''}“${source.title}”, ${source.published}`
  }
  return results.flatMap(({ actor, summary, statements }) =>
    statements.map((statement) => ({
      statement_id: statement.id,
      actor: actor.name,
      actor_id: actor.id,
      actor_kind: actor.kind,
      actor_stance: summary.stance ?? '',
      speaker: statement.speaker ?? '',
      office: statement.office ?? '',
      date_earliest: statement.date.earliest,
      date_latest: statement.date.latest,
      date_as_written: statement.date.asWritten ?? '',
      channel: statement.channel,
      stance: statement.stance ?? '',
      positions: statement.positions.map((position) => ({
        dimension: position.dimension,
        label: positionLabel(
          { ...position, parties: position.party ? [position.party] : [] },
          labels,
          actorName,
        ),
        value: position.value,
        party: position.party,
      })),
      addressees: statement.addressees.map((id) =>
        id === 'all-sides' ? 'All sides' : actorName(id),
      ),
      text_kind: statement.textKind,
      quotes: statement.quotes.map((quote) => quote.text),
      passage: statement.passage.text,
      source: sourceName(statement.sourceId),
      span_start: statement.passage.start,
      span_end: statement.passage.end,
      rationale: statement.rationale,
      coded_by: statement.yours ? 'yours' : 'dataset',
      ...eventColumns(statement),
    })),
  )
}
