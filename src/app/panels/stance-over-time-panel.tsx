import { useMemo, useState } from 'react'
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
  const strips = useMemo(() => {
    if (!inView || !events.data || !statements.data || !codebook.data) return null
    const top = topActors(inView, shownByDefault)
    const extra = inView
      .map((result) => result.actor)
      .filter((actor) => added.includes(actor.id) && !top.includes(actor))
    return buildStrips(
      [...top, ...extra],
      statements.data,
      events.data,
      ruleFor(codebook.data.version),
    )
  }, [inView, events.data, statements.data, codebook.data, added])
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
            addable={inView
              .map((result) => result.actor)
              .filter((actor) => !strips.some((strip) => strip.actor.id === actor.id))}
            onAdd={(actorId) => setAdded((current) => [...current, actorId])}
            currentEvent={view.event}
          />
        )
      }
    </QueryPanel>
  )
}
