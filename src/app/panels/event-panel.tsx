import { EventHeader } from '../../features/event/components/event-header'
import { QueryPanel } from '../query-panel'
import { useView } from '../view-context'

/** The event's title, dates and the dataset behind it. */
export function EventPanel({ announce }: { announce: boolean }) {
  const { events, statements, actors, sources, meta } = useView().queries
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
        statements.data &&
        actors.data &&
        sources.data &&
        meta.data && (
          <EventHeader
            event={events.data[0]}
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
