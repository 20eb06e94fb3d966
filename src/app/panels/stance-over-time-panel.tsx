import { useCallback, useMemo, useState } from 'react'
import type { Statement } from '../../lib/schemas/statement'
import { PanelSkeleton } from '../../components/panel-state'
import { StanceOverTime } from '../../features/stance-over-time/components/stance-over-time'
import { buildStrips, ruleFor, topActors } from '../../features/stance-over-time/strips'
import { QueryPanel } from '../query-panel'
import { useView } from '../view-context'

/** Strips for this many actors until someone adds more. */
const shownByDefault = 12

/** Each actor in view: its stance in every event where it spoke, in date order. */
export function StanceOverTimePanel() {
  const view = useView()
  const { events, statements, actors, codebook } = view.queries
  const [added, setAdded] = useState<string[]>([])
  const inView = view.cards
  // Each actor's statements, grouped once per dataset: a strip then reads only its own actor's,
  // not every statement of a large corpus on each change of the filters.
  const byActor = useMemo(() => {
    const groups = new Map<string, Statement[]>()
    for (const statement of statements.data ?? []) {
      const own = groups.get(statement.actorId)
      if (own) own.push(statement)
      else groups.set(statement.actorId, [statement])
    }
    return groups
  }, [statements.data])
  // The actors with strips, as one string: a strip rests on all its actor's statements, so the
  // strips are derived again only when the actors change, not with every answer of the filters.
  const shownIds = useMemo(() => {
    if (!inView) return null
    const top = topActors(inView, shownByDefault)
    const extra = inView
      .map((result) => result.actor)
      .filter((actor) => added.includes(actor.id) && !top.includes(actor))
    return [...top, ...extra].map((actor) => actor.id).join('\n')
  }, [inView, added])
  const actorById = useMemo(
    () => new Map((actors.data ?? []).map((actor) => [actor.id, actor])),
    [actors.data],
  )
  const strips = useMemo(() => {
    if (shownIds === null || !events.data || !codebook.data) return null
    const chosen = shownIds === '' ? [] : shownIds.split('\n')
    const inOrder = chosen.flatMap((id) => actorById.get(id) ?? [])
    return buildStrips(
      inOrder,
      inOrder.flatMap((actor) => byActor.get(actor.id) ?? []),
      events.data,
      ruleFor(codebook.data.version),
    )
  }, [shownIds, actorById, events.data, byActor, codebook.data])
  const addable = useMemo(
    () =>
      strips && inView
        ? inView
            .map((result) => result.actor)
            .filter((actor) => !strips.some((strip) => strip.actor.id === actor.id))
        : [],
    [strips, inView],
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
        view.labels &&
        codebook.data &&
        events.data && (
          <StanceOverTime
            strips={strips}
            eventCount={events.data.length}
            rule={ruleFor(codebook.data.version).description}
            labels={view.labels}
            addable={addable}
            onAdd={onAdd}
            currentEvent={view.event}
          />
        )
      }
    </QueryPanel>
  )
}
