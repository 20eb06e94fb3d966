import { lazy, Suspense, useMemo } from 'react'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import { inEvent } from '../../../lib/statements/in-event'
import { rovingItem, useRovingFocus } from '../../../lib/use-roving-focus'
import { maxCompared } from '../../../lib/url-state/view-state'
import { useLabels, useSharedView } from '../../../lib/view/shared-view'

// The table loads once two actors are chosen; most visits only see the picker.
const CompareTable = lazy(() =>
  import('./compare-table').then((module) => ({ default: module.CompareTable })),
)

type Props = {
  /** The actors' derived stances, which the comparison sets side by side. */
  stances: readonly StanceSummary[]
  /** An embed shows the comparison as chosen, without the picker. */
  readOnly?: boolean
}

/** The picker, then two to four actors in aligned columns: the view's `compare`. */
export function ActorComparison({ stances, readOnly = false }: Props) {
  const { view, setView, actors, statements, events, event } = useSharedView()
  // The actors who spoke on the event in view, and any already chosen.
  const choices = useMemo(() => {
    const speaking = new Set(inEvent(actors, statements, events, event).actors)
    return actors.filter((actor) => speaking.has(actor) || view.compare.includes(actor.id))
  }, [actors, statements, events, event, view.compare])
  const labels = useLabels()
  const compare = view.compare
  const onChange = readOnly ? null : (next: string[]) => setView({ ...view, compare: next })
  const full = compare.length >= maxCompared
  const chosen = actors.filter((actor) => compare.includes(actor.id))
  // The picker is one tab stop, the arrow keys moving between the actors, as the filters are.
  const roving = useRovingFocus()
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare positions</h2>
      {onChange && (
        <fieldset className="compare-picker" {...roving}>
          <legend>
            Choose two to four actors{full ? ' (four chosen: remove one to add another)' : ''}
          </legend>
          {choices.map((actor) => {
            const picked = compare.includes(actor.id)
            return (
              <label key={actor.id} className="compare-choice" data-chosen={picked}>
                <input
                  type="checkbox"
                  {...rovingItem}
                  checked={picked}
                  disabled={!picked && full}
                  onChange={() =>
                    onChange(
                      picked ? compare.filter((id) => id !== actor.id) : [...compare, actor.id],
                    )
                  }
                />
                {actor.shortName}
              </label>
            )
          })}
        </fieldset>
      )}
      {chosen.length < 2 ? (
        <p className="section-note">Pick at least two actors, here or with “Compare” on a card.</p>
      ) : (
        <Suspense fallback={<p className="section-note">Loading the comparison…</p>}>
          <CompareTable
            compare={compare}
            actors={actors}
            stances={stances}
            statements={statements}
            labels={labels}
          />
        </Suspense>
      )}
    </section>
  )
}
