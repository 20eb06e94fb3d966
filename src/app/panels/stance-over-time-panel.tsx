import { memo, useCallback, useMemo, useState } from 'react'
import { statementsByActor } from '../../lib/group-by'
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

/** Each actor in view: its stance in every event where it spoke, in date order. */
export function StanceOverTimePanel() {
  return <Strips view={useDeferredView()} />
}

const Strips = memo(function Strips({ view }: { view: ViewModel }) {
  const { events, statements, actors, codebook } = view.queries
  const [added, setAdded] = useState<string[]>([])
  const inView = view.cards
  // The synthetic corpus's default strips come from the engine's worker with each answer; only
  // the strips of actors someone adds are derived here.
  const shaped = view.shapedStrips
  const fromWorker = shaped !== null
  // Each actor's statements, grouped once per dataset: a strip then reads only its own actor's,
  // not every statement of a large corpus on each change of the filters. Not needed until an actor
  // is added when the worker derives the strips.
  const grouped = !fromWorker || added.length > 0
  const byActor = useMemo(
    () => statementsByActor(grouped ? (statements.data ?? []) : []),
    [statements.data, grouped],
  )
  // The actors with strips, as one string: a strip rests on all its actor's statements, so the
  // strips are derived again only when the actors change, not with every answer of the filters.
  const shownIds = useMemo(() => {
    if (!inView) return null
    const top = shaped
      ? shaped.map((strip) => strip.actorId)
      : topActors(inView, shownByDefault).map((actor) => actor.id)
    const extra = inView
      .map((result) => result.actor.id)
      .filter((id) => added.includes(id) && !top.includes(id))
    return [...top, ...extra].join('\n')
  }, [inView, shaped, added])
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
  // The strips span events: their words are the generic ones, whatever event the page shows.
  const acrossLabels = useMemo(
    () => (codebook.data ? acrossEventsLabels(codebook.data) : null),
    [codebook.data],
  )
  const onAdd = useCallback((actorId: string) => setAdded((current) => [...current, actorId]), [])
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
              addable={addable}
              onAdd={onAdd}
            />
          </ViewScope>
        )
      }
    </QueryPanel>
  )
})
