import { memo } from 'react'
import { stanceSummaryLabel } from '../../../lib/codebook/stance-label'
import { countOf } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import { YoursMark } from '../../../components/yours-mark'
import { stanceKey } from '../cell-words'
import type { ActorStrip } from '../strips'

/**
 * With one event there is nothing to compare across: each actor's stance in it, as a compact
 * list of names, swatches and words, in the event's own terms.
 */
export const SingleEventStances = memo(function SingleEventStances({
  strips,
  labels,
}: {
  strips: readonly ActorStrip[]
  labels: CodebookLabels
}) {
  return (
    <ul className="stance-single" aria-label="Stance of each actor">
      {strips.map(({ actor, cells: [cell] }) => (
        <li key={actor.id}>
          <span
            className="stance-swatch"
            data-stance={cell ? stanceKey(cell) : 'silent'}
            aria-hidden="true"
          />
          <span className="stance-single-actor">
            {actor.name}
            {cell?.yours && (
              <>
                {' '}
                <YoursMark />
              </>
            )}
          </span>
          <span className="stance-single-words">
            {cell
              ? `${stanceSummaryLabel(cell.summary, labels)} (${countOf(cell.statementCount, 'statement', 'statements')})`
              : 'No statement'}
          </span>
        </li>
      ))}
    </ul>
  )
})
