import { lazy, Suspense, useMemo } from 'react'
import { ActorCombobox } from '../../../components/actor-combobox'
import { actorOptions } from '../../../lib/actor-options'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import { inEvent } from '../../../lib/statements/in-event'
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
  // The actors who spoke on the event in view, each with its statements there; every actor is
  // reachable too, for one the address chose outside the event.
  const { choices, everyActor } = useMemo(() => {
    const own = inEvent(actors, statements, events, event)
    return {
      choices: actorOptions(own.actors, own.statements),
      everyActor: actorOptions(actors, own.statements),
    }
  }, [actors, statements, events, event])
  const labels = useLabels()
  const compare = view.compare
  const onChange = readOnly ? null : (next: string[]) => setView({ ...view, compare: next })
  const chosen = actors.filter((actor) => compare.includes(actor.id))
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare positions</h2>
      {onChange && (
        <div className="compare-picker">
          <ActorCombobox
            label="Choose two to four actors"
            options={choices}
            allOptions={everyActor}
            chosen={compare}
            onChange={onChange}
            max={maxCompared}
          />
        </div>
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
