import { memo } from 'react'
import { stanceSummaryLabel } from '../../../lib/codebook/stance-label'
import { formatCount } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import { YoursMark } from '../../../components/yours-mark'
import { eventDates } from '../cell-words'
import type { ActorStrip } from '../strips'

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
                <td>{eventDates(cell.event)}</td>
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
