import { memo, useId, useState } from 'react'
import { countOf } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import { useSharedView } from '../../../lib/view/shared-view'
import { stanceIds } from '../../../lib/vocabulary'
import { eventDates } from '../cell-words'
import type { ActorStrip } from '../strips'
import { ChooseActors, type ActorChoice } from './choose-actors'
import { SingleEventStances } from './single-event'
import { StanceGrid } from './stance-grid'
import { StanceTable } from './stance-table'

/**
 * Each actor's stance across events: a row per actor, a column per event on a shared time axis,
 * each cell coloured by the stance its statements in that event give; the same as a table on
 * demand. With a single event there is nothing to compare across, so it is a list of each actor's
 * stance in it. The event in view comes from the shared view.
 */
export const StanceOverTime = memo(function StanceOverTime({
  strips,
  labels,
  rule,
  choice,
}: {
  strips: readonly ActorStrip[]
  /**
   * The codebook's words: across events (`acrossEventsLabels`), or with a single event, that
   * event's own.
   */
  labels: CodebookLabels
  /** The derivation rule in words. */
  rule: string
  choice: ActorChoice
}) {
  const { event: currentEvent, events } = useSharedView()
  const single = events.length === 1 ? events[0] : undefined
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  const actors = countOf(strips.length, 'actor', 'actors')
  return (
    <figure className="stance-over-time" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        {single ? (
          <>
            Stance in the one event for {actors}: {single.title}, {eventDates(single)}, each actor’s
            stance by {rule}. With several events, this panel compares each actor’s stance across
            them, one column per event in date order.
          </>
        ) : (
          <>
            Stance across {countOf(events.length, 'event', 'events')} for {actors}: a row per actor
            and a column per event where one of them spoke, in date order, each cell coloured by the
            stance the actor’s statements in that event give by {rule}. As the events differ, the
            stances are named in general words and numbered by their place on the scale.
          </>
        )}
      </figcaption>
      {!single && <StanceLegend labels={labels} />}
      <div className="stance-over-time-tools">
        <ChooseActors shown={strips.map((strip) => strip.actor)} choice={choice} />
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {asTable ? (single ? 'Show as list' : 'Show as strips') : 'Show as table'}
        </button>
      </div>
      {asTable ? (
        <StanceTable strips={strips} labels={labels} />
      ) : single ? (
        <SingleEventStances strips={strips} labels={labels} />
      ) : (
        <StanceGrid strips={strips} labels={labels} currentEvent={currentEvent} />
      )}
    </figure>
  )
})

function StanceLegend({ labels }: { labels: CodebookLabels }) {
  return (
    <ul className="stance-legend" aria-label="Colours">
      {stanceIds.map((stance) => (
        <li key={stance}>
          <span className="stance-swatch" data-stance={stance} aria-hidden="true" />
          {labels.stance(stance)}
        </li>
      ))}
      <li>
        <span className="stance-swatch" data-stance="mixed" aria-hidden="true" />
        Mixed (a thin bar)
      </li>
      <li>
        <span className="stance-swatch" data-stance="none" aria-hidden="true" />
        No stance expressed, or not placed (grey)
      </li>
      <li>
        <span className="stance-swatch" aria-hidden="true" />
        No statement (pale)
      </li>
    </ul>
  )
}
