import { EventHeader } from '../../features/event/components/event-header'
import { eventOptions } from '../../features/event/event-options'
import { QueryPanel } from '../query-panel'
import { useView } from '../view-context'

/** The event's title, dates and the dataset behind it, with the picker that chooses the event. */
export function EventPanel({ announce }: { announce: boolean }) {
  const view = useView()
  const { events, statements, actors, sources, meta } = view.queries
  return (
    <QueryPanel
      queries={[events, statements, actors, sources, meta]}
      title="The event summary could not be loaded."
      announce={announce}
      skeleton={
        <div
          className="event-header-skeleton"
          role="status"
          aria-label="Loading the event summary"
        />
      }
    >
      {() =>
        events.data?.[0] &&
        view.events &&
        statements.data &&
        actors.data &&
        sources.data &&
        meta.data && (
          <EventHeader
            event={events.data.find((event) => event.id === view.event) ?? null}
            options={eventOptions(view.events, {
              actors: new Set(statements.data.map((statement) => statement.actorId)).size,
              statements: statements.data.length,
            })}
            value={view.event}
            onChoose={view.setEvent}
            statements={statements.data}
            actors={actors.data}
            sources={sources.data}
            meta={meta.data}
          />
        )
      }
    </QueryPanel>
  )
}
