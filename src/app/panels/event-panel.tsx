import { memo, useMemo } from 'react'
import { EventHeader } from '../../features/event/components/event-header'
import { eventOptions } from '../../features/event/event-options'
import { QueryPanel } from '../query-panel'
import { ViewScope } from '../shared-view-of'
import { useDeferredView, type ViewModel } from '../view-context'

/** The event's title, dates and the dataset behind it, with the picker that chooses the event. */
export function EventPanel({ announce }: { announce: boolean }) {
  return <EventSummary announce={announce} view={useDeferredView()} />
}

const EventSummary = memo(function EventSummary({
  announce,
  view,
}: {
  announce: boolean
  view: ViewModel
}) {
  const { events, statements, actors, sources, meta } = view.queries
  // Counted once per dataset, not on every change of the filters: at scale it reads every statement.
  const options = useMemo(
    () =>
      view.events && statements.data
        ? eventOptions(view.events, {
            actors: new Set(statements.data.map((statement) => statement.actorId)).size,
            statements: statements.data.length,
          })
        : null,
    [view.events, statements.data],
  )
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
        options &&
        statements.data &&
        actors.data &&
        sources.data &&
        meta.data && (
          <ViewScope model={view}>
            <EventHeader options={options} sources={sources.data} meta={meta.data} />
          </ViewScope>
        )
      }
    </QueryPanel>
  )
})
