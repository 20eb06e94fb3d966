import { memo } from 'react'
import { actorNames } from '../../../lib/actor-names'
import { countOf, formatDay, formatShortDay } from '../../../lib/format'
import type { Actor } from '../../../lib/schemas/actor'
import type { DatasetMeta, Event } from '../../../lib/schemas/event'
import type { SourceSummary } from '../../../lib/schemas/source'
import type { Statement } from '../../../lib/schemas/statement'
import { allEvents } from '../../../lib/url-state/filter-state'
import { useSharedView } from '../../../lib/view/shared-view'
import type { EventOption } from '../event-options'
import { allEventsLede, dateSpan, eventFacts } from '../event-facts'
import { buildTimeline } from '../timeline'
import { EventPicker } from './event-picker'

type Props = {
  /** The picker's choices: "All events", then each event. */
  options: readonly EventOption[]
  sources: readonly SourceSummary[]
  meta: DatasetMeta
}

/** The event in view (or every event), with the picker that chooses it and the data behind it. */
export function EventHeader({ options, ...data }: Props) {
  const { event: value, setEvent, events, statements, actors } = useSharedView()
  // One event's header only when one is picked: across every event no one event's title, days or
  // milestones stand for the cards and charts below.
  const event = value === allEvents ? null : (events.find((item) => item.id === value) ?? null)
  return (
    <section className="event-header" aria-labelledby="event-title">
      <EventPicker options={options} value={value} onChange={setEvent} />
      {event ? (
        <OneEvent event={event} statements={statements} actors={actors} />
      ) : (
        <AllEvents
          all={options.find((option) => option.value === allEvents)}
          count={options.length - 1}
        />
      )}
      <p className="event-source">
        {event &&
          data.sources
            .filter((source) => event.sourceIds.includes(source.id))
            .map((source) => (
              <span key={source.id}>
                {source.yours ? 'Your source' : 'Source'}: “{source.title}”
                {source.outlet && `, ${source.outlet}`}
                {source.via ? ` via ${source.via}` : ''}, {formatDay(source.published)}.{' '}
              </span>
            ))}
        {!event && <span>{countOf(data.sources.length, 'source')}. </span>}
        <span>
          Data as of {formatDay(data.meta.updatedAt)} · dataset {data.meta.version} · codebook{' '}
          {data.meta.codebookVersion}
        </span>
      </p>
    </section>
  )
}

/** Every event at once: how many, their span from the first start to the last end, their statements. */
function AllEvents({ all, count }: { all: EventOption | undefined; count: number }) {
  return (
    <>
      {all?.start && all.end && <p className="eyebrow">{dateSpan(all.start, all.end)}</p>}
      <h2 id="event-title">All events</h2>
      {all && <p className="lede">{allEventsLede(all, count)}</p>}
    </>
  )
}

// Drawn again only for another event or dataset: it reads every statement to find the event's.
const OneEvent = memo(function OneEvent({
  event,
  statements,
  actors,
}: {
  event: Event
  statements: readonly Statement[]
  actors: readonly Actor[]
}) {
  const actorName = actorNames(actors, 'shortName')
  const own = statements.filter((statement) => event.sourceIds.includes(statement.sourceId))
  const timeline = buildTimeline(event, own)
  const names = (list: readonly Statement[]) =>
    [...new Set(list.map((statement) => actorName(statement.actorId)))].join(', ')
  const facts = eventFacts(event, actorName)
  return (
    <>
      <p className="eyebrow">{dateSpan(event.start, event.end)}</p>
      <h2 id="event-title">{event.title}</h2>
      {facts.length > 0 && <p className="event-facts">{facts.join(' · ')}</p>}
      <p className="lede">{event.summary}</p>
      <ol className="timeline" aria-label="Timeline">
        {timeline.days.map((day) => (
          <li key={day.day}>
            <p className="timeline-day">{formatShortDay(day.day)}</p>
            <ul>
              {day.milestones.map((milestone) => (
                <li key={milestone.id} className="timeline-milestone">
                  {milestone.time && (
                    <span className="timeline-time">{milestone.time} local · </span>
                  )}
                  {milestone.label}
                </li>
              ))}
              {day.statements.length > 0 && (
                <li className="timeline-statements">Statements: {names(day.statements)}</li>
              )}
            </ul>
          </li>
        ))}
        {timeline.undated.length > 0 && (
          <li className="timeline-undated">
            <p className="timeline-day">No day given</p>
            <ul>
              <li className="timeline-statements">Statements: {names(timeline.undated)}</li>
            </ul>
          </li>
        )}
      </ol>
    </>
  )
})
