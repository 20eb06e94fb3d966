import { memo, useId } from 'react'
import { stanceSummaryLabel } from '../../../lib/codebook/stance-label'
import { countOf, formatCount, formatDay } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import { YoursMark } from '../../../components/yours-mark'
import type { ActorStrip, StanceCell } from '../strips'

/** What a cell's colour stands for: a stance, mixed, or not placed. */
const stanceKey = (cell: StanceCell) =>
  cell.summary.stance ?? (cell.summary.status === 'mixed' ? 'mixed' : 'none')

// Each event's days in words, written once: every strip names the same events again.
const datesOfEvent = new WeakMap<StanceCell['event'], string>()
const dates = ({ event }: StanceCell) => {
  const known = datesOfEvent.get(event)
  if (known !== undefined) return known
  const words =
    event.start === event.end
      ? formatDay(event.start)
      : `${formatDay(event.start)} – ${formatDay(event.end)}`
  datesOfEvent.set(event, words)
  return words
}

/**
 * The strips as cells, one per event where the actor spoke. Drawn again only when its strips
 * change: with hundreds of events a strip is thousands of cells, and the page re-renders on every
 * click of a filter before the answer is in.
 */
export const StanceStrips = memo(function StanceStrips({
  strips,
  labels,
  currentEvent,
}: {
  strips: readonly ActorStrip[]
  labels: CodebookLabels
  /** The event the dashboard shows, marked in each strip; `all` marks none. */
  currentEvent: string
}) {
  const id = useId()
  const label = (cell: StanceCell) =>
    `${cell.event.title}, ${dates(cell)}: ${stanceSummaryLabel(cell.summary, labels)} (${countOf(cell.statementCount, 'statement', 'statements')})`
  return (
    <ul className="stance-strips">
      {strips.map((strip) => (
        <li key={strip.actor.id}>
          <span className="stance-strip-actor" id={`${id}-${strip.actor.id}`}>
            {strip.actor.shortName}
          </span>
          <ol
            className="stance-strip"
            aria-label={`${strip.actor.name}: stance in ${countOf(strip.cells.length, 'event', 'events')}`}
          >
            {strip.cells.map((cell) => {
              const words = label(cell)
              return (
                <li
                  key={cell.event.id}
                  data-stance={stanceKey(cell)}
                  data-current={cell.event.id === currentEvent || undefined}
                  title={words}
                >
                  <span className="visually-hidden">{words}</span>
                </li>
              )
            })}
            {strip.cells.length === 0 && (
              <li className="stance-strip-empty">No statement in any event</li>
            )}
          </ol>
        </li>
      ))}
    </ul>
  )
})

/** The strips as a table: one row per actor and event. */
export const StanceTable = memo(function StanceTable({
  strips,
  labels,
}: {
  strips: readonly ActorStrip[]
  labels: CodebookLabels
}) {
  return (
    <div className="table-scroll stance-over-time-table">
      <table className="data-table">
        <caption className="visually-hidden">Stance by actor and event</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Event</th>
            <th scope="col">Dates</th>
            <th scope="col">Stance</th>
            <th scope="col" data-numeric="true">
              Statements
            </th>
          </tr>
        </thead>
        <tbody>
          {strips.flatMap((strip) =>
            strip.cells.map((cell) => (
              <tr key={`${strip.actor.id}-${cell.event.id}`}>
                <th scope="row">
                  {strip.actor.name}
                  {cell.yours && (
                    <>
                      {' '}
                      <YoursMark />
                    </>
                  )}
                </th>
                <td>{cell.event.title}</td>
                <td>{dates(cell)}</td>
                <td>{stanceSummaryLabel(cell.summary, labels)}</td>
                <td data-numeric="true">{formatCount(cell.statementCount)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  )
})
