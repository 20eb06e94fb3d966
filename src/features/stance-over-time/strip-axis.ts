import { countOf } from '../../lib/format'
import type { ActorStrip, StanceCell, StripEvent } from './strips'

/**
 * A mark on the strips' time axis where a new month (or year) begins: at the first column whose
 * event starts in it. `labelled` says whether it carries words; unlabelled month ticks still mark
 * the step.
 */
export type AxisTick = { column: number; kind: 'year' | 'month'; label: string; labelled: boolean }

/**
 * The columns the strips share: every event where a shown actor spoke, one column each, in date
 * order, and the ticks of the months and years they span.
 */
export type StripAxis<E extends StripEvent> = { events: E[]; ticks: AxisTick[] }

const monthNames = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')
/** Past this many months the month ticks are marks without words: the years name the span. */
const monthsNamedUpTo = 24

/**
 * The shared axis of `strips`. Each event is a column of its own rather than a point on a scale of
 * days: events a few days apart would otherwise share a pixel, and a column stays a target to
 * point at or step to. The ticks say when, at the column where each month begins.
 */
export function stripAxis<E extends StripEvent>(strips: readonly ActorStrip<E>[]): StripAxis<E> {
  const byId = new Map<string, E>()
  for (const strip of strips) for (const cell of strip.cells) byId.set(cell.event.id, cell.event)
  const events = [...byId.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  )
  const steps: Omit<AxisTick, 'label' | 'labelled'>[] = []
  events.forEach((event, column) => {
    const previous = events[column - 1]?.start ?? ''
    if (previous.slice(0, 7) === event.start.slice(0, 7)) return
    steps.push({
      column,
      kind: previous.slice(0, 4) === event.start.slice(0, 4) ? 'month' : 'year',
    })
  })
  const namedMonths = steps.length <= monthsNamedUpTo
  const ticks = steps.map((step): AxisTick => {
    const start = events[step.column]?.start ?? ''
    const month = monthNames[Number(start.slice(5, 7)) - 1] ?? ''
    const year = start.slice(0, 4)
    if (step.kind === 'year')
      return { ...step, label: namedMonths ? `${month} ${year}` : year, labelled: true }
    return { ...step, label: month, labelled: namedMonths }
  })
  return { events, ticks }
}

/** Each strip's cells by column: the cell of the event there, or null where the actor was silent. */
export function cellsByColumn<E extends StripEvent>(
  strips: readonly ActorStrip<E>[],
  axis: StripAxis<E>,
): (StanceCell<E> | null)[][] {
  const column = new Map(axis.events.map((event, at) => [event.id, at]))
  return strips.map((strip) => {
    const row: (StanceCell<E> | null)[] = axis.events.map(() => null)
    for (const cell of strip.cells) {
      const at = column.get(cell.event.id)
      if (at !== undefined) row[at] = cell
    }
    return row
  })
}

/**
 * Why these actors: the busiest by default, or the reader's own choice (kept in the address). The
 * words before the "change" button.
 */
export function actorsLine(count: number, chosen: boolean): string {
  if (chosen)
    return count === 1
      ? 'The actor you chose'
      : `The ${countOf(count, 'actor', 'actors')} you chose`
  return count === 1
    ? 'The actor with the most statements'
    : `The ${countOf(count, 'actor', 'actors')} with the most statements`
}
