import { memo, useId, useState } from 'react'
import { countOf } from '../../../lib/format'
import type { Actor } from '../../../lib/schemas/actor'
import type { CodebookLabels } from '../../../lib/labels'
import { useSharedView } from '../../../lib/view/shared-view'
import { stanceIds } from '../../../lib/vocabulary'
import type { ActorStrip } from '../strips'
import { AddActor } from './add-actor'
import { StanceStrips, StanceTable } from './stance-strips'

/**
 * Each actor's stance across events: a strip of cells, one per event where it spoke, in date
 * order, coloured by the stance its statements there give; the same as a table on demand. The
 * event in view comes from the shared view; the words are those of a view across events.
 */
export const StanceOverTime = memo(function StanceOverTime({
  strips,
  labels,
  rule,
  addable,
  onAdd,
}: {
  strips: readonly ActorStrip[]
  /** The codebook's words across events (`acrossEventsLabels`), never one event's. */
  labels: CodebookLabels
  /** The derivation rule in words. */
  rule: string
  /** Actors in view that have no strip yet, to add by name. */
  addable: readonly Actor[]
  onAdd: (actorId: string) => void
}) {
  const { event: currentEvent, events } = useSharedView()
  const eventCount = events.length
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  return (
    <figure className="stance-over-time" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        Stance across {countOf(eventCount, 'event', 'events')} for{' '}
        {countOf(strips.length, 'actor', 'actors')}: one cell per event where the actor spoke, in
        date order, coloured by the stance its statements in that event give by {rule}. As the
        events differ, the stances are named in general words and numbered by their place on the
        scale.
      </figcaption>
      <ul className="stance-legend" aria-label="Colours">
        {stanceIds.map((stance) => (
          <li key={stance}>
            <span className="stance-swatch" data-stance={stance} aria-hidden="true" />
            {labels.stance(stance)}
          </li>
        ))}
        <li>
          <span className="stance-swatch" data-stance="mixed" aria-hidden="true" />
          Mixed (dashed)
        </li>
        <li>
          <span className="stance-swatch" data-stance="none" aria-hidden="true" />
          No stance expressed, or not placed (outline)
        </li>
      </ul>
      <div className="stance-over-time-tools">
        <AddActor addable={addable} onAdd={onAdd} />
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {asTable ? 'Show as strips' : 'Show as table'}
        </button>
      </div>
      {asTable ? (
        <StanceTable strips={strips} labels={labels} />
      ) : (
        <StanceStrips strips={strips} labels={labels} currentEvent={currentEvent} />
      )}
    </figure>
  )
})
