import { memo, useMemo, useState } from 'react'
import { termsOf } from '../../lib/codebook/event-terms'
import { statementsByActor } from '../../lib/group-by'
import { codebookLabels } from '../../lib/labels'
import { PanelSkeleton } from '../../components/panel-state'
import { acrossEventsLabels } from '../../features/stance-over-time/across-labels'
import { StanceOverTime } from '../../features/stance-over-time/components/stance-over-time'
import { shownByDefault, type ShapedStrip } from '../../features/stance-over-time/shape-strips'
import {
  buildStrips,
  ruleFor,
  topActors,
  type ActorStrip,
} from '../../features/stance-over-time/strips'
import { QueryPanel } from '../query-panel'
import { ViewScope } from '../shared-view-of'
import { useDeferredView, type ViewModel } from '../view-context'

/**
 * The stance across events of the busiest actors in view, or of those the reader chose (kept in
 * the address as `strips`): each one's stance in every event where it spoke, in date order.
 */
export function StanceOverTimePanel() {
  return <Strips view={useDeferredView()} />
}

const Strips = memo(function Strips({ view }: { view: ViewModel }) {
  const { events, statements, actors, codebook } = view.queries
  // The reader's own actors, from the address; none means the busiest in view.
  const chosen = view.view.strips
  const inView = view.cards
  // The synthetic corpus's default strips come from the engine's worker with each answer; only
  // the strips of actors someone adds are derived here.
  const shaped = view.shapedStrips
  const fromWorker = shaped !== null
  // Each actor's statements, grouped once per dataset: a strip then reads only its own actor's,
  // not every statement of a large corpus on each change of the filters. Not needed until an actor
  // is chosen when the worker derives the strips.
  const grouped = !fromWorker || chosen.length > 0
  const byActor = useMemo(
    () => statementsByActor(grouped ? (statements.data ?? []) : []),
    [statements.data, grouped],
  )
  // The actors with strips, as one string: a strip rests on all its actor's statements, so the
  // strips are derived again only when the actors change, not with every answer of the filters.
  const shownIds = useMemo(() => {
    if (!inView) return null
    if (chosen.length > 0) return chosen.join('\n')
    const top = shaped
      ? shaped.map((strip) => strip.actorId)
      : topActors(inView, shownByDefault).map((actor) => actor.id)
    return top.join('\n')
  }, [inView, shaped, chosen])
  const actorById = useMemo(
    () => new Map((actors.data ?? []).map((actor) => [actor.id, actor])),
    [actors.data],
  )
  const eventById = useMemo(
    () => new Map((events.data ?? []).map((event) => [event.id, event])),
    [events.data],
  )
  const derive = (ids: string): ActorStrip[] | null => {
    if (!events.data || !codebook.data) return null
    const chosen = ids === '' ? [] : ids.split('\n')
    const given = new Map((shaped ?? []).map((strip) => [strip.actorId, strip]))
    const rest = chosen.flatMap((id) => (given.has(id) ? [] : (actorById.get(id) ?? [])))
    const derived = new Map(
      buildStrips(
        rest,
        rest.flatMap((actor) => byActor.get(actor.id) ?? []),
        events.data,
        ruleFor(codebook.data.version),
      ).map((strip) => [strip.actor.id, strip]),
    )
    return chosen.flatMap((id) => {
      const strip = given.get(id)
      if (strip) return fromShaped(strip) ?? []
      return derived.get(id) ?? []
    })
  }
  const fromShaped = (strip: ShapedStrip): ActorStrip | null => {
    const actor = actorById.get(strip.actorId)
    if (!actor) return null
    const cells = strip.cells.flatMap(({ eventId, ...cell }) => {
      const event = eventById.get(eventId)
      return event ? [{ ...cell, event }] : []
    })
    return { actor, cells }
  }
  // Derived again only when the actors with strips or the dataset change: the worker's strips of
  // the same actors are the same, and every strip drawn anew is thousands of cells.
  const basis = [shownIds, events.data, codebook.data, actorById, byActor] as const
  const [kept, setKept] = useState<{
    basis: readonly unknown[]
    strips: ActorStrip[] | null
  }>({ basis: [], strips: null })
  let strips = kept.strips
  if (basis.length !== kept.basis.length || basis.some((item, at) => item !== kept.basis[at])) {
    strips = shownIds === null ? null : derive(shownIds)
    setKept({ basis, strips })
  }
  const addable = useMemo(
    () =>
      strips && inView
        ? inView
            .map((result) => result.actor)
            .filter((actor) => !strips.some((strip) => strip.actor.id === actor.id))
        : [],
    [strips, inView],
  )
  // The strips span events: their words are the generic ones, whatever event the page shows. A
  // dataset of one event has nothing to span, and speaks in that event's own terms.
  const acrossLabels = useMemo(() => {
    if (!codebook.data) return null
    const [only, ...more] = events.data ?? []
    return only && more.length === 0
      ? codebookLabels(codebook.data, termsOf(only))
      : acrossEventsLabels(codebook.data)
  }, [codebook.data, events.data])
  const { setView } = view
  const state = view.view
  const choice = useMemo(() => {
    const shown = strips?.map((strip) => strip.actor.id) ?? []
    const choose = (next: string[]) => setView({ ...state, strips: next })
    return {
      chosen: state.strips.length > 0,
      byDefault: shownByDefault,
      addable,
      onAdd: (actorId: string) => choose([...shown, actorId]),
      onRemove: (actorId: string) => choose(shown.filter((id) => id !== actorId)),
      onReset: () => choose([]),
    }
  }, [strips, state, setView, addable])
  return (
    <QueryPanel
      queries={[events, statements, actors, codebook]}
      title="The stance across events could not be loaded."
      announce={false}
      skeleton={<PanelSkeleton rows={4} label="Loading the stance across events" />}
    >
      {() =>
        strips &&
        inView &&
        acrossLabels &&
        codebook.data &&
        events.data && (
          <ViewScope model={view}>
            <StanceOverTime
              strips={strips}
              labels={acrossLabels}
              rule={ruleFor(codebook.data.version).description}
              choice={choice}
            />
          </ViewScope>
        )
      }
    </QueryPanel>
  )
})
